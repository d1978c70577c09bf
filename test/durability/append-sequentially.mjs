// Child process of durability.e2e-spec.ts, run under strace: opens the event store exactly as
// production composes it (createEventStore on DATA_DIR, compiled), makes `count` sequential appends,
// each awaited (so each is its own commit group), and prints {"acknowledged": n}. It fsyncs a
// marker file before and after the appends, so the trace shows where they begin and end.
import { closeSync, fsyncSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { createEventStore, loadConfig } from '#app/platform';

const [dataDir, count] = process.argv.slice(2);
const store = createEventStore(loadConfig({ DATA_DIR: dataDir }));
const marker = (name) => {
  const fd = openSync(join(dataDir, name), 'w');
  fsyncSync(fd);
  closeSync(fd);
};

await store.append('durability-warmup', [{ type: 'Recorded', data: {} }], { expectedRevision: 'no_stream' });
marker('appends-begin.marker');
let acknowledged = 0;
for (let i = 0; i < Number(count); i++) {
  await store.append('durability-fsync', [{ type: 'Recorded', data: { i } }], { expectedRevision: i === 0 ? 'no_stream' : i - 1 });
  acknowledged++;
}
marker('appends-end.marker');
await store.close();
process.stdout.write(JSON.stringify({ acknowledged }));
