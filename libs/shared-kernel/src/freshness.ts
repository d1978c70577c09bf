import type { ProjectionRunner } from '#app/read-store';

/** How fresh a read model answer is (read-your-writes). */
export interface Freshness {
  projection: string;
  position: number;
  behind: boolean;
}

export interface Fresh<T> {
  data: T;
  freshness: Freshness;
}

export interface ReadOptions {
  minPosition?: number;
  timeoutMs: number;
}

/** Read-your-writes: waits (bounded) until the projection applied `minPosition`; `behind` when it did not in time. */
export async function freshnessOf(runner: ProjectionRunner, projection: string, options: ReadOptions): Promise<Freshness> {
  const { minPosition, timeoutMs } = options;
  const status = await runner.waitForPosition(projection, minPosition ?? 0, minPosition === undefined ? 0 : timeoutMs);
  return { projection, position: status.checkpoint, behind: !status.reached };
}

/** Read-your-writes: waits (bounded) until the projection applied `minPosition`, then reads its active collection. */
export async function fresh<T>(runner: ProjectionRunner, projection: string, options: ReadOptions, read: (collection: string) => Promise<T>): Promise<Fresh<T>> {
  const freshness = await freshnessOf(runner, projection, options);
  const data = await read(await runner.activeCollection(projection));
  return { data, freshness };
}
