import { describe, expect, it } from '@jest/globals';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { RequestMethod } from '@nestjs/common';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum.js';
import { Type } from 'class-transformer';
import { IsString, ValidateNested, getMetadataStorage } from 'class-validator';
import { ApiProperty } from '@nestjs/swagger';
import { OneOf, SHAPE_MARK, type ShapeMark } from '../../apps/api/src/http/request-decorators.js';
import { MAX_BODY_DEPTH, MAX_LIST_LENGTH, NO_FIELDS, structuralProblems } from '../../apps/api/src/http/validation.js';

const API = fileURLToPath(new URL('../../apps/api/src', import.meta.url));
const SCALARS: readonly unknown[] = [String, Number, Boolean];

const files = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));

const validationsOf = (type: Function) => getMetadataStorage().getTargetValidationMetadatas(type, '', true, false);

/** Every property of a request class (its own and inherited) that class-validator checks. */
const propertiesOf = (type: Function): string[] => [...new Set(validationsOf(type).map((m) => m.propertyName))];

/** Validators that refuse anything but a string, number or boolean. */
const SCALAR_CHECKS = new Set(['isIn', 'matches', 'isString', 'isInt', 'isBoolean', 'isCalendarDate', 'isISO8601']);

/** A property typed by a type alias or a type-only import has the design type Object; it is a scalar when a scalar check guards it. */
const guardedAsScalar = (type: Function, property: string): boolean =>
  validationsOf(type).some((m) => m.propertyName === property && !m.each && SCALAR_CHECKS.has(m.name ?? ''));

/**
 * The problems of a request class and the classes nested in it: a property typed as a list or an
 * object must be declared with the shared NestedObject / NestedArray / ValueList decorators, which
 * check that it is an object or a list at all and validate inside it.
 */
export function shapeProblems(type: Function, seen = new Set<Function>()): string[] {
  if (seen.has(type)) return [];
  seen.add(type);
  return propertiesOf(type).flatMap((property) => {
    const designType = Reflect.getMetadata('design:type', type.prototype, property) as unknown;
    const mark = Reflect.getMetadata(SHAPE_MARK, type.prototype, property) as ShapeMark | undefined;
    const where = `${type.name}.${property}`;
    if (SCALARS.includes(designType) || (designType === Object && !mark && guardedAsScalar(type, property))) return mark ? [`${where} is a scalar but declared as ${mark.kind}`] : [];
    if (!mark) return [`${where} holds ${designType === Array ? 'a list' : 'an object'} without NestedObject, NestedArray or ValueList`];
    if (designType === Array && mark.kind === 'object') return [`${where} is a list but declared as one object`];
    if (designType !== Array && mark.kind !== 'object') return [`${where} is an object but declared as a list`];
    return mark.kind === 'values' ? [] : shapeProblems(mark.type(), seen);
  });
}

/** The classes a request class nests (through the shared decorators), itself included. */
function nestedClasses(type: Function, seen = new Set<Function>()): Function[] {
  if (seen.has(type)) return [];
  seen.add(type);
  return [
    type,
    ...propertiesOf(type).flatMap((property) => {
      const mark = Reflect.getMetadata(SHAPE_MARK, type.prototype, property) as ShapeMark | undefined;
      return mark && mark.kind !== 'values' ? nestedClasses(mark.type(), seen) : [];
    }),
  ];
}

/** A property the document gives an `enum` must be checked against it (OneOf), or a value outside it reaches the domain. */
export function enumProblems(type: Function): string[] {
  return nestedClasses(type).flatMap((cls) =>
    propertiesOf(cls).flatMap((property) => {
      const documented = Reflect.getMetadata('swagger/apiModelProperties', cls.prototype, property) as { enum?: unknown; items?: { enum?: unknown } } | undefined;
      if ((documented?.enum ?? documented?.items?.enum) === undefined) return [];
      const checked = validationsOf(cls).some((m) => m.propertyName === property && m.name === 'isIn');
      return checked ? [] : [`${cls.name}.${property} documents an enum but does not check it`];
    }),
  );
}

interface Route {
  name: string;
  method: RequestMethod;
  body?: Function;
  query?: Function;
  noFields: boolean;
}

let found: Route[] | undefined;

