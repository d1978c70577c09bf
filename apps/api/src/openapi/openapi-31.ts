import type { OpenAPIObject } from '@nestjs/swagger';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

const SUBSCHEMA_MAPS = ['properties', 'patternProperties', '$defs'] as const;
const SUBSCHEMA_LISTS = ['allOf', 'oneOf', 'anyOf', 'prefixItems'] as const;
const SUBSCHEMAS = ['items', 'additionalProperties', 'not', 'contains'] as const;

/**
 * One schema of @nestjs/swagger's OpenAPI 3.0 output as OpenAPI 3.1 (JSON Schema 2020-12):
 * `nullable` becomes a `null` type (or a `oneOf` with `null` beside a reference), a lone `allOf`
 * around a reference becomes the reference (3.1 allows its siblings), `example` becomes `examples`.
 */
export function schema31(input: unknown): unknown {
  if (!isObject(input)) return input;
  const { nullable, example, ...rest } = input;
  const schema: Json = { ...rest };
  for (const key of SUBSCHEMA_MAPS) if (isObject(schema[key])) schema[key] = Object.fromEntries(Object.entries(schema[key]).map(([name, sub]) => [name, schema31(sub)]));
  for (const key of SUBSCHEMA_LISTS) if (Array.isArray(schema[key])) schema[key] = schema[key].map(schema31);
  for (const key of SUBSCHEMAS) if (isObject(schema[key])) schema[key] = schema31(schema[key]);
  if (example !== undefined && schema.examples === undefined) schema.examples = [example];

  const allOf = schema.allOf;
  if (Array.isArray(allOf) && allOf.length === 1 && isObject(allOf[0]) && typeof allOf[0].$ref === 'string') {
    delete schema.allOf;
    delete schema.type;
    schema.$ref = allOf[0].$ref;
  }
  if (nullable !== true) return schema;
  if (typeof schema.$ref === 'string') {
    const { $ref, ...siblings } = schema;
    return { ...siblings, oneOf: [{ $ref }, { type: 'null' }] };
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum = [...schema.enum, null];
  if (typeof schema.type === 'string') schema.type = [schema.type, 'null'];
  else if (Array.isArray(schema.type) && !schema.type.includes('null')) schema.type = [...schema.type, 'null'];
  else if (schema.type === undefined) return { anyOf: [schema, { type: 'null' }] };
  return schema;
}

function mediaTypes31(content: unknown): void {
  if (!isObject(content)) return;
  for (const media of Object.values(content)) if (isObject(media) && media.schema !== undefined) media.schema = schema31(media.schema);
}

function parameters31(parameters: unknown): void {
  if (!Array.isArray(parameters)) return;
  for (const parameter of parameters) if (isObject(parameter) && parameter.schema !== undefined) parameter.schema = schema31(parameter.schema);
}

/** The document @nestjs/swagger builds (OpenAPI 3.0) as OpenAPI 3.1.0: every schema in it converted by `schema31`. */
export function toOpenApi31(document: OpenAPIObject): OpenAPIObject {
  const components = (document.components ?? {}) as Json;
  for (const kind of ['schemas'] as const) {
    const map = components[kind];
    if (isObject(map)) components[kind] = Object.fromEntries(Object.entries(map).map(([name, schema]) => [name, schema31(schema)]));
  }
  for (const header of Object.values(isObject(components.headers) ? components.headers : {})) if (isObject(header) && header.schema) header.schema = schema31(header.schema);
  parameters31(Object.values(isObject(components.parameters) ? components.parameters : {}));
  for (const item of Object.values(document.paths) as Json[]) {
    parameters31(item.parameters);
    for (const operation of Object.values(item)) {
      if (!isObject(operation) || !isObject(operation.responses)) continue;
      parameters31(operation.parameters);
      if (isObject(operation.requestBody)) mediaTypes31(operation.requestBody.content);
      for (const response of Object.values(operation.responses)) {
        if (!isObject(response)) continue;
        mediaTypes31(response.content);
        for (const header of Object.values(isObject(response.headers) ? response.headers : {})) if (isObject(header) && header.schema) header.schema = schema31(header.schema);
      }
    }
  }
  return { ...document, openapi: '3.1.0' };
}
