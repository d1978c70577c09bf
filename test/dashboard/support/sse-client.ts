export interface ServerSentEvent {
  event: string;
  data: any;
  id?: string;
}

export interface SseClient {
  status: number;
  events: ServerSentEvent[];
  ended: boolean;
  /** The first event (after `from`) that matches, waiting at most `timeoutMs`. */
  next(match: (e: ServerSentEvent) => boolean, what: string, timeoutMs?: number, from?: number): Promise<ServerSentEvent>;
  waitForEnd(timeoutMs?: number): Promise<void>;
  close(): void;
}

/** A minimal EventSource for tests: fetch with a streamed body, parsed into events. */
export async function openEventStream(url: string): Promise<SseClient | { status: number; body: any }> {
  const controller = new AbortController();
  const res = await fetch(url, { headers: { accept: 'text/event-stream' }, signal: controller.signal });
  if (res.status !== 200) {
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  }
  const events: ServerSentEvent[] = [];
  const waiters = new Set<() => void>();
  const notify = () => waiters.forEach((w) => w());
  const client: SseClient = {
    status: res.status,
    events,
    ended: false,
    async next(match, what, timeoutMs = 10_000, from = 0) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = events.slice(from).find(match);
        if (found) return found;
        if (client.ended) throw new Error(`The stream ended before ${what}; got ${JSON.stringify(events)}`);
        const remaining = deadline - Date.now();
        if (remaining <= 0) throw new Error(`Timed out waiting for ${what}; got ${JSON.stringify(events)}`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(done, remaining);
          function done() {
            clearTimeout(timer);
            waiters.delete(done);
            resolve();
          }
          waiters.add(done);
        });
      }
    },
    async waitForEnd(timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (!client.ended) {
        if (Date.now() > deadline) throw new Error('Timed out waiting for the stream to end');
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    close: () => controller.abort(),
  };
  void (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let cut;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const fields: Record<string, string> = {};
          for (const line of frame.split('\n')) {
            if (line.startsWith(':') || !line.includes(':')) continue;
            const at = line.indexOf(':');
            fields[line.slice(0, at)] = line.slice(at + 1).trimStart();
          }
          if (fields.data !== undefined) events.push({ event: fields.event ?? 'message', data: JSON.parse(fields.data), ...(fields.id ? { id: fields.id } : {}) });
          notify();
        }
      }
    } catch {
      // aborted by close()
    } finally {
      client.ended = true;
      notify();
    }
  })();
  return client;
}

export function isStream(value: SseClient | { status: number; body: any }): value is SseClient {
  return 'events' in value;
}
