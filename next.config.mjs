/**
 * Headers that are the same on every response, API and static files included. The Content-Security-Policy is
 * not here: it carries a per-request nonce, so proxy.ts sets it on pages.
 */
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  // Sandbox ids live in our URLs; other sites need not learn them from the Referer.
  { key: 'Referrer-Policy', value: 'same-origin' },
  // For browsers that predate CSP frame-ancestors.
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build folder lets tests and a dev server run side by side.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // A deployment ships <distDir>/standalone: its own server.js and only the node_modules files the server loads
  // (traced from the imports). `npm run build` then copies static/ and public/ in and bundles the users CLI and the
  // embedded API beside server.js (scripts/standalone-postbuild.ts).
  output: 'standalone',
  // Next traces sharp (19 MB, a third of the folder) for its image optimizer. No page uses next/image, so the
  // optimizer is off and sharp stays out of the deployment.
  images: { unoptimized: true },
  outputFileTracingExcludes: { '*': ['node_modules/sharp/**', 'node_modules/@img/**'] },
  poweredByHeader: false,
  reactStrictMode: true,
  // prom-client: one copy, so every bundle counts into the process's one registry. The OpenTelemetry SDK: loaded
  // by Node, and only when tracing is on (lib/telemetry/tracing.ts). pino is external by Next's own default.
  serverExternalPackages: [
    'better-sqlite3',
    'prom-client',
    '@opentelemetry/sdk-trace-node',
    '@opentelemetry/exporter-trace-otlp-http',
    '@opentelemetry/resources',
  ],
  // `next dev` serves its scripts only to localhost; allow the loopback address too, or a page opened at
  // http://127.0.0.1:3000 renders but never hydrates.
  allowedDevOrigins: ['127.0.0.1'],
  experimental: {
    // proxy.ts runs on every route, so Next copies each request body in memory before the route handler gets it
    // (default up to 10 MB, twice). No body of ours comes near 1 MB: the proxy refuses anything over 256 KB
    // (lib/server/body.ts; a truncated body still reads as too large, checked in lib/server/request-guard.test.ts).
    proxyClientMaxBodySize: '1mb',
  },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default nextConfig;
