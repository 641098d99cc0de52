import { describe, expect, it } from 'vitest';

import { lastRequestAt, noteRequest } from '@/lib/http/request-activity.mjs';

describe('the request stamp practice waits on (lib/http/request-activity.mjs)', () => {
  it('stamps a page, a script or an API request when it arrives', () => {
    for (const url of ['/', '/_next/static/chunks/app.js', '/api/handouts', '/api/presets?x=1']) {
      const before = performance.now();
      noteRequest(url);
      expect(lastRequestAt(), url).toBeGreaterThanOrEqual(before);
    }
  });

  it('does not stamp the probes a load balancer or the bench polls', () => {
    noteRequest('/');
    const stamped = lastRequestAt();
    for (const url of ['/api/ready', '/api/health', '/api/ready?probe=1']) noteRequest(url);
    expect(lastRequestAt()).toBe(stamped);
  });
});
