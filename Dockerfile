# syntax=docker/dockerfile:1
# Sandbox Console as one image: the standalone server (`output: 'standalone'`), its browser assets and the users
# CLI, run as the non-root `node` user. Build: docker build -t sandbox-console .   Run: see README "Operating".
#
# Both stages use the same Node version and the same Debian release: better-sqlite3's native module is compiled
# (or its prebuilt binary fetched) by `npm ci` in the build stage for that Node's ABI and that Debian's glibc, and
# is copied as it is into the runtime stage, which has no compiler. Change both together, never one.
ARG NODE_VERSION=20.20.2
ARG DEBIAN_RELEASE=bookworm

# ---- build: the full image (python3, make and g++ for node-gyp should no prebuilt binary fit) ----
FROM node:${NODE_VERSION}-${DEBIAN_RELEASE} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
# The lockfile first: the dependency layer is reused while only the source changes.
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
# `next build` writes .next/standalone; the postbuild step copies static/ and public/ into it and bundles
# scripts/users.ts into .next/standalone/users.mjs (scripts/standalone-postbuild.ts).
RUN npm run build

# ---- runtime: slim, no dev dependencies, no source, no npm install ----
FROM node:${NODE_VERSION}-${DEBIAN_RELEASE}-slim AS runtime
# Docker sets HOSTNAME to the container id; server.js listens on HOSTNAME, so it must name every interface.
# DATA_DIR: local mode's embedded API and the SQLite database (when DATABASE_URL is unset) live there.
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    HOSTNAME=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/data
WORKDIR /app
# Everything the server loads, traced by Next, and nothing else. Owned by root: the server cannot rewrite itself.
COPY --from=build /app/.next/standalone ./
# The only folders the server writes: its data, and Next's cache inside the build folder.
RUN mkdir -p /data /app/.next/cache && chown node:node /data /app/.next/cache
VOLUME ["/data"]
USER node
EXPOSE 3000
# Liveness: /api/health answers without a session or the database. The slim image has no curl; Node 20 has fetch.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# The server ends gracefully on SIGTERM within SHUTDOWN_GRACE_MS (default 10 s). Docker's own stop timeout is also
# 10 s and cannot be set here: give it more (`docker run --stop-timeout 15`, compose `stop_grace_period: 15s`).
STOPSIGNAL SIGTERM
CMD ["node", "server.js"]
