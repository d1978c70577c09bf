import { describe, expect, it } from '@jest/globals';
import { Writable } from 'node:stream';
import { logContext } from '#app/eventsourcing';
import { createLogger, resolveLogFormat, storeLogger } from './logging.js';

const capture = () => {
  const lines: string[] = [];
  return { lines, destination: { write: (line: string) => void lines.push(line) } };
};

describe('the logger', () => {
  it('chooses JSON lines off a terminal and in production, pretty on a developer’s terminal, and what LOG_FORMAT says otherwise', () => {
    expect(resolveLogFormat('auto', false, {})).toBe('json');
    expect(resolveLogFormat('auto', true, { NODE_ENV: 'production' })).toBe('json');
    expect(resolveLogFormat('auto', true, {})).toBe('pretty');
    expect(resolveLogFormat('pretty', false, {})).toBe('pretty');
    expect(resolveLogFormat('json', true, {})).toBe('json');
  });

  it('writes JSON lines with level names, ISO times, and the correlation and user ids of the work in progress', () => {
    const { lines, destination } = capture();
    const logger = createLogger({ logLevel: 'log', logFormat: 'json' }, { destination });
    logger.info('outside');
    logContext.run({ correlationId: 'campaign-9', userId: 'sue' }, () => storeLogger(logger, 'Projections').warn('inside', { position: 7 }));
    expect(lines.map((l) => JSON.parse(l))).toEqual([
      { level: 'info', time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/), pid: process.pid, msg: 'outside' },
      { level: 'warn', time: expect.any(String), pid: process.pid, context: 'Projections', correlationId: 'campaign-9', userId: 'sue', position: 7, msg: 'inside' },
    ]);
  });

  it('follows LOG_LEVEL (log = info, verbose = trace)', () => {
    const { lines, destination } = capture();
    const logger = createLogger({ logLevel: 'warn', logFormat: 'json' }, { destination });
    logger.info('hidden');
    logger.warn('shown');
    expect(lines.map((l) => JSON.parse(l).msg)).toEqual(['shown']);
    expect(createLogger({ logLevel: 'verbose', logFormat: 'json' }, { destination }).level).toBe('trace');
  });

  it('pretty-prints without colour codes when stdout is not a terminal', async () => {
    const chunks: string[] = [];
    const out = new Writable({ write: (chunk, _encoding, done) => void (chunks.push(String(chunk)), done()) });
    createLogger({ logLevel: 'log', logFormat: 'pretty' }, { tty: false, destination: out }).info('hello');
    expect(chunks.join('')).toMatch(/INFO.*hello/);
    expect(chunks.join('')).not.toContain('\u001b[');
  });
});
