import type { IncomingMessage, ServerResponse } from 'node:http';
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { ServiceUnavailableError, TooManyRequestsError, type Actor } from '#app/eventsourcing';
import type { AppConfig } from '#app/platform';
import { ChangeFeed, type ProjectionChange } from '#app/read-store';
import { canReadRow, canReadTeam, readsEverything } from '#app/shared-kernel';
import { APP_CONFIG } from '../infrastructure/tokens.js';
import type { TicketGrant } from './event-tickets.js';

export interface StreamRequest {
  raw: IncomingMessage;
}

export interface StreamReply {
  raw: ServerResponse;
  hijack(): unknown;
  /** The headers set on the reply so far (X-Correlation-Id, the security headers, CORS): a hijacked reply writes them itself. */
  getHeaders(): Record<string, number | string | string[] | undefined>;
}

const HEARTBEAT_MS = 15_000;
/** A client this far behind is cut off; it reconnects and reloads. */
const MAX_BUFFERED_BYTES = 1_048_576;
const MAX_TIMER_MS = 2_147_483_647;

/**
 * What of a change this actor may hear, by the read rule of the queries: documents of teams they may
 * read (documents of no team only for those who read everything), and of a document that is one
 * salesperson's row (a prospect, a credit check) only if it is, or was, the reader's own.
 */
export function visibleChange(actor: Actor, change: ProjectionChange): { projection: string; position: number; reset: boolean; ids: string[]; teams: string[] } | null {
  if (change.reset) return { projection: change.projection, position: change.position, reset: true, ids: [], teams: [] };
  const visible = change.documents.filter(
    (d) => (d.team === null ? readsEverything(actor) : canReadTeam(actor, d.team)) && (d.owners === undefined || canReadRow(actor, null) || d.owners.some((owner) => canReadRow(actor, owner))),
  );
  if (visible.length === 0) return null;
  const teams = [...new Set(visible.flatMap((d) => (d.team === null ? [] : [d.team])))];
  return { projection: change.projection, position: change.position, reset: false, ids: visible.map((d) => d.id), teams };
}

/**
 * The open server-sent-event streams: one per dashboard tab, ended when the client goes, the token
 * expires, or the app stops. A user holds at most LIVE_MAX_STREAMS_PER_USER at once (per process):
 * beyond, 429 LIVE.TOO_MANY_STREAMS.
 */
@Injectable()
export class EventStreams implements OnModuleDestroy {
  private readonly open = new Set<() => void>();
  private readonly openByUser = new Map<string, number>();
  private closing = false;

  constructor(
    private readonly feed: ChangeFeed,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get openCount(): number {
    return this.open.size;
  }

  async start(request: StreamRequest, reply: StreamReply, grant: TicketGrant, projections: readonly string[], ignored: readonly string[] = []): Promise<void> {
    const { actor, tokenExpiresAt } = grant;
    this.refuseWhenClosing();
    const held = this.openByUser.get(actor.id) ?? 0;
    if (held >= this.config.liveMaxStreamsPerUser) {
      throw new TooManyRequestsError('LIVE.TOO_MANY_STREAMS', `You have ${held} live streams open, the most this server allows; close one first`, { retryAfterSeconds: 5 });
    }
    const res = reply.raw;
    let closed = false;
    let streaming = false;
    let queued: ProjectionChange[] | null = [];
    const timers: NodeJS.Timeout[] = [];
    let unsubscribe = () => {};

    const write = (text: string) => {
      if (closed) return;
      res.write(text);
      if (res.writableLength > MAX_BUFFERED_BYTES) close();
    };
    const send = (event: string, data: unknown, id?: number) => write(`${id === undefined ? '' : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    const deliver = (change: ProjectionChange) => {
      const visible = visibleChange(actor, change);
      if (visible) send('change', visible, change.position);
    };
    const close = () => {
      if (closed) return;
      closed = true;
      const left = (this.openByUser.get(actor.id) ?? 1) - 1;
      if (left > 0) this.openByUser.set(actor.id, left);
      else this.openByUser.delete(actor.id);
      unsubscribe();
      timers.forEach(clearTimeout);
      this.open.delete(close);
      if (streaming) res.end();
    };
    request.raw.once('error', close);
    res.once('close', close);
    res.once('error', close);
    this.open.add(close);
    this.openByUser.set(actor.id, held + 1);

    const subscription = await this.feed.subscribe(projections, (change) => (queued ? queued.push(change) : deliver(change)));
    unsubscribe = subscription.unsubscribe;
    if (closed) return unsubscribe();
    if (this.closing) {
      close();
      this.refuseWhenClosing();
    }

    reply.hijack();
    streaming = true;
    const set = Object.entries(reply.getHeaders()).filter((header): header is [string, number | string | string[]] => header[1] !== undefined);
    res.writeHead(200, {
      ...Object.fromEntries(set),
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    write('retry: 3000\n\n');
    send('ready', {
      projections,
      ignored,
      positions: subscription.positions,
      user: actor.id,
      tokenExpiresAt: tokenExpiresAt === null ? null : new Date(tokenExpiresAt * 1000).toISOString(),
    });
    const pending = queued;
    queued = null;
    pending.forEach(deliver);

    const heartbeat = setInterval(() => write(': keep-alive\n\n'), HEARTBEAT_MS);
    timers.push(heartbeat);
    if (tokenExpiresAt !== null) {
      const ms = Math.min(Math.max(0, tokenExpiresAt * 1000 - Date.now()), MAX_TIMER_MS);
      timers.push(
        setTimeout(() => {
          send('expired', { code: 'AUTH.TOKEN_EXPIRED', message: 'The token has expired' });
          close();
        }, ms),
      );
    }
  }

  /** A stream opened while the app shuts down would keep its HTTP server from closing. */
  private refuseWhenClosing() {
    if (this.closing) throw new ServiceUnavailableError('LIVE.SHUTTING_DOWN', 'The server is shutting down; reconnect in a moment');
  }

  onModuleDestroy() {
    this.closing = true;
    for (const close of [...this.open]) close();
  }
}
