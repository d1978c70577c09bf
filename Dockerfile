# syntax=docker/dockerfile:1

# Build: install everything, compile (TypeScript 7 + the dashboard bundle), then drop dev dependencies.
FROM node:22-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles from source when no prebuilt binary can be downloaded.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

# Run: the same image serves the API (default) and the projector (`node dist/apps/projector/src/main.js`).
# `npm run start:prod` is `exec node dist/apps/api/src/main.js`: no build, and SIGTERM reaches node,
# which drains requests, releases its leases and exits 0 within SHUTDOWN_TIMEOUT_MS.
FROM node:22-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/data
WORKDIR /app
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 3000
CMD ["npm", "run", "--silent", "start:prod"]
