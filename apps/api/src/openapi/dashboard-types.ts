import type { OpenAPIObject } from '@nestjs/swagger';

/** Where the dashboard's generated API types live (relative to the repository root). */
export const DASHBOARD_TYPES_FILE = 'apps/dashboard/src/api-types.generated.ts';

const HEADER = `/**
 * Generated from the API's OpenAPI document by \`npm run openapi:dashboard-types\` (openapi-typescript).
 * Do not edit: change the response types in apps/api and regenerate. test/dashboard/api-types.spec.ts
 * fails when this file is stale.
 */

`;

/** The TypeScript types of the document (paths, operations, component schemas), as the dashboard imports them. */
export async function dashboardTypes(document: OpenAPIObject): Promise<string> {
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const ast = await openapiTS(JSON.parse(JSON.stringify(document)), { alphabetize: true, exportType: false });
  return HEADER + astToString(ast);
}
