import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/** Scripts only from this origin; Observable Plot puts a <style> element in each chart's SVG. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const NOT_BUILT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>salesflow dashboard</title></head>
<body><main><h1>The dashboard is not built</h1><p>Run <code>npm run build</code> (or <code>npm start</code>, which builds) and reload.</p>
<p>The API itself is at <a href="/api/docs">/api/docs</a>.</p></main></body></html>`;

/** The dashboard's icon: a bar chart rising to a target tick, on the header's dark blue. */
export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#18202e"/><rect x="6" y="17" width="5" height="9" fill="#7ea6e0"/><rect x="13.5" y="12" width="5" height="14" fill="#7ee29b"/><rect x="21" y="7" width="5" height="19" fill="#ffbf47"/><path d="M5 9h22" stroke="#fff" stroke-width="2" stroke-dasharray="3 2"/></svg>`;

/** `<repository>/dist/dashboard`, found from this file in the sources or in dist/. */
export function dashboardDirectory(from = dirname(fileURLToPath(import.meta.url))): string | null {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return join(dir, 'dist', 'dashboard');
    if (dirname(dir) === dir) return null;
  }
}

/**
 * Serves the built dashboard (`npm run build` puts it in dist/dashboard) at `/`, outside the API
 * prefix and its bearer-token guard. Files are registered one by one (no wildcard route), so
 * unknown `/api/...` paths still get the API's JSON 404.
 */
export function serveDashboard(app: NestFastifyApplication, root = dashboardDirectory()): void {
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onListen', function (done) {
    const address = this.server.address();
    if (address && typeof address === 'object') {
      const host = address.family === 'IPv6' ? `[${address.address}]` : address.address === '0.0.0.0' ? 'localhost' : address.address;
      new Logger('Dashboard').log(`Dashboard at http://${host}:${address.port}/`);
    }
    done();
  });
  // Browsers ask for /favicon.ico whatever the page says; answer both names with the SVG, built or not.
  for (const path of ['/favicon.ico', '/favicon.svg']) {
    fastify.get(path, (_request, reply) => {
      void reply.header('content-type', 'image/svg+xml').header('cache-control', 'public, max-age=86400').header('x-content-type-options', 'nosniff').send(FAVICON_SVG);
    });
  }
  if (!root || !existsSync(join(root, 'index.html'))) {
    fastify.get('/', (_request, reply) => {
      void reply.code(503).header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-store').send(NOT_BUILT);
    });
    return;
  }
  void fastify.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: false,
    decorateReply: false,
    index: ['index.html'],
    dotfiles: 'ignore',
    setHeaders: (reply, path) => {
      void reply.header('x-content-type-options', 'nosniff').header('referrer-policy', 'no-referrer');
      if (path.endsWith('.html')) {
        void reply.header('content-security-policy', CONTENT_SECURITY_POLICY).header('cache-control', 'no-cache');
      } else if (/[/\\]assets[/\\]/.test(path)) {
        void reply.header('cache-control', 'public, max-age=31536000, immutable');
      }
    },
  });
}
