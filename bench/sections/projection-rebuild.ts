import { fork } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SqliteEventStore } from '#app/event-store';
import type { BenchConfig } from '../support/config.js';
import { tempDir } from '../support/paths.js';
import type { Results } from '../support/results.js';
import type { RebuildReport } from '../rebuild/rebuild-child.js';
import { seedPlanLog } from '../workloads/plan-log.js';

const SECTION = '4 projection rebuild';
const PEAK = '6 memory';
const CHILD = fileURLToPath(new URL('../rebuild/rebuild-child.js', import.meta.url));

/** Rebuild throughput from a plan log into the SQLite read store (4) and the process's peak RSS meanwhile (6). */
export async function projectionRebuild(config: BenchConfig, results: Results): Promise<void> {
  const dir = tempDir('rebuild');
  try {
    const seeded = new SqliteEventStore({ filename: join(dir.path, 'events.sqlite') });
    await seedPlanLog(seeded, config.rebuildEvents, 100);
    await seeded.close();
    const report = await new Promise<RebuildReport>((resolve, reject) => {
      const profile = config.profile.has('rebuild') ? [config.outDir] : [];
      const child = fork(CHILD, [dir.path, String(config.rebuildEvents), ...profile], { execArgv: ['--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      let report: RebuildReport | undefined;
      child.once('message', (m) => (report = m as RebuildReport));
      child.once('exit', (code) => (report ? resolve(report) : reject(new Error(`the rebuild process exited with ${code} without a report`))));
    });
    const log = `${config.rebuildEvents.toLocaleString('en-US')}-event log`;
    if (!report.available) {
      results.unavailable(SECTION, `rebuild ${log} → SQLite read store`, report.reason ?? 'unknown');
      results.unavailable(PEAK, 'peak RSS during the rebuilds', 'the rebuild did not run');
      return;
    }
    for (const r of report.rebuilds!) {
      results.add({ section: SECTION, case: `rebuild ${r.projection} from a ${log}`, value: r.eventsPerSecond, unit: 'events/s', note: `${r.seconds.toFixed(2)} s, ProjectionRunner.rebuild, default batch size` });
    }
    results.add({ section: PEAK, case: 'peak RSS during the rebuilds', value: report.peakRssMb!, unit: 'MB', note: `${report.baselineRssMb!.toFixed(0)} MB before they started` });
  } finally {
    dir.remove();
  }
}
