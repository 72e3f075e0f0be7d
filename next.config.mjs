/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build folder lets tests and a dev server run side by side.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ['better-sqlite3'],
};

export default nextConfig;
