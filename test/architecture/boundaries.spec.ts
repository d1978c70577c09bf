import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const ROOT = join(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)))
    .sort();
}

const isTest = (file: string) => /\.(e2e-)?spec\.ts$/.test(file) || file.includes('/testing/');
const parse = (file: string) => ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);

/** Every module a file imports or re-exports from, with the names it takes (`*` for a namespace or a whole-module re-export). */
function importsOf(file: string): { from: string; names: string[] }[] {
  const found: { from: string; names: string[] }[] = [];
  for (const node of parse(file).statements) {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      const names = bindings && ts.isNamedImports(bindings) ? bindings.elements.map((e) => (e.propertyName ?? e.name).text) : bindings ? ['*'] : [];
      found.push({ from: node.moduleSpecifier.text, names: clause?.name ? [...names, 'default'] : names });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.exportClause;
      found.push({ from: node.moduleSpecifier.text, names: clause && ts.isNamedExports(clause) ? clause.elements.map((e) => (e.propertyName ?? e.name).text) : ['*'] });
    }
  }
  return found;
}

/** `export * from` and `export * as name from`: they make every name of a module public without saying which. */
const exportsEverything = (file: string) => parse(file).statements.some((node) => ts.isExportDeclaration(node) && node.moduleSpecifier !== undefined && (!node.exportClause || ts.isNamespaceExport(node.exportClause)));

/** The names a file exports. */
function exportsOf(file: string): string[] {
  const names: string[] = [];
  for (const node of parse(file).statements) {
    if (ts.isExportDeclaration(node) && node.exportClause && ts.isNamedExports(node.exportClause)) names.push(...node.exportClause.elements.map((e) => e.name.text));
  }
  return names;
}

const LIBS = ['eventsourcing', 'event-store', 'read-store', 'shared-kernel', 'sales-planning', 'customer-development', 'audit', 'platform'] as const;

/** Which libraries each library's code (tests aside) may import: the layers, bottom up. */
const MAY_IMPORT: Record<(typeof LIBS)[number], readonly string[]> = {
  eventsourcing: [],
  'event-store': ['eventsourcing'],
  'read-store': ['eventsourcing', 'event-store'],
  'shared-kernel': ['eventsourcing', 'read-store'],
  'sales-planning': ['eventsourcing', 'event-store', 'read-store', 'shared-kernel'],
  'customer-development': ['eventsourcing', 'event-store', 'read-store', 'shared-kernel', 'sales-planning'],
  audit: ['eventsourcing', 'event-store', 'read-store', 'shared-kernel', 'sales-planning', 'customer-development'],
  platform: ['eventsourcing', 'event-store', 'read-store', 'shared-kernel', 'sales-planning', 'customer-development', 'audit'],
};

describe('public entry points', () => {
  it('list their names explicitly: no `export *` in any library or app', () => {
    const offenders = [...sources('libs'), ...sources('apps')].filter(exportsEverything);
    expect(offenders).toEqual([]);
  });

  it('every library has an index.ts that re-exports its names by name', () => {
    for (const lib of LIBS) expect(exportsOf(`libs/${lib}/src/index.ts`).length).toBeGreaterThan(0);
  });
});

describe('bounded contexts meet through a published contract only', () => {
  const contract = new Set(exportsOf('libs/sales-planning/src/contract.ts'));

  it('customer-development takes from sales-planning only the names of its published contract (contract.ts)', () => {
    const outside = sources('libs/customer-development').flatMap((file) =>
      importsOf(file)
        .filter((i) => i.from === '#app/sales-planning')
        .flatMap((i) => i.names.filter((name) => !contract.has(name)).map((name) => `${file}: ${name}`)),
    );
    expect(outside).toEqual([]);
    expect(contract.has('planIdFor')).toBe(true);
  });

  it('customer-development reaches into no sales-planning file, and uses its test fixtures in tests only', () => {
    const offenders = sources('libs/customer-development').flatMap((file) =>
      importsOf(file)
        .filter((i) => (i.from.includes('sales-planning') && !i.from.startsWith('#')) || (i.from === '#testing/sales-planning' && !isTest(file)))
        .map((i) => `${file}: ${i.from}`),
    );
    expect(offenders).toEqual([]);
  });

  it.each(LIBS.map((lib) => [lib, MAY_IMPORT[lib]] as const))('%s imports only the libraries below it', (lib, allowed) => {
    const offenders = sources(`libs/${lib}`)
      .filter((file) => !isTest(file))
      .flatMap((file) => importsOf(file).flatMap((i) => (i.from.startsWith('#app/') && !allowed.includes(i.from.slice(5)) ? [`${file}: ${i.from}`] : [])));
    expect(offenders).toEqual([]);
  });
});
