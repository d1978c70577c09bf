import { describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore, type EventStore } from '#app/event-store';
import { IllegalStateError, ServiceUnavailableError } from '#app/eventsourcing';
import { SqliteReadStore, type ReadStore } from '#app/read-store';
import { ConfigError, loadConfig } from './config.js';
import { ListenError, StartupError, connectStores, entryPointFailure, listenFailure, redact, waitUntilReachable, type StartupCheck } from './startup.js';

function fakeTime() {
  let now = 0;
  const pauses: number[] = [];
  return {
    pauses,
    now: () => now,
    sleep: async (ms: number) => {
      pauses.push(ms);
      now += ms;
    },
    advance: (ms: number) => {
      now += ms;
    },
  };
}

const logger = () => ({ log: jest.fn<(m: string) => void>(), warn: jest.fn<(m: string) => void>(), error: jest.fn<(m: string) => void>() });
const unreachable = () => new ServiceUnavailableError('READ_STORE.UNAVAILABLE', 'The read store (MongoDB) is unavailable', { reason: 'connect ECONNREFUSED 10.0.0.7:27017' });

function check(answers: (Error | undefined)[], onPing?: () => void): StartupCheck & { pings: number } {
  const c = {
    name: 'MongoDB (mongodb://db:27017/)',
    hint: 'Check MONGODB_URI.',
    pings: 0,
    ping: async () => {
      onPing?.();
      const answer = answers[Math.min(c.pings++, answers.length - 1)];
      if (answer) throw answer;
    },
  };
  return c;
}

describe('waitUntilReachable', () => {
  it('returns after one attempt when the store answers, without pausing or warning', async () => {
    const time = fakeTime();
    const log = logger();
    expect(await waitUntilReachable(check([undefined]), { timeoutMs: 60_000, ...time }, log)).toBe(1);
    expect(time.pauses).toEqual([]);
    expect(log.warn).not.toHaveBeenCalled();
  });

  it('retries an unreachable store with doubling pauses, one log line per failed attempt, until it answers', async () => {
    const time = fakeTime();
    const log = logger();
    const c = check([unreachable(), unreachable(), unreachable(), undefined]);

    expect(await waitUntilReachable(c, { timeoutMs: 60_000, initialDelayMs: 250, ...time }, log)).toBe(4);

    expect(time.pauses).toEqual([250, 500, 1000]);
    expect(log.warn.mock.calls.map(([m]) => m)).toEqual([
      'MongoDB (mongodb://db:27017/) is not reachable (attempt 1: The read store (MongoDB) is unavailable (connect ECONNREFUSED 10.0.0.7:27017)); retrying in 0.3 s, giving up in 60 s',
      expect.stringContaining('(attempt 2:'),
      expect.stringContaining('(attempt 3:'),
    ]);
    expect(log.log).toHaveBeenCalledWith('MongoDB (mongodb://db:27017/) is reachable (after 4 attempts)');
  });

  it('caps the pause, cuts the last one to the time left, and then gives up with one clear StartupError', async () => {
    const time = fakeTime();
    const log = logger();
    const c = check([unreachable()]);

    const error = await waitUntilReachable(c, { timeoutMs: 5_000, initialDelayMs: 1_000, maxDelayMs: 1_500, ...time }, log).catch((e: unknown) => e);

    expect(time.pauses).toEqual([1_000, 1_500, 1_500, 1_000]);
    expect(c.pings).toBe(5);
    expect(error).toBeInstanceOf(StartupError);
    expect((error as StartupError).message).toBe(
      'MongoDB (mongodb://db:27017/) did not answer within 5.0 s (5 attempts); last error: The read store (MongoDB) is unavailable ' +
        '(connect ECONNREFUSED 10.0.0.7:27017). Check MONGODB_URI.',
    );
  });

  it('counts the time each attempt takes against the deadline', async () => {
    const time = fakeTime();
    const c = check([unreachable()], () => time.advance(4_000));
    await expect(waitUntilReachable(c, { timeoutMs: 10_000, initialDelayMs: 1_000, ...time }, logger())).rejects.toBeInstanceOf(StartupError);
    expect(time.pauses).toEqual([1_000, 1_000]);
    expect(c.pings).toBe(3);
  });

  it('gives up at once on a misconfiguration, which waiting cannot fix', async () => {
    const time = fakeTime();
    const standalone = new IllegalStateError('READ_STORE.NO_TRANSACTIONS', 'MongoDB answers as a standalone server');
    const error = await waitUntilReachable(check([standalone]), { timeoutMs: 60_000, ...time }, logger()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StartupError);
    expect((error as Error).message).toBe('MongoDB (mongodb://db:27017/) cannot be used: MongoDB answers as a standalone server. Check MONGODB_URI.');
    expect(time.pauses).toEqual([]);
  });

  it('gives up at once when EventStoreDB refuses the credentials, although the request would answer 503', async () => {
    const time = fakeTime();
    const denied = new ServiceUnavailableError('EVENT_STORE.ACCESS_DENIED', 'EventStoreDB refused the credentials of this service');
    const error = await waitUntilReachable(check([denied]), { timeoutMs: 60_000, ...time }, logger()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StartupError);
    expect(time.pauses).toEqual([]);
  });

  it('retries errors from outside the domain, such as a client library failing to connect', async () => {
    const time = fakeTime();
    expect(await waitUntilReachable(check([new Error('14 UNAVAILABLE: No connection established'), undefined]), { timeoutMs: 60_000, ...time }, logger())).toBe(2);
  });

  it('counts a ping that does not answer in time as a failed attempt', async () => {
    const time = fakeTime();
    const silent: StartupCheck = { name: 'EventStoreDB', hint: '', ping: () => new Promise<void>(() => undefined) };
    const error = await waitUntilReachable(silent, { timeoutMs: 0, attemptTimeoutMs: 5, ...time }, logger()).catch((e: unknown) => e);
    expect((error as Error).message).toContain('last error: no answer within');
  });
});

