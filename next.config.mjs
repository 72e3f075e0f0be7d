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
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ['better-sqlite3'],
  // `next dev` serves its scripts only to localhost; allow the loopback address too, or a page opened at
  // http://127.0.0.1:3000 renders but never hydrates.
  allowedDevOrigins: ['127.0.0.1'],
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default nextConfig;
