import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DASHBOARD_TYPES_FILE, dashboardTypes } from '../../apps/api/src/openapi/dashboard-types.js';
import { buildOpenApiDocument } from '../../apps/api/src/openapi/openapi-document.js';

const ROOT = join(import.meta.dirname, '../..');

describe('the dashboard’s API types', () => {
  it('are generated from the current OpenAPI document (run `npm run openapi:dashboard-types` after changing a route or a response)', async () => {
    const committed = readFileSync(join(ROOT, DASHBOARD_TYPES_FILE), 'utf8');
    expect(await dashboardTypes(await buildOpenApiDocument())).toBe(committed);
  });

  it('name every projection the live feed knows', async () => {
    const document = await buildOpenApiDocument();
    expect((document.components?.schemas?.ProjectionName as { enum: string[] }).enum).toEqual(expect.arrayContaining(['tracking-sheet', 'development-report-schedule', 'audit-event-index']));
  });
});
