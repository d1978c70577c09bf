import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { EventStore } from '#app/event-store';
import { TokenService, createEventStore, createReadStore, loadConfig, resolveJwtSecret, type AppConfig } from '#app/platform';
import { createApp } from '../../../apps/api/src/app.factory.js';
import type { User } from '../../support/api-harness.js';

export interface HttpResponse {
  status: number;
  headers: Headers;
  body: any;
}

export interface LiveServer {
  url: string;
  app: NestFastifyApplication;
  config: AppConfig;
  store: EventStore;
  token(user: User, expiresIn?: string | number): Promise<string>;
  request(method: 'GET' | 'POST', path: string, options?: { as?: User; token?: string; body?: unknown; headers?: Record<string, string> }): Promise<HttpResponse>;
  close(): Promise<void>;
}

/**
 * The real application listening on a free port of 127.0.0.1 (a browser and EventSource need a
 * socket; Fastify's inject cannot stream), on the stores production builds. Without
 * AUTH_JWT_SECRET in `env` it runs on the development secret, like `npm start` on a fresh clone.
 */
export async function startLiveServer(env: Record<string, string> = {}): Promise<LiveServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'salesflow-dashboard-'));
  const config = loadConfig({ DATA_DIR: dataDir, ...env });
  const store = createEventStore(config);
  const readStore = createReadStore(config);
  const app = await createApp(config, { eventStore: store, readStore, logger: ['error'] });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const tokens = new TokenService(resolveJwtSecret(config).secret);
  const token = (user: User, expiresIn: string | number = '1h') => tokens.sign({ sub: user.sub, name: user.name ?? user.sub, roles: user.roles, teams: user.teams }, expiresIn);

  return {
    url,
    app,
    config,
    store,
    token,
    async request(method, path, options = {}) {
      const headers: Record<string, string> = { ...(options.headers ?? {}) };
      const bearer = options.token ?? (options.as ? await token(options.as) : undefined);
      if (bearer) headers.authorization = `Bearer ${bearer}`;
      if (options.body !== undefined) headers['content-type'] = 'application/json';
      const res = await fetch(`${url}${path}`, { method, headers, ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}) });
      const text = await res.text();
      let body: unknown = text;
      try {
        body = text === '' ? undefined : JSON.parse(text);
      } catch {
        body = text;
      }
      return { status: res.status, headers: res.headers, body };
    },
    async close() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
