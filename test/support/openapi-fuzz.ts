import fc from 'fast-check';
import type { Operation } from './openapi-operations.js';

/** The part of JSON Schema (OpenAPI 3.0 and 3.1) the request documents use. */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  example?: unknown;
  examples?: unknown[];
  format?: string;
  allOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/**
 * How a generated request is made bad. `refusedWith`: no valid request looks like this, so the answer
 * must be one of these statuses (a 2xx, or a 409 after validation let it through, is a finding);
 * absent, any answer below 500 will do (a hostile string may be a valid name).
 */
export interface Mutation {
  kind: string;
  where: string;
  refusedWith?: readonly number[];
}

/** A body no DTO may take: 400, or 413 when the mutation made it larger than the server reads. */
const INVALID_BODY = [400, 413] as const;
const refused = (statuses: readonly number[] | false) => (statuses ? { refusedWith: statuses } : {});

/** Which token the request carries: the fuzzing user's, none, or one of the ways a token is wrong. */
export type AuthVariant =
  | 'valid'
  | 'absent'
  | 'empty'
  | 'not-bearer'
  | 'garbage'
  | 'alg-none'
  | 'wrong-secret'
  | 'expired'
  | 'century'
  | 'issued-in-future'
  | 'no-subject'
  | 'roles-not-a-list'
  | 'unknown-role'
  | 'teams-not-a-list'
  | 'huge';

export interface FuzzRequest {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  auth: AuthVariant;
  payload?: string;
  mutation: Mutation;
}

/** A request of an operation as the fuzzing user would send it correctly, before one thing is made wrong. */
interface BaseRequest {
  pathValues: Record<string, string>;
  rawPath: Record<string, string>;
  query: [string, string][];
  headers: Record<string, string>;
  auth: AuthVariant;
  body: Json | undefined;
  /** A body text that JSON.stringify cannot write (`__proto__` as a key, 1e400); replaces the body. */
  rawBody?: string;
  contentType?: string | null;
}

export const HOSTILE_STRINGS = [
  "'; DROP TABLE events; --",
  "' OR '1'='1",
  '" OR ""="',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '{{7*7}}${7*7}',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '%00',
  '%ff',
  '\u0000',
  'a\u0000b',
  'line\r\nX-Injected: 1',
  '\u202Egnp.exe',
  '\uD800',
  '\uFEFF',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🙂 تست 测试',
  '$where',
  '{"$gt":""}',
  '*',
  '?',
  '%s%s%s%n',
  ' ',
  '',
  'null',
  'undefined',
  'NaN',
  '-1',
  '1e400',
];

export const BAD_DATES = [
  '2027-02-30',
  '2027-02-29',
  '0000-01-01',
  '2027-13-01',
  '2027-00-10',
  '2027-2-3',
  '20270203',
  '2027-02-03T25:00:00Z',
  '2027-02-03T10:61:00Z',
  '9999-12-32',
  '+002027-01-01',
  '-0001-01-01',
  '10000-01-01',
  'yesterday',
  '2027-02-03 ',
];

const ODD_NUMBERS = [-1, 0.5, -0, 1e15 + 1, 2 ** 53, 2 ** 53 + 2, 1e300, -1e300, 1e-300, Number.MAX_VALUE];

/** Number tokens JSON.stringify never writes: a server reading them as Infinity or an exact value it cannot hold must refuse them. */
const RAW_NUMBERS = ['1e400', '-1e400', '123456789012345678901234567890'];

const BAD_ENUM_VALUES = ['', 'REVENUE', 'revenue ', 'toString', '__proto__', 'constructor', 'undefined', '*'];

const EXTRA_KEYS = ['unexpected', 'isAdmin', 'role', '$where', 'constructor', 'prototype', 'id', 'recordedAt', 'actor'];

