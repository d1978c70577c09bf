import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchConfig } from '../support/config.js';
import { tempDir } from '../support/paths.js';
import { summarize, type CpuProfile } from '../support/profile.js';
import type { Results } from '../support/results.js';
import { productionStore } from '../support/stores.js';
import type { RebuildReport, RebuildTask } from '../rebuild/rebuild-child.js';
import { seedPlanLog } from '../workloads/plan-log.js';

const SECTION = '4 projection rebuild';
const CHILD = fileURLToPath(new URL('../rebuild/rebuild-child.js', import.meta.url));

/**
 * Rebuild throughput from a plan log (written through the production store, so every event carries
 * its hash stamp) into the production read store, against reading and parsing the same log (4),
 * and the rebuild process's peak RSS meanwhile.
 */
export async function projectionRebuild(config: BenchConfig, results: Results): Promise<void> {
  const dir = tempDir('rebuild');
  try {
    const seeded = productionStore(dir.path);
    await seedPlanLog(seeded, config.rebuildEvents, 100);
    await seeded.close();
    const task: RebuildTask = {
      dataDir: dir.path,
      events: config.rebuildEvents,
      rounds: config.rounds,
      settings: config.settings,
      section: SECTION,
      ...(config.profile.has('rebuild') ? { profileDir: config.outDir } : {}),
    };
    const report = await new Promise<RebuildReport>((resolve, reject) => {
      const child = fork(CHILD, [], { execArgv: ['--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      let report: RebuildReport | undefined;
      child.once('message', (m) => (report = m as RebuildReport));
      child.once('exit', (code) => (report ? resolve(report) : reject(new Error(`the rebuild process exited with ${code} without a report`))));
      child.send(task);
    });
    for (const row of report.rows) results.rows.push(row);
    if (task.profileDir) config.profiles.rebuild = summarize(JSON.parse(readFileSync(join(task.profileDir, 'rebuild.cpuprofile'), 'utf8')) as CpuProfile);
    results.add({
      id: 'memory.rebuild-peak-rss',
      section: SECTION,
      case: 'peak RSS of the rebuild process, all rounds',
      variant: 'rebuild process',
      unit: 'MB',
      better: 'lower',
      samples: [report.peakRssMb],
      median: report.peakRssMb,
      min: report.peakRssMb,
      max: report.peakRssMb,
      note: `${report.baselineRssMb.toFixed(0)} MB before the first round`,
    });
  } finally {
    dir.remove();
  }
}
