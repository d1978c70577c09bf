/** The dashboard's only way to the server: the public HTTP API, with the session's bearer token. */

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly route: string,
    readonly fields: { field: string; messages: string[] }[] = [],
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }

  /** 404 with ROUTE.NOT_FOUND: the server has no such route (not: the thing asked for is missing). */
  get routeMissing(): boolean {
    return this.status === 404 && this.code === 'ROUTE.NOT_FOUND';
  }
}

type UnauthorizedHandler = (error: ApiError) => void;
let onUnauthorized: UnauthorizedHandler = () => undefined;

/** Called with every 401, so the app can return to the sign-in view saying why. */
export function handleUnauthorized(handler: UnauthorizedHandler): void {
  onUnauthorized = handler;
}

export type Query = Record<string, string | number | undefined | null>;

export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

export interface RequestOptions {
  token: string | null;
  method?: 'GET' | 'POST';
  body?: unknown;
  signal?: AbortSignal;
  /** Leave 401s to the caller (sign-in checks a token without signing anyone out). */
  quiet401?: boolean;
  /** Extra request headers: the development sign-in's X-Salesflow-Dev, a command's If-Match and Idempotency-Key. */
  headers?: Record<string, string>;
}

export interface FullResponse<T> {
  body: T;
  headers: Headers;
  status: number;
}

export async function request<T>(path: string, options: RequestOptions): Promise<T> {
  return (await requestFull<T>(path, options)).body;
}

/** The answer with its status and headers (ETag, Idempotent-Replayed). */
export async function requestFull<T>(path: string, options: RequestOptions): Promise<FullResponse<T>> {
  const method = options.method ?? 'GET';
  const route = `${method} ${path.split('?')[0]}`;
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if ((error as { name?: string }).name === 'AbortError') throw error;
    throw new ApiError(0, 'NETWORK.UNREACHABLE', 'The API could not be reached; check that the server is running.', route);
  }
  const text = await response.text();
  let body: unknown = undefined;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    const problem = (body ?? {}) as { code?: unknown; detail?: unknown; fields?: unknown; details?: unknown };
    const error = new ApiError(
      response.status,
      typeof problem.code === 'string' ? problem.code : `HTTP.${response.status}`,
      typeof problem.detail === 'string' ? problem.detail : response.statusText || `HTTP ${response.status}`,
      route,
      Array.isArray(problem.fields) ? (problem.fields as ApiError['fields']) : [],
      typeof problem.details === 'object' && problem.details !== null ? (problem.details as Record<string, unknown>) : {},
    );
    if (response.status === 401 && !options.quiet401) onUnauthorized(error);
    throw error;
  }
  if (body === undefined && text !== '') throw new ApiError(response.status, 'RESPONSE.NOT_JSON', 'The server answered with something that is not JSON.', route);
  return { body: body as T, headers: response.headers, status: response.status };
}
