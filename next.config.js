// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Lets two builds (for example a developer's and a test run's) live side by side.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  // The app never talks to a third party; these headers make the browser enforce that too.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          {
            key: 'Content-Security-Policy',
            value: [
              "default-src 'self'",
              // Next's dev server evaluates code for hot reload; production never needs eval.
              `script-src 'self' 'unsafe-inline'${process.env.NODE_ENV === 'development' ? " 'unsafe-eval'" : ''}`,
              "style-src 'self' 'unsafe-inline'",
              "img-src 'self' data: blob:",
              "font-src 'self'",
              "connect-src 'self'",
              "worker-src 'self' blob:",
              "frame-src 'self' blob:",
              "object-src 'self' blob:",
              "base-uri 'self'",
              "form-action 'self'",
              // Nobody may frame the builder or the settings page (clickjacking a save or a delete).
              "frame-ancestors 'none'",
            ].join('; '),
          },
          { key: 'Referrer-Policy', value: 'no-referrer' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          // The same for browsers that predate frame-ancestors.
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
    ];
  },
  poweredByHeader: false,
  // Fonts are read from disk at render time; make sure the standalone trace keeps them.
  outputFileTracingIncludes: { '/api/**': ['./fonts/**'] },
};

export default nextConfig;
