import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from './sqlite-event-store.js';

describe('SqliteEventStore reading a stream after its known head', () => {
  const dir = mkdtempSync(join(tmpdir(), 'salesflow-heads-'));
  const filename = join(dir, 'events.sqlite');
  const a = new SqliteEventStore({ filename });
  const b = new SqliteEventStore({ filename });
  afterAll(async () => {
    await a.close();
    await b.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sees what another connection appended after this one wrote or read the stream to its end', async () => {
    await a.append('plan-1', [{ type: 'A', data: {} }]);
    expect(await a.readStream('plan-1', { fromRevision: 1 })).toEqual([]);
    await b.append('plan-1', [{ type: 'B', data: {} }], { expectedRevision: 0 });
    expect((await a.readStream('plan-1', { fromRevision: 1, maxCount: 10 })).map((e) => e.type)).toEqual(['B']);
    expect(await a.readStream('plan-1', { fromRevision: 2, maxCount: 10 })).toEqual([]);
    await b.append('plan-1', [{ type: 'C', data: {} }], { expectedRevision: 1 });
    expect((await a.readStream('plan-1', { fromRevision: 2 })).map((e) => e.type)).toEqual(['C']);
  });

  it('sees a stream another connection created after this one found it missing', async () => {
    expect(await a.readStream('plan-2', { fromRevision: 0, maxCount: 5 })).toEqual([]);
    await b.append('plan-2', [{ type: 'A', data: {} }], { expectedRevision: 'no_stream' });
    expect((await a.readStream('plan-2', { fromRevision: 0, maxCount: 5 })).map((e) => e.type)).toEqual(['A']);
  });
});
