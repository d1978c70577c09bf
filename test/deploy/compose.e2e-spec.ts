import { expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describeUnless } from '#testing/eventsourcing';

/** The Compose CLI this machine has: the docker plugin, else the standalone docker-compose (Debian's package, which .ci/run installs). */
function composeCommand(): string[] | null {
  for (const command of [['docker', 'compose'], ['docker-compose']]) {
    if (spawnSync(command[0]!, [...command.slice(1), 'version'], { encoding: 'utf8' }).status === 0) return command;
  }
  return null;
}

const compose = composeCommand();
const SECRETS = { AUTH_JWT_SECRET: 'a-test-secret-of-at-least-32-characters', MONGODB_PASSWORD: 'test-password' };

function config(env: Record<string, string>, ...args: string[]) {
  return spawnSync(compose![0]!, [...compose!.slice(1), '-f', 'docker-compose.yml', 'config', ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, ...env },
  });
}

/** The lines of one service in the normalised configuration `config` prints. */
function serviceBlock(normalised: string, service: string): string {
  const lines = normalised.split('\n');
  const start = lines.findIndex((line) => line === `  ${service}:`);
  const end = lines.findIndex((line, i) => i > start && /^ {0,2}\S/.test(line));
  return lines.slice(start, end === -1 ? undefined : end).join('\n');
}

describeUnless(compose ? null : 'neither `docker compose` nor `docker-compose` is installed (.ci/run installs Debian’s docker-compose)')('docker-compose.yml', () => {
  it('validates, with the stores, N API replicas behind nginx, and a projector', () => {
    const services = config(SECRETS, '--services');
    expect(services.stderr).toBe('');
    expect(services.stdout.trim().split('\n').sort()).toEqual(['api', 'eventstore', 'mongodb', 'projector', 'proxy']);
    expect(config(SECRETS, '--quiet').status).toBe(0);
  });

  it.each(Object.keys(SECRETS))('refuses to start without %s: there is no default secret', (missing) => {
    const env: Record<string, string> = { ...SECRETS };
    delete env[missing];
    const run = config(env, '--quiet');
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain(`set ${missing}`);
  });

  it('publishes no host port on the API, so `--scale api=2` can run, and only the proxy faces the outside', () => {
    const normalised = config(SECRETS).stdout;
    expect(serviceBlock(normalised, 'api')).not.toMatch(/\n\s+ports:/);
    expect(serviceBlock(normalised, 'proxy')).toMatch(/published: (3000|"3000")|3000:80/);
    for (const store of ['eventstore', 'mongodb']) expect(serviceBlock(normalised, store)).toMatch(/host_ip: 127\.0\.0\.1|127\.0\.0\.1:/);
  });

  it('runs MongoDB with authentication, pins every image by version, and checks the health of the stores, the API and the proxy', () => {
    const normalised = config(SECRETS).stdout;
    expect(serviceBlock(normalised, 'mongodb')).toContain('MONGO_INITDB_ROOT_PASSWORD: test-password');
    expect(serviceBlock(normalised, 'api')).toContain('mongodb://salesflow:test-password@mongodb:27017/');
    const images = [...normalised.matchAll(/^\s+image: (\S+)$/gm)].map((m) => m[1]!).filter((image) => image !== 'salesflow:local');
    expect(images.sort()).toEqual(['kurrentplatform/kurrentdb:26.1.1', 'mongo:8.0', 'nginx:1.28-alpine']);
    expect(readFileSync('Dockerfile', 'utf8').match(/^FROM \S+/gm)).toEqual(['FROM node:22-bookworm-slim', 'FROM node:22-bookworm-slim']);
    for (const service of ['eventstore', 'mongodb', 'api', 'proxy']) expect(serviceBlock(normalised, service)).toContain('healthcheck:');
  });
});
