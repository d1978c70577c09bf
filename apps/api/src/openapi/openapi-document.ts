import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { SqliteEventStore } from '#app/event-store';
import { ALL_PROJECTIONS, loadConfig } from '#app/platform';
import { SqliteReadStore } from '#app/read-store';

/** The OpenAPI document of the app: every route, and the names of the projections the live feed and `freshness` speak of. */
export function describeApi(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('salesflow')
      .setDescription('Sales target planning and customer development as auditable, event-sourced workflows')
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  document.components = {
    ...document.components,
    schemas: {
      ...document.components?.schemas,
      ProjectionName: { type: 'string', enum: ALL_PROJECTIONS.map((p) => p.name), description: 'A read model: the live feed and every answer’s freshness name it' },
    },
  };
  return document;
}

/** The document without a server: the app built on in-memory stores, never started. */
export async function buildOpenApiDocument(): Promise<OpenAPIObject> {
  const { createApp } = await import('../app.factory.js');
  const dataDir = mkdtempSync(join(tmpdir(), 'salesflow-openapi-'));
  const config = loadConfig({ DATA_DIR: dataDir, AUTH_JWT_SECRET: 'openapi-document-only-never-signs-a-token', RUN_PROJECTIONS: 'false' });
  const app = await createApp(config, { eventStore: new SqliteEventStore({ filename: ':memory:' }), readStore: new SqliteReadStore({ filename: ':memory:' }), logger: false });
  try {
    return describeApi(app);
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
