import { writeFileSync } from 'node:fs';
import { dashboardTypes, DASHBOARD_TYPES_FILE } from './dashboard-types.js';
import { buildOpenApiDocument } from './openapi-document.js';

/** `npm run openapi:dashboard-types`: writes the dashboard's API types from the OpenAPI document (run from the repository root). */
writeFileSync(DASHBOARD_TYPES_FILE, await dashboardTypes(await buildOpenApiDocument()));
process.stdout.write(`${DASHBOARD_TYPES_FILE} written\n`);
