import type { LoggerService } from '@nestjs/common';
import type { Logger } from '#app/platform';

/** Nest's own start-up chatter (a line per module and per route): written at debug level only. */
const CHATTER = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory', 'NestApplication']);

type Level = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';

/** Nest's LoggerService on pino: Nest's (and `new Logger(context)`'s) lines become JSON lines with a `context`. */
export class PinoNestLogger implements LoggerService {
  /** Routes Nest mapped, for the one start-up line that replaces a line per route. */
  mappedRoutes = 0;

  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...params: unknown[]) {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]) {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]) {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]) {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]) {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]) {
    this.write('fatal', message, params);
  }

  private write(level: Level, message: unknown, params: unknown[]) {
    const context = params.length > 0 && typeof params[params.length - 1] === 'string' ? (params.pop() as string) : undefined;
    if (context === 'RouterExplorer') this.mappedRoutes++;
    const effective = context && CHATTER.has(context) && (level === 'info' || level === 'debug') ? 'debug' : level;
    const stack = level === 'error' || level === 'fatal' ? params.find((p): p is string => typeof p === 'string' && p.includes('\n    at ')) : undefined;
    const fields = { ...(context ? { context } : {}), ...(stack ? { stack } : {}) };
    if (message instanceof Error) this.logger[effective]({ ...fields, err: message }, message.message);
    else if (typeof message === 'object' && message !== null) this.logger[effective]({ ...fields, ...message });
    else this.logger[effective](fields, String(message));
  }
}
