import { z } from 'zod';

import { ZRoleSchema } from '@/lib/auth/roles';
import { requiredText } from '@/lib/spec/text';

export const ZUsernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, 'Use at least 3 characters.')
  .max(60, 'Use at most 60 characters.')
  .regex(/^[a-z0-9._@-]+$/, 'Use letters, digits and . _ @ - only.');

export const ZPasswordSchema = z
  .string()
  .min(12, 'Use at least 12 characters: a short sentence is easy to remember.')
  .max(200, 'Use at most 200 characters.');

export const ZUserInputSchema = z
  .object({
    username: ZUsernameSchema,
    displayName: requiredText({ max: 80 }),
    role: ZRoleSchema,
    password: ZPasswordSchema,
  })
  .strict();
export type TUserInput = z.input<typeof ZUserInputSchema>;

export const ZFirstAdminSchema = ZUserInputSchema.omit({ role: true });
export type TFirstAdminInput = z.input<typeof ZFirstAdminSchema>;

export const ZUserPatchSchema = z
  .object({
    displayName: requiredText({ max: 80 }),
    role: ZRoleSchema,
    password: ZPasswordSchema,
    isDisabled: z.boolean(),
  })
  .partial()
  .strict();
export type TUserPatch = z.input<typeof ZUserPatchSchema>;

/** A user as the API shows it: never the password hash. */
export const ZUserSchema = z
  .object({
    id: z.uuid(),
    username: z.string(),
    displayName: z.string(),
    role: ZRoleSchema,
    signsInWith: z.enum(['password', 'oidc']),
    isDisabled: z.boolean(),
    sessionEpoch: z.number().int().nonnegative(),
    version: z.number().int().positive(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .strict();
export type TUser = z.output<typeof ZUserSchema>;

export const ZSettingsSchema = z
  .object({
    /** Off by default: nothing about patients is stored, and the builder stays one click away. */
    requireSignInToBuild: z.boolean().default(false),
  })
  .strict();
export type TSettings = z.output<typeof ZSettingsSchema>;
export const ZSettingsPatchSchema = ZSettingsSchema.partial().strict();
