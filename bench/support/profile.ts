import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Runs `work` under the V8 CPU profiler, keeps the .cpuprofile and logs the top frames by self time. */
export async function profiled<T>(name: string, outDir: string, log: (line: string) => void, work: () => Promise<T>): Promise<T> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: CpuProfile };
    session.disconnect();
    const file = join(outDir, `${name}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    log(`  CPU profile of ${name} (${file}), top frames by self time:`);
    for (const line of topFrames(profile, 15)) log(`    ${line}`);
  }
}

/**
 * The frames with the most self time, as "share  function  file:line". Samples taken inside the
 * inspector's own calls (starting and stopping the profiler) are left out.
 */
export function topFrames(profile: CpuProfile, count: number): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const inInspector = (id: number): boolean => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      if (byId.get(at)!.callFrame.url === 'node:inspector') return true;
    }
    return false;
  };
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    if (inInspector(id)) return;
    const delta = profile.timeDeltas[i] ?? 0;
    total += delta;
    const frame = byId.get(id)!.callFrame;
    const where = frame.url ? ` ${shorten(frame.url)}:${frame.lineNumber + 1}` : '';
    const key = `${frame.functionName || '(anonymous)'}${where}`;
    self.set(key, (self.get(key) ?? 0) + delta);
  });
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, time]) => `${((100 * time) / Math.max(total, 1)).toFixed(1).padStart(5)}%  ${key}`);
}

function shorten(url: string): string {
  return url.replace(/^file:\/\//, '').replace(/^.*\/node_modules\//, '').replace(/^.*\/dist\//, '');
}