describe('connectStores', () => {
  const production = loadConfig({
    EVENT_STORE: 'eventstoredb',
    EVENTSTORE_CONNECTION_STRING: 'esdb://admin:changeit@eventstore:2113?tls=false',
    READ_STORE: 'mongodb',
    MONGODB_URI: 'mongodb://app:s3cret@mongodb:27017/?replicaSet=rs0',
    AUTH_JWT_SECRET: 'a-test-secret-of-at-least-32-characters',
    PII_MASTER_KEY: '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff',
    STARTUP_TIMEOUT_MS: '10000',
  });
  const stores = (headPosition: () => Promise<number>, ping: () => Promise<void>) => {
    const readStore = new SqliteReadStore({ filename: ':memory:' });
    readStore.ping = jest.fn(ping);
    return { eventStore: { headPosition: jest.fn(headPosition), storeId: async () => 'cluster-1' } as unknown as EventStore, readStore: readStore as ReadStore };
  };

  it('pings EventStoreDB then MongoDB until both answer, naming them without their passwords', async () => {
    const time = fakeTime();
    const log = logger();
    let failures = 2;
    const s = stores(
      async () => {
        if (failures-- > 0) throw new ServiceUnavailableError('EVENT_STORE.UNAVAILABLE', 'EventStoreDB is unavailable');
        return 7;
      },
      async () => undefined,
    );

    await connectStores(s, production, log, time);

    expect(s.eventStore.headPosition).toHaveBeenCalledTimes(3);
    expect(s.readStore.ping).toHaveBeenCalledTimes(1);
    expect(log.warn.mock.calls[0]![0]).toMatch(/^EventStoreDB \(esdb:\/\/admin:\*\*\*@eventstore:2113\?tls=false\) is not reachable \(attempt 1/);
    expect(JSON.stringify(log.warn.mock.calls)).not.toContain('changeit');
  });

  it('shares one STARTUP_TIMEOUT_MS between the stores', async () => {
    const time = fakeTime();
    const s = stores(
      async () => {
        time.advance(7_000);
        return 0;
      },
      async () => {
        throw new ServiceUnavailableError('READ_STORE.UNAVAILABLE', 'The read store (MongoDB) is unavailable');
      },
    );
    const error = await connectStores(s, production, logger(), time).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^MongoDB \(mongodb:\/\/app:\*\*\*@mongodb:27017\/\?replicaSet=rs0\) did not answer within 3\.0 s/);
    expect(time.pauses.reduce((a, b) => a + b, 0)).toBe(3_000);
  });

  it('checks nothing for the embedded stores', async () => {
    const s = stores(
      async () => 0,
      async () => undefined,
    );
    await connectStores(s, loadConfig({}), logger());
    expect(s.eventStore.headPosition).not.toHaveBeenCalled();
    expect(s.readStore.ping).not.toHaveBeenCalled();
  });

  it('records the event store the read store follows on first use, and follows it from then on', async () => {
    const s = stores(
      async () => 0,
      async () => undefined,
    );
    const log = logger();
    await connectStores(s, production, log, fakeTime());
    await connectStores(s, production, log, fakeTime());
    expect(log.log.mock.calls.map(([m]) => m)).toEqual([
      'The read store now follows EventStoreDB at esdb://admin:***@eventstore:2113?tls=false (store id cluster-1); it refuses any other event store from now on',
    ]);
  });

  it('refuses a read store whose checkpoints are positions in another event store: two SQLite event files, one read store', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'salesflow-foreign-'));
    const config = loadConfig({ DATA_DIR: dir });
    const readStore = new SqliteReadStore({ filename: join(dir, 'read.sqlite') });
    const first = new SqliteEventStore({ filename: join(dir, 'events.sqlite') });
    const other = new SqliteEventStore({ filename: join(dir, 'elsewhere', 'events.sqlite') });
    try {
      await connectStores({ eventStore: first, readStore }, config, logger());
      await readStore.transaction((tx) => tx.setCheckpoint('tracking-sheet:tracking_sheets_v1', 42));

      const error = await connectStores({ eventStore: other, readStore }, config, logger()).catch((e: unknown) => e);

      expect(error).toBeInstanceOf(IllegalStateError);
      expect((error as IllegalStateError).code).toBe('READ_STORE.FOREIGN_CHECKPOINTS');
      const failure = entryPointFailure(error);
      expect(failure).toEqual({
        message:
          `configuration error: the read store's checkpoints are positions in the SQLite event store ${join(dir, 'events.sqlite')} (store id ${await first.storeId()}), ` +
          `but the configured event store is the SQLite event store ${join(dir, 'events.sqlite')} (store id ${await other.storeId()}); ` +
          `delete ${join(dir, 'read.sqlite')} (with its -wal and -shm files) to have every read model rebuilt from the configured event store at the next start, ` +
          'or set EVENT_STORE and its settings back to the event store it follows',
        exitCode: 2,
      });
      await connectStores({ eventStore: first, readStore }, config, logger());
    } finally {
      await Promise.all([readStore.close(), first.close(), other.close()]);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('redacts the password of a connection string', () => {
    expect(redact('mongodb+srv://user:p%40ss@cluster0.example.net/db')).toBe('mongodb+srv://user:***@cluster0.example.net/db');
    expect(redact('mongodb://db:27017/')).toBe('mongodb://db:27017/');
  });
});