async function routes(): Promise<Route[]> {
  if (found) return found;
  const modules: unknown[] = [];
  // One at a time: jest's ESM loader fails on modules imported concurrently that share dependencies.
  for (const file of files(API).filter((f) => f.endsWith('.controller.ts'))) modules.push(await import(file));
  const controllers = modules
    .flatMap((module) => Object.values(module as Record<string, unknown>))
    .filter((value): value is Function => typeof value === 'function' && Reflect.hasMetadata(PATH_METADATA, value));
  found = controllers.flatMap((controller) =>
    Object.getOwnPropertyNames(controller.prototype)
      .filter((name) => {
        const method = Object.getOwnPropertyDescriptor(controller.prototype, name)?.value as unknown;
        return name !== 'constructor' && typeof method === 'function' && Reflect.hasMetadata(METHOD_METADATA, method);
      })
      .map((name): Route => {
        const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name) ?? {}) as Record<string, { index: number; data?: unknown }>;
        const types = (Reflect.getMetadata('design:paramtypes', controller.prototype, name) ?? []) as Function[];
        const param = (kind: RouteParamtypes) => Object.entries(args).find(([key, arg]) => key === `${kind}:${arg.index}` && arg.data === undefined);
        const body = param(RouteParamtypes.BODY);
        const query = param(RouteParamtypes.QUERY);
        return {
          name: `${controller.name}.${name}`,
          method: Reflect.getMetadata(METHOD_METADATA, controller.prototype[name]) as RequestMethod,
          ...(body ? { body: types[body[1].index]! } : {}),
          ...(query ? { query: types[query[1].index]! } : {}),
          noFields: Reflect.getMetadata(NO_FIELDS, controller.prototype, name) === true,
        };
      }),
  );
  return found;
}

describe('request DTOs', () => {
  it('declare every nested object and list with the shared decorators, in every class a route reads (bodies and queries, recursively)', async () => {
    const all = await routes();
    expect(all.length).toBeGreaterThan(60);
    const problems = all.flatMap((route) => [route.body, route.query].flatMap((type) => (type && type !== Object ? shapeProblems(type) : [])));
    expect([...new Set(problems)]).toEqual([]);
  });

  it('check every property the document gives an enum against it, in every class a route reads', async () => {
    const problems = (await routes()).flatMap((route) => [route.body, route.query].flatMap((type) => (type && type !== Object ? enumProblems(type) : [])));
    expect([...new Set(problems)]).toEqual([]);
  });

  it('the enum check finds an enum documented but only typed as a string', () => {
    class Loose {
      @ApiProperty({ enum: ['approve', 'reject'] }) @IsString() decision!: string;
      @ApiProperty({ enum: ['approve', 'reject'] }) @OneOf(['approve', 'reject']) checked!: string;
      @ApiProperty({ type: [String], enum: ['a', 'b'] }) @IsString({ each: true }) list!: string[];
    }
    expect(enumProblems(Loose)).toEqual(['Loose.decision documents an enum but does not check it', 'Loose.list documents an enum but does not check it']);
  });

  it('take no list longer than the pipe lets through (MAX_LIST_LENGTH), and the pipe refuses a longer one before transforming it', async () => {
    const classes = (await routes()).flatMap((route) => [route.body, route.query].flatMap((type) => (type && type !== Object ? nestedClasses(type) : [])));
    const longest = Math.max(...classes.flatMap((cls) => validationsOf(cls).filter((m) => m.name === 'arrayMaxSize').map((m) => m.constraints[0] as number)));
    expect(longest).toBe(MAX_LIST_LENGTH);
    expect(structuralProblems({ targets: Array.from({ length: MAX_LIST_LENGTH + 1 }, () => ({})) })).toEqual([{ field: 'targets', messages: [`a list of more than ${MAX_LIST_LENGTH} items`] }]);
  });

  it('the pipe refuses bodies deeper than any request class, iteratively, names that class-transformer would drop unseen, and nulls', () => {
    const deep = JSON.parse(`{"team":${'['.repeat(200_000)}${']'.repeat(200_000)}}`);
    expect(structuralProblems(deep)).toEqual([{ field: `team${'[0]'.repeat(MAX_BODY_DEPTH - 1)}`, messages: [`nested deeper than ${MAX_BODY_DEPTH} levels`] }]);
    expect(structuralProblems({ contact: { constructor: 'x' }, toString: 1, prototype: {} }).map((p) => p.field).sort()).toEqual(['contact.constructor', 'prototype', 'toString']);
    expect(structuralProblems({ comment: null, contact: { email: null } }).map((p) => p.field).sort()).toEqual(['comment', 'contact.email']);
    expect(structuralProblems({ targets: [{ metric: 'revenue' }], subPlans: { a: 'b' } })).toEqual([]);
  });

  it('give every POST route a body class, or declare that it takes no fields', async () => {
    const loose = (await routes()).filter((r) => r.method === RequestMethod.POST && !r.noFields && (r.body === undefined || r.body === Object)).map((r) => r.name);
    expect(loose).toEqual([]);
  });

  it('the check finds a nested object or list declared the old way', () => {
    class Inner {
      @IsString() name!: string;
    }
    class Careless {
      @ValidateNested() @Type(() => Inner) inner!: Inner;
      @ValidateNested({ each: true }) @Type(() => Inner) items!: Inner[];
    }
    expect(shapeProblems(Careless)).toEqual([
      'Careless.inner holds an object without NestedObject, NestedArray or ValueList',
      'Careless.items holds a list without NestedObject, NestedArray or ValueList',
    ]);
  });
});
