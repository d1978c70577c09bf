import { ServiceUnavailableError } from '#app/eventsourcing';

export const KEY_STORE_UNAVAILABLE = 'PERSONAL_DATA.KEY_STORE_UNAVAILABLE';
export const ACCESS_LOG_UNAVAILABLE = 'PERSONAL_DATA.ACCESS_LOG_UNAVAILABLE';

export const keyStoreUnavailable = (cause: unknown): ServiceUnavailableError =>
  cause instanceof ServiceUnavailableError ? cause : new ServiceUnavailableError(KEY_STORE_UNAVAILABLE, `The key store of personal data cannot be used: ${messageOf(cause)}`);

export const accessLogUnavailable = (cause: unknown): ServiceUnavailableError =>
  cause instanceof ServiceUnavailableError && cause.code === ACCESS_LOG_UNAVAILABLE
    ? cause
    : new ServiceUnavailableError(ACCESS_LOG_UNAVAILABLE, `The access log of personal data cannot be written, so nothing is shown in clear: ${messageOf(cause)}`);

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
