/** What a route reads from its body; `none` routes take no body (DELETE, a duplicate). */
export type TBodyKind = 'json' | 'multipart' | 'none';

const MEDIA_TYPE: Record<Exclude<TBodyKind, 'none'>, string> = {
  json: 'application/json',
  multipart: 'multipart/form-data',
};

/*
 * JSON routes take only application/json: a browser cannot send that type to another origin without a
 * CORS preflight, which this app never grants, so the type alone already stops a cross-site form or
 * text/plain fetch. The logo route takes only multipart/form-data, which the browser's own form sends.
 */
export function contentTypeProblem(request: Request, kind: TBodyKind): string | undefined {
  if (kind === 'none') return undefined;
  const header = request.headers.get('content-type') ?? '';
  const mediaType = header.split(';')[0]?.trim().toLowerCase();
  if (mediaType === MEDIA_TYPE[kind]) return undefined;
  return `Send the body as ${MEDIA_TYPE[kind]}${header ? ` (got ${mediaType || 'none'})` : ''}.`;
}
