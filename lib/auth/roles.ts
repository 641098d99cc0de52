import { z } from 'zod';

/**
 * Who may do what. A clinician builds, previews, downloads and prints handouts and uses saved handouts;
 * a translation reviewer may only review translations; a clinic admin does everything, including the
 * clinic profiles (the phone and emergency numbers every handout prints), saved handouts, users,
 * settings and import/export.
 */
export const ZRoleSchema = z.enum(['admin', 'clinician', 'reviewer']);
export type TRole = z.infer<typeof ZRoleSchema>;

/** Who made a change, as the audit log records it. `id` is null for the machine itself before any admin existed. */
export const ZActorSchema = z
  .object({ id: z.uuid().nullable(), name: z.string().min(1).max(120), role: ZRoleSchema })
  .strict();
export type TActor = z.infer<typeof ZActorSchema>;

/** Before the first admin exists, writes are allowed only from this machine, and are recorded as such. */
export const LOCAL_SETUP_ACTOR: TActor = {
  id: null,
  name: 'This computer (before a clinic admin existed)',
  role: 'admin',
};

/** The version a write expects the record to have (If-Match); undefined only for imports and creates. */
export interface TWriteContext {
  actor: TActor;
  expectedVersion?: number;
}
