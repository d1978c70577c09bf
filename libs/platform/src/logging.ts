import { pino, type DestinationStream, type Level, type Logger } from 'pino';
import pretty from 'pino-pretty';
import { logContext } from '#app/eventsourcing';
import type { AppConfig, LogLevelName } from './config.js';
import type { LogFields, StoreLogger } from './stores.js';

export type { Logger } from 'pino';

const PINO_LEVEL: Record<LogLevelName, Level | 'silent'> = {
  fatal: 'fatal',
  error: 'error',
  warn: 'warn',
  log: 'info',
  info: 'info',
  debug: 'debug',
  verbose: 'trace',
  trace: 'trace',
  silent: 'silent',
};

export interface LoggerOptions {
  /** Where the text goes (JSON lines, or pretty-printed when the format says so); defaults to stdout. */
  destination?: DestinationStream;
  /** Whether stdout is a terminal; defaults to process.stdout.isTTY. */
  tty?: boolean;
}

/** `auto` means pretty on a terminal unless NODE_ENV=production, JSON lines otherwise (files, pipes, containers). */
export function resolveLogFormat(format: AppConfig['logFormat'], tty = process.stdout.isTTY === true, env: NodeJS.ProcessEnv = process.env): 'json' | 'pretty' {
  if (format !== 'auto') return format;
  return tty && env.NODE_ENV !== 'production' ? 'pretty' : 'json';
}

/**
 * The process's root logger (pino): ISO times, level names, and the correlation and user ids of
 * the work in progress (logContext) on every line.
 */
export function createLogger(config: Pick<AppConfig, 'logLevel' | 'logFormat'>, options: LoggerOptions = {}): Logger {
  const tty = options.tty ?? process.stdout.isTTY === true;
  const destination =
    resolveLogFormat(config.logFormat, tty) === 'pretty'
      ? pretty({
          destination: options.destination ?? 1,
          colorize: tty,
          sync: true,
          translateTime: 'SYS:yyyy-mm-dd HH:MM:ss.l o',
          ignore: 'pid,hostname',
        })
      : (options.destination ?? pino.destination({ dest: 1, sync: true }));
  return pino(
    {
      level: PINO_LEVEL[config.logLevel],
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      base: { pid: process.pid },
      mixin: () => {
        const context = logContext.current();
        if (!context) return {};
        return {
          ...(context.correlationId ? { correlationId: context.correlationId } : {}),
          ...(context.userId ? { userId: context.userId } : {}),
        };
      },
    },
    destination,
  );
}

/** A StoreLogger (the shape the runtime, the runners and the start-up checks take) writing to `logger` under `context`. */
export function storeLogger(logger: Logger, context: string): StoreLogger {
  const child = logger.child({ context });
  return {
    log: (message: string, fields?: LogFields) => child.info(fields ?? {}, message),
    warn: (message: string, fields?: LogFields) => child.warn(fields ?? {}, message),
    error: (message: string, fields?: LogFields) => child.error(fields ?? {}, message),
  };
}
