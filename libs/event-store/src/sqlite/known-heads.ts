const MAX_STREAMS = 100_000;

/**
 * The last revision of streams this connection wrote or read to their end, valid as long as no
 * other connection has committed (SQLite's `data_version` has not moved): then reading a stream
 * after its head needs no query. Any commit elsewhere forgets them all.
 */
export class KnownHeads {
  private readonly heads = new Map<string, number>();
  private version = -1;

  constructor(private readonly dataVersion: () => number) {}

  /** The data version now; seeing it moved forgets every head. Read it before a read or a commit whose outcome `set` records. */
  now(): number {
    const version = this.dataVersion();
    if (version !== this.version) {
      this.heads.clear();
      this.version = version;
    }
    return version;
  }

  /** The stream's last revision (-1: no stream) as of the version `now()` last returned. */
  get(streamName: string): number | undefined {
    return this.heads.get(streamName);
  }

  /**
   * Records a head seen by a read or commit that started at data version `since`. Had another
   * connection committed in between, the database is already past `since`, so the next `now()`
   * forgets this head with the others.
   */
  set(streamName: string, revision: number, since: number): void {
    if (since !== this.version) return;
    if (this.heads.size >= MAX_STREAMS) this.heads.clear();
    this.heads.set(streamName, revision);
  }
}