describe('entryPointFailure: how the API, the projector and the CLI end before they could serve', () => {
  const portTaken = Object.assign(new Error('listen EADDRINUSE: address already in use 127.0.0.1:3000'), { code: 'EADDRINUSE' });

  it('gives each known failure one sentence and its exit code: configuration 2, a store at start-up 3, a port 4', () => {
    expect(entryPointFailure(new ConfigError('PORT must be an integer (got "x")'))).toEqual({ message: 'configuration error: PORT must be an integer (got "x")', exitCode: 2 });
    expect(entryPointFailure(new StartupError('MongoDB cannot be used'))).toEqual({ message: 'start-up failed: MongoDB cannot be used', exitCode: 3 });
    expect(entryPointFailure(listenFailure(portTaken, 'API', '127.0.0.1', 3000))).toEqual({
      message: 'API port 3000 on 127.0.0.1 is already in use; stop the other process or set PORT',
      exitCode: 4,
    });
    expect(entryPointFailure(listenFailure(Object.assign(new Error('listen EACCES'), { code: 'EACCES' }), 'metrics', '0.0.0.0', 80))).toEqual({
      message: 'metrics port 80 on 0.0.0.0 may not be used by this user; choose a port above 1023',
      exitCode: 4,
    });
  });

  it('leaves anything else to end with its stack: a listen error that is not about the address, or a bug', () => {
    const other = Object.assign(new Error('listen EMFILE'), { code: 'EMFILE' });
    expect(listenFailure(other, 'API', '127.0.0.1', 3000)).toBe(other);
    expect(listenFailure(portTaken, 'API', '127.0.0.1', 3000)).toBeInstanceOf(ListenError);
    expect(entryPointFailure(other)).toBeNull();
    expect(entryPointFailure(new TypeError('undefined is not a function'))).toBeNull();
  });
});
