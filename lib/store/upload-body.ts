import { readBodyBytes } from '@/lib/http/body';

import { invalidInput, tooLarge } from './errors';
import { MAX_LOGO_UPLOAD_BYTES } from './logo-limits';
import type { DeclaredFile } from './logo-sniff';

// Room for the multipart boundaries and part headers around the file itself.
const MULTIPART_OVERHEAD = 64 * 1024;

export interface LogoUpload {
  bytes: Uint8Array;
  declared: DeclaredFile;
}

function readBytes(request: Request, limit: number): Promise<Uint8Array> {
  return readBodyBytes(request, limit, () =>
    tooLarge(`The logo file is larger than ${MAX_LOGO_UPLOAD_BYTES / 1024 / 1024} MB.`),
  );
}

/**
 * The logo from a PUT: multipart/form-data with a file field (`logo`, or the first file); the route
 * guard refuses any other content type. The declared name and type are kept only to catch a disguised
 * file.
 */
export async function readLogoUpload(request: Request): Promise<LogoUpload> {
  const type = request.headers.get('content-type') ?? '';
  const body = await readBytes(request, MAX_LOGO_UPLOAD_BYTES + MULTIPART_OVERHEAD);
  const form = await new Response(new Uint8Array(body), { headers: { 'content-type': type } })
    .formData()
    .catch(() => {
      throw invalidInput('The upload could not be read.', [
        { path: '(root)', message: 'The multipart form is malformed.' },
      ]);
    });
  const field = form.get('logo');
  const file = field instanceof File ? field : [...form.values()].find((value) => value instanceof File);
  if (!(file instanceof File)) {
    throw invalidInput('The upload could not be read.', [
      { path: 'logo', message: 'Attach the logo as a file in a field named "logo".' },
    ]);
  }
  if (file.size > MAX_LOGO_UPLOAD_BYTES) {
    throw tooLarge(`The logo file is larger than ${MAX_LOGO_UPLOAD_BYTES / 1024 / 1024} MB.`);
  }
  return { bytes: new Uint8Array(await file.arrayBuffer()), declared: { type: file.type, name: file.name } };
}