const BAD_PATH_SEGMENTS = [
  '',
  ' ',
  '..',
  '.',
  '-1',
  '0',
  '01',
  '1.5',
  '1e3',
  '999999999999999999999999',
  'NaN',
  "1' OR '1'='1",
  '<script>',
  '__proto__',
  'constructor',
  '%00',
  '\u0000',
  '测试',
  '00000000-0000-0000-0000-000000000000',
];

/** Path text sent as is, not encoded: bad percent-encoding and traversal. */
const RAW_PATH_SEGMENTS = ['%ff', '%', '%zz', '%2e%2e', '..%2f..%2f', '%00', '%c0%af', ';x=1', '%0d%0aX-Injected:%201'];

/** `json`: a type the server may read as JSON (a charset, letter case, or none); every other type is 415. */
export const BAD_CONTENT_TYPES: { contentType: string | null; json: boolean }[] = [
  { contentType: 'text/plain', json: false },
  { contentType: 'application/x-www-form-urlencoded', json: false },
  { contentType: 'multipart/form-data; boundary=x', json: false },
  { contentType: 'application/xml', json: false },
  { contentType: 'text/json', json: false },
  { contentType: 'application/json-patch+json', json: false },
  { contentType: 'application/octet-stream', json: false },
  { contentType: 'application/jsonx', json: false },
  { contentType: 'a/b/c', json: false },
  { contentType: 'application/json; charset=utf-16', json: true },
  { contentType: 'application/json, text/plain', json: true },
  { contentType: 'APPLICATION/JSON', json: true },
  { contentType: '', json: true },
  { contentType: null, json: true },
];

const BAD_AUTH: AuthVariant[] = [
  'absent',
  'empty',
  'not-bearer',
  'garbage',
  'alg-none',
  'wrong-secret',
  'expired',
  'century',
  'issued-in-future',
  'no-subject',
  'roles-not-a-list',
  'unknown-role',
  'teams-not-a-list',
  'huge',
];

const label = (path: Path): string => (path.length === 0 ? '(body)' : path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, ''));

/** The document's request schemas, `$ref`s and `allOf`s resolved. */
export class SchemaSet {
  constructor(private readonly components: Record<string, JsonSchema>) {}

  resolve(schema: JsonSchema | undefined): JsonSchema {
    let resolved: JsonSchema = schema ?? {};
    for (let hops = 0; resolved.$ref && hops < 32; hops++) {
      const { $ref, ...rest } = resolved;
      resolved = { ...this.components[$ref.replace('#/components/schemas/', '')], ...rest };
    }
    if (resolved.allOf) {
      const { allOf, ...rest } = resolved;
      resolved = allOf.map((s) => this.resolve(s)).reduce<JsonSchema>((merged, s) => ({ ...merged, ...s, properties: { ...merged.properties, ...s.properties } }), rest);
      if (Object.keys(resolved.properties ?? {}).length === 0) delete resolved.properties;
    }
    if (resolved.oneOf ?? resolved.anyOf) resolved = { ...this.resolve((resolved.oneOf ?? resolved.anyOf)![0]), ...resolved };
    return resolved;
  }

  typeOf(schema: JsonSchema): string | undefined {
    const s = this.resolve(schema);
    const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
    if (type) return type;
    if (s.properties) return 'object';
    if (s.items) return 'array';
    if (s.enum) return typeof s.enum.find((v) => v !== null);
    return undefined;
  }

