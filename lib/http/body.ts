import { HandoutError } from '@/lib/errors';

/** Largest request body accepted: a spec with an inline logo (512 KB as base64) and room to spare. */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Reads a body without trusting Content-Length: the stream is cut as soon as it passes the limit, so a
 * huge upload costs nothing but the bytes already received. `onTooLarge` makes the error the caller's.
 */
export async function readBodyBytes(
  request: Request,
  limit: number,
  onTooLarge: () => Error = () => tooLarge(limit),
): Promise<Buffer> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limit) throw onTooLarge();
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw onTooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** A JSON body of at most `limit` bytes; malformed JSON is an invalid spec, never a 500. */
export async function readJsonBody(request: Request, limit = MAX_BODY_BYTES): Promise<unknown> {
  const text = (await readBodyBytes(request, limit)).toString('utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HandoutError('invalid_spec', 'The request body is not valid JSON.', [
      { path: '(root)', message: 'The request body is not valid JSON.' },
    ]);
  }
}

function tooLarge(limit: number): HandoutError {
  return new HandoutError('payload_too_large', `The request is larger than ${Math.round(limit / 1024)} KB.`);
}
