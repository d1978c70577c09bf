import { describe, it } from '@jest/globals';

/**
 * A skipped suite carries its reason in its title, `<title> [skipped: <reason>]`, where jest's report
 * keeps it for every test inside: `scripts/run-tests.mjs` lists each skipped suite with its reason
 * at the end of a run (jest drops the console output of a suite whose tests are all skipped).
 */
function titleWithSkipReason(title: string, reason: string): string {
  return `${title} [skipped: ${reason.replaceAll(/\s+/g, ' ').trim()}]`;
}

/** `describe` when `reason` is null; otherwise `describe.skip` with the reason in the title. */
export function describeUnless(reason: string | null): (title: string, body: () => void) => void {
  return reason === null ? (title, body) => describe(title, body) : (title, body) => describe.skip(titleWithSkipReason(title, reason), body);
}

/** A suite that cannot run here at all: one skipped test saying what it needs, the reason in its title. */
export function skippedSuite(title: string, reason: string, needs: string): void {
  describe.skip(titleWithSkipReason(title, reason), () => {
    it(needs, () => undefined);
  });
}
