// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Lets two builds (for example a developer's and a test run's) live side by side.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'Referrer-Policy', value: 'no-referrer' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          // Nobody may frame the app, also in browsers that predate CSP's frame-ancestors.
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
      // Pages get their Content-Security-Policy with a per-request nonce from proxy.ts; the API and
      // static files get this one, which allows no inline script at all.
      ...['/api/:path*', '/_next/:path*', '/favicon.svg'].map((source) => ({
        source,
        // The handout's web copy (?format=html) sends its own, stricter policy (app/api/handouts/route.ts):
        // a header set here would replace the route's.
        missing: [{ type: /** @type {const} */ ('query'), key: 'format', value: 'html' }],
        headers: [
          {
            key: 'Content-Security-Policy',
            value:
              "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
              "font-src 'self'; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; " +
              "form-action 'self'; frame-ancestors 'none'",
          },
        ],
      })),
    ];
  },
  poweredByHeader: false,
  // Fonts are read from disk at render time; make sure the standalone trace keeps them.
  outputFileTracingIncludes: { '/api/**': ['./fonts/**'] },
};

export default nextConfig;
