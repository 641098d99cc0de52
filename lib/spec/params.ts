import { z } from 'zod';

/** A whole number within a hard limit. Values outside are rejected, never clamped. */
export function intParam(min: number, max: number, fallback: number) {
  const message = `Use a whole number from ${min} to ${max}.`;
  return z.int({ error: message }).min(min, message).max(max, message).default(fallback);
}

/** A non-empty set of choices without repeats; the order given is the printed order. */
export function choiceSet<E extends z.ZodEnum>(choices: E, fallback: z.output<E>[]) {
  return z
    .array(choices)
    .min(1, 'Choose at least one.')
    .refine((list) => new Set(list).size === list.length, 'Each choice may appear only once.')
    .default(() => [...fallback]);
}
