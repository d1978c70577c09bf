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

/** What a run file keeps of a CPU profile: the frames with the most self time, and self time summed by origin. */
export interface ProfileSummary {
  topFrames: string[];
  byOrigin: string[];
}

export function summarize(profile: CpuProfile): ProfileSummary {
  return { topFrames: topFrames(profile, 15), byOrigin: selfTimeBy(profile, origin, 12) };
}

/**
 * Runs `work` under the V8 CPU profiler, keeps the .cpuprofile, logs the top frames by self time
 * and, given `profiles`, records its summary there under `name`.
 */
export async function profiled<T>(name: string, outDir: string, log: (line: string) => void, work: () => Promise<T>, profiles?: Record<string, ProfileSummary>): Promise<T> {
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
    if (profiles) profiles[name] = summarize(profile);
  }
}

/**
 * The frames with the most self time, as "share  function  file:line". Samples taken inside the
 * inspector's own calls (starting and stopping the profiler) are left out.
 */
export function topFrames(profile: CpuProfile, count: number): string[] {
  return selfTimeBy(profile, (frame) => `${frame.functionName || '(anonymous)'}${frame.url ? ` ${shorten(frame.url)}:${frame.lineNumber + 1}` : ''}`, count);
}

/** Where a frame's code comes from: a library or app of this project, an npm package, Node itself, or V8 (GC, idle, …). */
function origin(frame: ProfileNode['callFrame']): string {
  const url = frame.url.replace(/^file:\/\//, '');
  if (url === '') return `(${frame.functionName || 'native'})`;
  if (url.startsWith('node:')) return 'node internals';
  const inPackage = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (inPackage) return inPackage[1]!;
  const ours = /\/dist\/((?:libs|apps|bench)\/[^/]+)\//.exec(url);
  return ours ? ours[1]! : url;
}

/** Self time summed per key of each sample's frame, as "share  key", largest first. */
function selfTimeBy(profile: CpuProfile, keyOf: (frame: ProfileNode['callFrame']) => string, count: number): string[] {
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
    const key = keyOf(byId.get(id)!.callFrame);
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
