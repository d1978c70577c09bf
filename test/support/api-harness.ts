import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Role } from '#app/eventsourcing';
import type { EventStore } from '#app/event-store';
import { TokenService, createEventStore, createReadStore, loadConfig, type AppConfig } from '#app/platform';
import { QueryShapeGuard } from '#testing/read-store';
import { createApp } from '../../apps/api/src/app.factory.js';

export const TEST_SECRET = 'test-secret-that-is-long-enough-for-hs256!';

export interface User {
  sub: string;
  roles: Role[];
  teams: string[];
  name?: string;
}

export interface Response {
  statusCode: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: any;
  raw: string;
}

export interface ApiHarness {
  app: NestFastifyApplication;
  dataDir: string;
  store: EventStore;
  config: AppConfig;
  tokens: TokenService;
  token(user: User, expiresIn?: string | number): Promise<string>;
  request(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    options?: { as?: User; token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> },
  ): Promise<Response>;
  close(): Promise<void>;
}

/**
 * The API on fresh SQLite files, with the stores production builds (createEventStore: hash-chained
 * and upcasting; createReadStore), the read store behind a QueryShapeGuard: a query no declared
 * shape serves fails its request, and `close` throws naming every such query.
 */
export async function startApi(env: Record<string, string> = {}): Promise<ApiHarness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'salesflow-api-'));
  const config = loadConfig({ DATA_DIR: dataDir, AUTH_JWT_SECRET: TEST_SECRET, ...env });
  const store = createEventStore(config);
  const readStore = new QueryShapeGuard(createReadStore(config));
  const app = await createApp(config, { eventStore: store, readStore, logger: ['error'] });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const tokens = new TokenService(new TextEncoder().encode(TEST_SECRET));
  const token = (user: User, expiresIn: string | number = '1h') =>
    tokens.sign({ sub: user.sub, name: user.name ?? user.sub, roles: user.roles, teams: user.teams }, expiresIn);

  return {
    app,
    dataDir,
    store,
    config,
    tokens,
    token,
    async request(method, url, options = {}) {
      const headers: Record<string, string> = { ...(options.headers ?? {}) };
      const bearer = options.token ?? (options.as ? await token(options.as) : undefined);
      if (bearer) headers.authorization = `Bearer ${bearer}`;
      let payload: string | undefined;
      if (options.rawBody !== undefined) payload = options.rawBody;
      else if (options.body !== undefined) payload = JSON.stringify(options.body);
      if (payload !== undefined) headers['content-type'] ??= 'application/json';
      const res = await app.inject({ method, url, headers, ...(payload !== undefined ? { payload } : {}) });
      let body: unknown;
      try {
        body = res.body === '' ? undefined : JSON.parse(res.body);
      } catch {
        body = res.body;
      }
      return { statusCode: res.statusCode, headers: res.headers, body, raw: res.body };
    },
    async close() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
      if (readStore.undeclared.length > 0) {
        throw new Error(`Queries no declared query shape serves:\n${readStore.undeclared.map((q) => `  ${q.collection}: ${q.query}`).join('\n')}`);
      }
    },
  };
}
