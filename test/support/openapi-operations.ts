import type { ApiHarness } from './api-harness.js';

export interface Operation {
  method: 'GET' | 'POST';
  /** The OpenAPI path, e.g. /api/plans/{planId}/submit. */
  path: string;
  operationId: string;
  hasBody: boolean;
  /** Needs a bearer token (the document's security requirement, the operation's own or the default). */
  secured: boolean;
  pathParams: string[];
  queryParams: { name: string; required: boolean; schema: Record<string, unknown> }[];
  requestSchema?: Record<string, unknown>;
}

interface OpenApiOperation {
  operationId: string;
  requestBody?: { content: Record<string, { schema: Record<string, unknown> }> };
  parameters?: { in: string; name: string; required?: boolean; schema?: Record<string, unknown> }[];
  security?: Record<string, string[]>[];
}

/** Every operation of the running API's OpenAPI document, with `#/components/schemas` of its request body resolved. */
export async function operationsOf(api: Pick<ApiHarness, 'request'>): Promise<{ operations: Operation[]; schemas: Record<string, Record<string, unknown>> }> {
  const doc = (await api.request('GET', '/api/docs-json')).body as {
    paths: Record<string, Record<string, OpenApiOperation>>;
    components: { schemas: Record<string, Record<string, unknown>> };
    security?: Record<string, string[]>[];
  };
  const operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]): Operation => {
      const params = op.parameters ?? [];
      return {
        method: method.toUpperCase() as Operation['method'],
        path,
        operationId: op.operationId,
        hasBody: op.requestBody !== undefined,
        secured: (op.security ?? doc.security ?? []).some((requirement) => Object.keys(requirement).length > 0),
        pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
        queryParams: params.filter((p) => p.in === 'query').map((p) => ({ name: p.name, required: p.required === true, schema: p.schema ?? {} })),
        ...(op.requestBody ? { requestSchema: op.requestBody.content['application/json']!.schema } : {}),
      };
    }),
  );
  return { operations, schemas: doc.components.schemas };
}

/** The URL of an operation with its path parameters filled in. */
export const urlOf = (operation: Pick<Operation, 'path'>, values: Record<string, string> = {}): string =>
  operation.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? `x${name}`));

/** Commands: every POST, the task-based command routes and the operator actions. */
export const commandsOf = (operations: readonly Operation[]): Operation[] => operations.filter((o) => o.method === 'POST');
