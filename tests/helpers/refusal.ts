import { HandoutError } from '@/lib/errors';

/** The HandoutError a promise is refused with; anything else (success, another error) fails the test. */
export async function refusal(work: Promise<unknown>): Promise<HandoutError> {
  const error = await work.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof HandoutError)) throw new Error(`expected a HandoutError, got ${String(error)}`);
  return error;
}
