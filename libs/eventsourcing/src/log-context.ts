import { AsyncLocalStorage } from 'node:async_hooks';

/** What every log line written while handling one request, command or event names. */
export interface LogContext {
  correlationId?: string;
  userId?: string;
}

const storage = new AsyncLocalStorage<LogContext>();

/**
 * The log context of the work in progress, carried through async calls (AsyncLocalStorage): the
 * HTTP layer opens one per request, event processes one per event (with the event's correlation
 * id), and the logger adds it to every line.
 */
export const logContext = {
  run<T>(context: LogContext, work: () => T): T {
    return storage.run(context, work);
  },
  current(): LogContext | undefined {
    return storage.getStore();
  },
};