  /** Values the schema allows, leaning on the document's examples so that most of a request is right. */
  valid(schema: JsonSchema, depth = 0): fc.Arbitrary<Json> {
    const s = this.resolve(schema);
    if (s.const !== undefined) return fc.constant(s.const as Json);
    if (s.enum) return fc.constantFrom(...(s.enum.filter((v) => v !== null) as Json[]));
    const example = (s.example ?? s.examples?.[0]) as Json | undefined;
    const withExample = (generated: fc.Arbitrary<Json>) => (example === undefined ? generated : fc.oneof({ weight: 4, arbitrary: fc.constant(example) }, { weight: 1, arbitrary: generated }));
    switch (this.typeOf(s)) {
      case 'object': {
        const properties = s.properties ?? {};
        if (depth > 6) return fc.constant({});
        const shape = Object.fromEntries(Object.entries(properties).map(([name, p]) => [name, this.valid(p, depth + 1)]));
        return fc.record(shape, { requiredKeys: (s.required ?? []).filter((r) => r in properties) }) as fc.Arbitrary<Json>;
      }
      case 'array':
        if (Array.isArray(example) && s.items === undefined) return fc.constant(example);
        return withExample(fc.array(this.valid(s.items ?? {}, depth + 1), { minLength: Math.max(1, s.minItems ?? 1), maxLength: Math.max(1, Math.min(s.maxItems ?? 3, 3)) }));
      case 'integer':
      case 'number':
        return withExample(fc.integer({ min: Math.max(0, s.minimum ?? 0), max: Math.min(s.maximum ?? 1_000_000, 1_000_000) }));
      case 'boolean':
        return fc.boolean();
      case 'string':
        if (s.format === 'date') return fc.date({ min: new Date('2027-01-01'), max: new Date('2027-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
        if (s.format === 'date-time') return fc.date({ min: new Date('2027-01-01'), max: new Date('2027-12-31'), noInvalidDate: true }).map((d) => d.toISOString());
        return withExample(fc.string({ minLength: Math.max(1, s.minLength ?? 1), maxLength: 24 }));
      default:
        return withExample(fc.constant('x'));
    }
  }

  /** Every place in `value` (walked along `schema`) with the schema that governs it. */
  places(schema: JsonSchema, value: Json, path: Path = []): { path: Path; schema: JsonSchema; required: boolean }[] {
    const s = this.resolve(schema);
    const here = [{ path, schema: s, required: true }];
    if (Array.isArray(value)) return [...here, ...value.flatMap((item, i) => this.places(s.items ?? {}, item, [...path, i]))];
    if (value !== null && typeof value === 'object') {
      const required = new Set(s.required ?? []);
      return [
        ...here,
        ...Object.entries(value).flatMap(([key, item]) =>
          this.places(s.properties?.[key] ?? {}, item, [...path, key]).map((p, i) => (i === 0 ? { ...p, required: required.has(key) } : p)),
        ),
      ];
    }
    return here;
  }
}

const setAt = (value: Json, path: Path, replacement: Json | undefined): Json => {
  if (path.length === 0) return replacement ?? null;
  const [head, ...rest] = path;
  const copy: any = Array.isArray(value) ? [...value] : { ...(value as object) };
  if (rest.length === 0 && replacement === undefined) {
    if (Array.isArray(copy)) copy.splice(head as number, 1);
    else delete copy[head!];
  } else copy[head!] = setAt(copy[head!], rest, replacement);
  return copy;
};

const getAt = (value: Json, path: Path): Json => path.reduce<any>((v, key) => v?.[key], value);

const RAW = '\u0001raw\u0001';
/** The body text with `value` placed at `path` as literal JSON text (a token JSON.stringify cannot write). */
const withRaw = (body: Json, path: Path, text: string): string => JSON.stringify(setAt(body, path, RAW)).replace(JSON.stringify(RAW), text);

/** A value of another JSON type than the schema's: never null (see `null at …`), never a string of digits the API might read as a number. */
function wrongTypes(schemas: SchemaSet, schema: JsonSchema): Json[] {
  const type = schemas.typeOf(schema);
  const all: Record<string, Json[]> = {
    string: ['text', 'YES'],
    number: [7, -3.5],
    boolean: [true, false],
    array: [[], [1, 'two']],
    object: [{}, { nested: { deeper: [] } }],
  };
  const same = type === 'integer' ? 'number' : type;
  return Object.entries(all)
    .filter(([t]) => t !== same)
    .flatMap(([, values]) => values);
}

const looksLikeDate = (schema: JsonSchema): boolean =>
  schema.format === 'date' || schema.format === 'date-time' || (typeof schema.example === 'string' && /^\d{4}-\d{2}-\d{2}/.test(schema.example));

/** The ways to make a body wrong at one of its places. */
function bodyMutations(schemas: SchemaSet, body: Json, rootSchema: JsonSchema): fc.Arbitrary<{ body?: Json; rawBody?: string; mutation: Mutation }> {
  const places = schemas.places(rootSchema, body);
  const options: fc.Arbitrary<{ body?: Json; rawBody?: string; mutation: Mutation }>[] = [];
  const at = (kind: string, path: Path, invalid: boolean): Mutation => ({ kind, where: label(path), ...refused(invalid && INVALID_BODY) });

  const inner = places.filter((p) => p.path.length > 0 && schemas.typeOf(p.schema) !== undefined);
  if (inner.length > 0) {
    options.push(
      fc.constantFrom(...inner).chain((p) =>
        fc.constantFrom(...wrongTypes(schemas, p.schema)).map((wrong) => ({ body: setAt(body, p.path, wrong), mutation: at('wrong type', p.path, true) })),
      ),
      fc.constantFrom(...inner).map((p) => ({ body: setAt(body, p.path, null), mutation: at('null', p.path, true) })),
    );
  }
  const removable = places.filter((p) => p.path.length > 0 && p.required && typeof p.path[p.path.length - 1] === 'string');
  if (removable.length > 0) options.push(fc.constantFrom(...removable).map((p) => ({ body: setAt(body, p.path, undefined), mutation: at('missing required', p.path, true) })));

  const objects = places.filter((p) => schemas.typeOf(p.schema) === 'object' && getAt(body, p.path) !== null && typeof getAt(body, p.path) === 'object');
  if (objects.length > 0) {
    options.push(
      fc.tuple(fc.constantFrom(...objects), fc.oneof(fc.constantFrom(...EXTRA_KEYS), fc.string({ minLength: 1, maxLength: 12 })), fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>).filter(([p, key]) => !(key in (schemas.resolve(p.schema).properties ?? {})) && key !== '__proto__').map(([p, key, value]) => ({
        body: setAt(body, [...p.path, key], value),
        mutation: at(`unknown field ${JSON.stringify(key)}`, p.path, true),
      })),
      fc.constantFrom(...objects).map((p) => ({
        rawBody: withRaw(body, p.path, JSON.stringify(getAt(body, p.path)).replace(/^\{/, '{"__proto__":{"isAdmin":true},').replace(/,\}$/, '}')),
        mutation: at('__proto__ key', p.path, true),
      })),
    );
  }
  const nestedObjects = objects.filter((p) => p.path.length > 0);
  if (nestedObjects.length > 0) {
    options.push(fc.constantFrom(...nestedObjects).map((p) => ({ body: setAt(body, p.path, [getAt(body, p.path)]), mutation: at('object in a list', p.path, true) })));
  }
  const lists = places.filter((p) => Array.isArray(getAt(body, p.path)) && p.path.length > 0);
  if (lists.length > 0) {
    options.push(
      fc.constantFrom(...lists).map((p) => ({ body: setAt(body, p.path, [getAt(body, p.path)]), mutation: at('list of lists', p.path, true) })),
      fc.constantFrom(...lists).map((p) => ({ body: setAt(body, p.path, []), mutation: at('empty list', p.path, false) })),
      fc.tuple(fc.constantFrom(...lists), fc.integer({ min: 1_000, max: 20_000 })).map(([p, n]) => ({
        body: setAt(body, p.path, Array.from({ length: n }, () => (getAt(body, p.path) as Json[])[0] ?? 1)),
        mutation: at('huge list', p.path, false),
      })),
    );
  }
  const strings = places.filter((p) => typeof getAt(body, p.path) === 'string');
  if (strings.length > 0) {
    options.push(
      fc.tuple(fc.constantFrom(...strings), fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ unit: 'binary', maxLength: 40 }))).map(([p, s]) => ({
        body: setAt(body, p.path, s),
        mutation: at(schemas.resolve(p.schema).enum ? 'value outside the enum' : 'hostile string', p.path, schemas.resolve(p.schema).enum !== undefined && !(schemas.resolve(p.schema).enum ?? []).includes(s)),
      })),
      fc.tuple(fc.constantFrom(...strings), fc.integer({ min: 10_000, max: 300_000 })).map(([p, n]) => ({ body: setAt(body, p.path, 'x'.repeat(n)), mutation: at('huge string', p.path, false) })),
    );
    const enums = strings.filter((p) => schemas.resolve(p.schema).enum);
    if (enums.length > 0) {
      options.push(fc.tuple(fc.constantFrom(...enums), fc.constantFrom(...BAD_ENUM_VALUES)).map(([p, v]) => ({ body: setAt(body, p.path, v), mutation: at('value outside the enum', p.path, true) })));
    }
    const dates = strings.filter((p) => looksLikeDate(schemas.resolve(p.schema)));
    if (dates.length > 0) {
      options.push(fc.tuple(fc.constantFrom(...dates), fc.constantFrom(...BAD_DATES)).map(([p, d]) => ({ body: setAt(body, p.path, d), mutation: at('impossible date', p.path, true) })));
    }
  }
  const numbers = places.filter((p) => typeof getAt(body, p.path) === 'number');
  if (numbers.length > 0) {
    options.push(
      fc.tuple(fc.constantFrom(...numbers), fc.oneof(fc.constantFrom(...ODD_NUMBERS), fc.double({ noNaN: true, noDefaultInfinity: true }))).map(([p, n]) => ({
        body: setAt(body, p.path, n),
        mutation: at('odd number', p.path, false),
      })),
      fc.tuple(fc.constantFrom(...numbers), fc.constantFrom(...RAW_NUMBERS)).map(([p, text]) => ({ rawBody: withRaw(body, p.path, text), mutation: at(`number ${text}`, p.path, true) })),
    );
  }
  if (inner.length > 0) {
    options.push(
      fc.tuple(fc.constantFrom(...inner), fc.integer({ min: 100, max: 200_000 }), fc.boolean()).map(([p, depth, lists]) => ({
        rawBody: withRaw(body, p.path, lists ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`),
        mutation: at(`nested ${depth} deep`, p.path, true),
      })),
    );
  }
  options.push(
    fc.constantFrom('null', '[]', '"text"', '42', 'true', '[{}]').map((rawBody) => ({ rawBody, mutation: { kind: `body ${rawBody}`, where: '(body)', refusedWith: [400] } })),
    fc.constantFrom('{', '{"a":}', "{'a':1}", '{"a":1}}', '{"a":1,}', 'NaN', '\u0000', '{"a":"\\x41"}', '{"a":"\\ud800"}', '\uFEFF{}', '{"__proto__":{"isAdmin":true}}', '{"constructor":{"prototype":{"isAdmin":true}}}').map((rawBody) => ({
      rawBody,
      mutation: { kind: `malformed body ${JSON.stringify(rawBody)}`, where: '(body)', ...refused(!['{"a":"\\ud800"}', '\uFEFF{}'].includes(rawBody) && [400]) },
    })),
    (fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>).map((random) => ({ body: random, mutation: { kind: 'random JSON', where: '(body)' } })),
  );
  return fc.oneof(...options);
}

type Changed = { request: BaseRequest; mutation: Mutation };

const shown = (value: string): string => JSON.stringify(value.length > 40 ? `${value.slice(0, 8)}…(${value.length} characters)` : value);

function pathMutations(base: BaseRequest, names: readonly string[]): fc.Arbitrary<Changed> {
  const encoded = fc.tuple(
    fc.constantFrom(...names),
    fc.oneof(fc.constantFrom(...BAD_PATH_SEGMENTS), fc.string({ unit: 'grapheme', maxLength: 30 }), fc.integer({ min: 200, max: 6_000 }).map((n) => 'a'.repeat(n))),
  );
  return fc.oneof(
    encoded.map(([name, segment]) => ({ request: { ...base, pathValues: { ...base.pathValues, [name]: segment } }, mutation: { kind: `path parameter ${shown(segment)}`, where: name } })),
    fc.tuple(fc.constantFrom(...names), fc.constantFrom(...RAW_PATH_SEGMENTS)).map(([name, segment]) => ({ request: { ...base, rawPath: { [name]: segment } }, mutation: { kind: `raw path text ${shown(segment)}`, where: name } })),
  );
}

function queryMutations(base: BaseRequest, params: Operation['queryParams'], schemas: SchemaSet): fc.Arbitrary<Changed> {
  const bad = (name: string, schema: JsonSchema) =>
    fc.oneof(
      fc.constantFrom(...HOSTILE_STRINGS, ...BAD_ENUM_VALUES, '-1', '1.5', '0x10', '1e400', '99999999999999999999'),
      looksLikeDate(schemas.resolve(schema)) || /^(from|to|at|asOf)$/.test(name) ? fc.constantFrom(...BAD_DATES) : fc.string({ maxLength: 20 }),
      fc.integer({ min: 1_000, max: 8_000 }).map((n) => 'q'.repeat(n)),
    );
  const unknown = fc.tuple(fc.constantFrom('unknown', 'constructor', '__proto__', '$where', 'team[$ne]'), fc.constantFrom(...HOSTILE_STRINGS)).map(([name, value]) => ({
    request: { ...base, query: [...base.query, [name, value] as [string, string]] },
    mutation: { kind: `unknown query parameter ${name}`, where: name },
  }));
  if (params.length === 0) return unknown;
  const param = fc.constantFrom(...params);
  return fc.oneof(
    { weight: 3, arbitrary: param.chain((q) => bad(q.name, q.schema).map((value) => ({ request: { ...base, query: [...base.query.filter(([n]) => n !== q.name), [q.name, value] as [string, string]] }, mutation: { kind: `query ${shown(value)}`, where: q.name } }))) },
    { weight: 1, arbitrary: param.chain((q) => fc.tuple(bad(q.name, q.schema), bad(q.name, q.schema)).map(([a, b]) => ({ request: { ...base, query: [...base.query, [q.name, a] as [string, string], [q.name, b] as [string, string]] }, mutation: { kind: 'query parameter twice', where: q.name } }))) },
    { weight: 1, arbitrary: unknown },
  );
}

function headerMutations(base: BaseRequest): fc.Arbitrary<Changed> {
  const printable = HOSTILE_STRINGS.filter((s) => /^[\u0020-\u007e]*$/.test(s));
  return fc
    .tuple(
      fc.constantFrom('Idempotency-Key', 'If-Match', 'X-Correlation-Id', 'X-Min-Position', 'Accept', 'Content-Length', 'Transfer-Encoding', 'X-Forwarded-For', 'Origin', 'Host'),
      fc.oneof(fc.constantFrom(...printable, '"1"', 'W/"1"', '*', '-1', '99999999999999999999', 'chunked', '0'), fc.integer({ min: 300, max: 8_000 }).map((n) => 'h'.repeat(n))),
    )
    .map(([name, value]) => ({ request: { ...base, headers: { ...base.headers, [name.toLowerCase()]: value } }, mutation: { kind: `header ${name}: ${shown(value)}`, where: name } }));
}

function contentTypeMutations(base: BaseRequest): fc.Arbitrary<Changed> {
  return fc.constantFrom(...BAD_CONTENT_TYPES).map(({ contentType, json }) => ({
    request: { ...base, contentType, rawBody: contentType?.includes('urlencoded') ? 'team=north&amount=1' : JSON.stringify(base.body ?? {}) },
    mutation: { kind: `content type ${JSON.stringify(contentType)}`, where: '(headers)', ...refused(!json && [415]) },
  }));
}

const authMutations = (base: BaseRequest): fc.Arbitrary<Changed> =>
  fc.constantFrom(...BAD_AUTH).map((auth) => ({ request: { ...base, auth }, mutation: { kind: `token ${auth}`, where: 'Authorization', ...refused(auth !== 'huge' && [401]) } }));

/**
 * The bad requests of one operation: a correct request (from the document's schemas, with `values`
 * for the path, fixed query parameters and headers it needs) with one thing made wrong. Bodies get most of the runs
 * of a command, the query most of those of a query.
 */
export function badRequests(
  operation: Operation,
  schemas: SchemaSet,
  values: { path: Record<string, string>; query?: Record<string, string>; headers?: Record<string, string> },
): fc.Arbitrary<FuzzRequest> {
  const baseBody: fc.Arbitrary<Json | undefined> = operation.requestSchema ? schemas.valid(operation.requestSchema) : fc.constant(operation.method === 'POST' ? {} : undefined);
  const baseQuery = fc
    .tuple(
      ...operation.queryParams.map((q) => {
        const fixed = values.query?.[q.name];
        if (fixed !== undefined) return fc.constant([[q.name, fixed]] as [string, string][]);
        const value = schemas.valid(q.schema).map((v): [string, string][] => [[q.name, String(v)]]);
        return q.required ? value : fc.oneof(fc.constant([] as [string, string][]), value);
      }),
    )
    .map((parts) => parts.flat());

  return fc.tuple(baseBody, baseQuery).chain(([body, query]) => {
    const base: BaseRequest = { pathValues: { ...values.path }, rawPath: {}, query, headers: { ...values.headers }, auth: operation.secured ? 'valid' : 'absent', body };
    const command = operation.method === 'POST';
    const mutations: fc.WeightedArbitrary<Changed>[] = [
      { weight: command ? 1 : 6, arbitrary: queryMutations(base, operation.queryParams, schemas) },
      { weight: 1, arbitrary: headerMutations(base) },
    ];
    if (command) {
      const bodies = bodyMutations(schemas, body ?? {}, operation.requestSchema ?? { type: 'object', properties: {} }).map(({ body: changed, rawBody, mutation }) => ({
        request: { ...base, body: changed, ...(rawBody !== undefined ? { rawBody } : {}) },
        mutation,
      }));
      mutations.push({ weight: 8, arbitrary: bodies }, { weight: 1, arbitrary: contentTypeMutations(base) });
    }
    if (operation.secured) mutations.push({ weight: 1, arbitrary: authMutations(base) });
    if (operation.pathParams.length > 0) mutations.push({ weight: 2, arbitrary: pathMutations(base, operation.pathParams) });
    return fc.oneof(...mutations).map(({ request, mutation }) => toFuzzRequest(operation, request, mutation));
  });
}

function toFuzzRequest(operation: Operation, request: BaseRequest, mutation: Mutation): FuzzRequest {
  const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => request.rawPath[name] ?? encodeURIComponent(request.pathValues[name] ?? `x${name}`));
  const search = new URLSearchParams(request.query).toString();
  const headers = { ...request.headers };
  let payload: string | undefined;
  if (operation.method === 'POST') {
    payload = request.rawBody ?? (request.body === undefined ? undefined : JSON.stringify(request.body));
    if (request.contentType === undefined) headers['content-type'] ??= 'application/json';
    else if (request.contentType !== null) headers['content-type'] = request.contentType;
  }
  return { method: operation.method, url: search ? `${path}?${search}` : path, headers, auth: request.auth, ...(payload !== undefined ? { payload } : {}), mutation };
}
