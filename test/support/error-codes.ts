import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The README's error section, between its markers. */
export const errorCodesSection = (): string => readFileSync(join(ROOT, 'README.md'), 'utf8').split('<!-- error-codes -->')[1]!.split('<!-- /error-codes -->')[0]!;

/** Every code the README lists: what a client may be sent. */
export const codesInReadme = (): Set<string> => new Set([...errorCodesSection().matchAll(/`([A-Z][A-Z_]+\.[A-Z][A-Z_]+)`/g)].map((m) => m[1]!));
