// Child process of sigkill.e2e-spec.ts: appends with 64 concurrent callers to the embedded store
// (compiled, default durable options) until it is killed, and prints every acknowledged append as
// one JSON line {"stream", "revision", "position", "count"}.
import { SqliteEventStore } from '#app/event-store';

const [filename, runId] = process.argv.slice(2);
const store = new SqliteEventStore({ filename });
const CALLERS = 64;

async function caller(c) {
  for (let k = 0; ; k++) {
    const stream = `durability-${runId}-${c}-${k}`;
    for (let revision = -1, seq = 0; revision < 30; seq++) {
      const count = 1 + ((c + seq) % 3);
      const appendId = `${runId}-${c}-${k}-${seq}`;
      const events = Array.from({ length: count }, (_, i) => ({
        type: 'Recorded',
        data: { appendId, index: i, of: count, padding: 'x'.repeat(200 + 50 * i) },
        metadata: { runId },
      }));
      const result = await store.append(stream, events, { expectedRevision: revision === -1 ? 'no_stream' : revision });
      revision = result.nextExpectedRevision;
      process.stdout.write(`${JSON.stringify({ stream, revision, position: result.position, count })}\n`);
    }
  }
}

await Promise.all(Array.from({ length: CALLERS }, (_, c) => caller(c)));
