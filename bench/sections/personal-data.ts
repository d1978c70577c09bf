import { auditedEventStore } from '#app/event-store';
import { PLANNING_UPCASTERS } from '#app/sales-planning';
import type { BenchConfig } from '../support/config.js';
import type { Results } from '../support/results.js';
import { PRODUCTION, bareStore, productionStore } from '../support/stores.js';
import { compareCommands } from './in-process-commands.js';

const SECTION = '10 personal data';

/**
 * The cost of encrypting personal data at append: the plan command workload of section 2 (every
 * event encrypts its actor's name under the employee's key, SubmitPlan also the salespeople's
 * names: a key-store lookup and AES-256-GCM per subject) on the production composition, beside the
 * same composition without the personal-data layer (hash chain and upcasting only, names in clear).
 */
export async function personalData(config: BenchConfig, results: Results): Promise<void> {
  for (const callers of config.callers) {
    await compareCommands(config, results, {
      id: `personal.commands.${callers}`,
      section: SECTION,
      callers,
      against: [{ of: 'encrypting', to: 'clear' }],
      stores: [
        { key: 'clear', name: 'hash chain + upcasting, personal data in clear (no personal-data layer)', open: (dir) => auditedEventStore(bareStore(dir), { upcasters: PLANNING_UPCASTERS }) },
        { key: 'encrypting', name: PRODUCTION, open: productionStore },
      ],
    });
  }
}
