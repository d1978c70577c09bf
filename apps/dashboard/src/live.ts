import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, request } from './api.js';
import type { LiveChange, ProjectionName } from './types.js';

export type LiveStatus = 'off' | 'connecting' | 'live' | 'reconnecting';

/** A change of a projection the view shows, or `resync` after (re)connecting, when changes may have been missed. */
export type LiveMessage = { kind: 'change'; change: LiveChange } | { kind: 'resync' };

interface Subscriber {
  projections: readonly ProjectionName[];
  listener: (message: LiveMessage) => void;
}

const MAX_BACKOFF_MS = 30_000;

/**
 * One EventSource per tab for the projections the open views show. EventSource cannot send an
 * Authorization header, so each connection first buys a one-time ticket with the bearer token
 * (POST /api/events/tickets) and passes that in the URL. A dropped connection is re-opened with a
 * new ticket, with backoff; every (re)connection tells the views to reload.
 */
export class LiveClient {
  private readonly subscribers = new Set<Subscriber>();
  private readonly statusListeners = new Set<(status: LiveStatus) => void>();
  private source: EventSource | null = null;
  private connectedTo = '';
  private generation = 0;
  private failures = 0;
  private retryTimer: number | undefined;
  private syncTimer: number | undefined;
  private closed = false;
  status: LiveStatus = 'off';

  constructor(
    private readonly token: string,
    private readonly onExpired: (message: string) => void,
  ) {}

  subscribe(projections: readonly ProjectionName[], listener: (message: LiveMessage) => void): () => void {
    const subscriber = { projections, listener };
    this.subscribers.add(subscriber);
    this.scheduleSync();
    return () => {
      this.subscribers.delete(subscriber);
      this.scheduleSync();
    };
  }

  onStatus(listener: (status: LiveStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  close(): void {
    this.closed = true;
    window.clearTimeout(this.retryTimer);
    window.clearTimeout(this.syncTimer);
    this.disconnect();
    this.setStatus('off');
  }

  private wanted(): string {
    return [...new Set([...this.subscribers].flatMap((s) => s.projections))].sort().join(',');
  }

  /** Views mount and unmount together on navigation: connect once they have settled. */
  private scheduleSync() {
    window.clearTimeout(this.syncTimer);
    this.syncTimer = window.setTimeout(() => this.sync(), 30);
  }

  private sync() {
    if (this.closed) return;
    const wanted = this.wanted();
    if (wanted === this.connectedTo && (this.source || this.retryTimer !== undefined)) return;
    this.disconnect();
    window.clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.connectedTo = wanted;
    if (wanted === '') return this.setStatus('off');
    void this.connect(wanted, ++this.generation);
  }

  private async connect(projections: string, generation: number) {
    this.setStatus(this.failures > 0 ? 'reconnecting' : 'connecting');
    let ticket: string;
    try {
      ({ ticket } = await request<{ ticket: string }>('/api/events/tickets', { token: this.token, method: 'POST', body: {} }));
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return; // the app signs out
      return this.retryLater(generation);
    }
    if (generation !== this.generation || this.closed) return;
    const source = new EventSource(`/api/events/stream?${new URLSearchParams({ ticket, projections })}`);
    this.source = source;
    source.addEventListener('ready', () => {
      this.failures = 0;
      this.setStatus('live');
      this.broadcast({ kind: 'resync' });
    });
    source.addEventListener('change', (event) => {
      const change = JSON.parse((event as MessageEvent<string>).data) as LiveChange;
      this.broadcast(change.reset ? { kind: 'resync' } : { kind: 'change', change });
    });
    source.addEventListener('expired', (event) => {
      const { message } = JSON.parse((event as MessageEvent<string>).data) as { message: string };
      this.close();
      this.onExpired(`${message} (AUTH.TOKEN_EXPIRED)`);
    });
    source.onerror = () => {
      // The ticket is spent: EventSource's own retry would be refused, so start over with a new one.
      if (generation !== this.generation) return;
      this.disconnect();
      this.retryLater(generation);
    };
  }

  private retryLater(generation: number) {
    if (generation !== this.generation || this.closed) return;
    this.failures += 1;
    this.setStatus('reconnecting');
    const delay = Math.min(MAX_BACKOFF_MS, 500 * 2 ** Math.min(this.failures, 6));
    this.retryTimer = window.setTimeout(() => {
      this.retryTimer = undefined;
      if (generation === this.generation && !this.closed) void this.connect(this.connectedTo, ++this.generation);
    }, delay);
  }

  private disconnect() {
    this.source?.close();
    this.source = null;
  }

  private broadcast(message: LiveMessage) {
    for (const subscriber of [...this.subscribers]) {
      if (message.kind === 'resync' || subscriber.projections.includes(message.change.projection)) subscriber.listener(message);
    }
  }

  private setStatus(status: LiveStatus) {
    if (status === this.status) return;
    this.status = status;
    for (const listener of [...this.statusListeners]) listener(status);
  }
}

/** Reloads the view when one of its projections changes (`matches` narrows to the documents it shows). */
export function useLive(live: LiveClient | null, projections: readonly ProjectionName[], onChange: () => void, matches: (change: LiveChange) => boolean = () => true): void {
  const callback = useRef({ onChange, matches });
  callback.current = { onChange, matches };
  const key = projections.join(',');
  useEffect(() => {
    if (!live) return;
    return live.subscribe(key.split(',') as ProjectionName[], (message) => {
      if (message.kind === 'resync' || callback.current.matches(message.change)) callback.current.onChange();
    });
  }, [live, key]);
}

export function useLiveStatus(live: LiveClient | null): LiveStatus {
  const [status, setStatus] = useState<LiveStatus>(live?.status ?? 'off');
  useEffect(() => {
    if (!live) return;
    setStatus(live.status);
    return live.onStatus(setStatus);
  }, [live]);
  return status;
}
