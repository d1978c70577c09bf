import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPrivately, entryPoint } from '../support/private-build.js';

let build: string;
let dataDir: string;

beforeAll(() => {
  build = buildPrivately();
  dataDir = mkdtempSync(join(tmpdir(), 'salesflow-config-'));
}, 120_000);
afterAll(() => {
  rmSync(build, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

const SECRET = 'a-test-secret-of-at-least-32-characters';

const BAD_SETTINGS = [
  ['an esdb:// string the client cannot parse (?tls=maybe)', { EVENT_STORE: 'eventstoredb', EVENTSTORE_CONNECTION_STRING: 'esdb://localhost:2113?tls=maybe' }, /^configuration error: EVENTSTORE_CONNECTION_STRING is not usable: .*maybe/],
  ['an esdb:// port that is not a number', { EVENT_STORE: 'eventstoredb', EVENTSTORE_CONNECTION_STRING: 'esdb://localhost:abc?tls=false' }, /^configuration error: EVENTSTORE_CONNECTION_STRING is not usable: .*port number/],
  ['an esdb:// port beyond 65535', { EVENT_STORE: 'eventstoredb', EVENTSTORE_CONNECTION_STRING: 'esdb://localhost:99999?tls=false' }, /^configuration error: EVENTSTORE_CONNECTION_STRING is not usable: port 99999 of localhost/],
  ['a MongoDB URI the driver cannot parse', { READ_STORE: 'mongodb', MONGODB_URI: 'mongodb://a:b:c' }, /^configuration error: MONGODB_URI is not usable: Unable to parse a:b:c/],
] as const;

const ENTRY_POINTS = [
  ['the API', 'api', [], 'salesflow'],
  ['the projector', 'projector', [], 'salesflow projector'],
  ['the CLI', 'cli', ['projections'], 'salesflow'],
] as const;

describe.each(ENTRY_POINTS)('%s, started with a bad connection setting', (_name, app, args, program) => {
  it.each(BAD_SETTINGS)('stops on %s with one sentence on stderr and exit code 2', (_case, env, sentence) => {
    const run = spawnSync(process.execPath, [entryPoint(build, app), ...args], {
      cwd: build,
      encoding: 'utf8',
      timeout: 60_000,
      env: { PATH: process.env.PATH, DATA_DIR: dataDir, AUTH_JWT_SECRET: SECRET, ...env },
    });
    const lines = run.stderr.split('\n').filter((line) => line.trim() !== '');
    expect({ status: run.status, lines }).toEqual({ status: 2, lines: [expect.stringMatching(new RegExp(`^${program}: ${sentence.source.slice(1)}`))] });
    expect(run.stdout).not.toMatch(/\n\s+at /);
  });
});

describe('the API on the development secret', () => {
  it.each([['0.0.0.0'], ['192.168.1.10']])('stops when HOST=%s (not loopback) and AUTH_JWT_SECRET is not set, with one sentence and exit code 2', (host) => {
    const run = spawnSync(process.execPath, [entryPoint(build, 'api')], {
      cwd: build,
      encoding: 'utf8',
      timeout: 60_000,
      env: { PATH: process.env.PATH, DATA_DIR: dataDir, HOST: host, PORT: '0' },
    });
    const lines = run.stderr.split('\n').filter((line) => line.trim() !== '');
    expect({ status: run.status, lines }).toEqual({
      status: 2,
      lines: [`salesflow: configuration error: HOST=${host} is not a loopback address, so AUTH_JWT_SECRET must be set: the development secret and sign-in answer only this machine`],
    });
  });
});
