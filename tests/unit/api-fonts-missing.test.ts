import { describe, expect, it, vi } from 'vitest';

import { POST } from '@/app/api/handouts/route';

import { loadSpec } from '../helpers/specs';

// A server without Debian's fonts-noto-cjk: the catalogue reads the folder when it loads, before any import.
vi.hoisted(() => {
  process.env.HANDOUT_CJK_FONTS_DIR = '/nonexistent/fonts-noto-cjk';
});

describe('a handout in a language whose fonts the server lacks', () => {
  it('answers 503 naming the package, logs one line without a stack, and other languages still print', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const post = (locale: string) =>
      POST(
        new Request('http://localhost/api/handouts', {
          method: 'POST',
          body: JSON.stringify({ ...loadSpec('examples/first-visit.json'), locale }),
          headers: { 'content-type': 'application/json' },
        }),
      );
    const response = await post('zh-Hans');
    expect(response.status).toBe(503);
    expect(((await response.json()) as { error: string }).error).toBe(
      'The fonts for this language are not installed on the server (Debian package fonts-noto-cjk).',
    );
    expect(warn.mock.calls.map(([line]) => String(line))).toEqual([
      '[handouts] The fonts for this language are not installed on the server (Debian package fonts-noto-cjk).',
    ]);
    expect(error).not.toHaveBeenCalled();
    expect((await post('es')).status).toBe(200);
  }, 60_000);
});
