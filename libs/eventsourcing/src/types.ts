/** A domain event as the domain sees it: a string-literal type and plain JSON data. */
export type Event<Type extends string = string, Data extends object = object> = Readonly<{
  type: Type;
  data: Readonly<Data>;
}>;

export type Role = 'salesperson' | 'supervisor' | 'manager' | 'auditor' | 'analyst';
export const ROLES: readonly Role[] = ['salesperson', 'supervisor', 'manager', 'auditor', 'analyst'];

/** Who issued a command. Comes from the verified token, never from the request body. */
export interface Actor {
  id: string;
  name: string;
  roles: readonly Role[];
  teams: readonly string[];
}

/** Everything a command carries besides its payload: identity, time and tracing. */
export interface CommandContext {
  actor: Actor;
  commandId: string;
  correlationId: string;
  causationId?: string;
  /** The moment the command was accepted; deciders use this, never the clock. */
  now: Date;
  /** The role this command is performed in (recorded as actorRole). */
  actingRole?: Role | 'system';
  /** Hash of the request (route + body) for Idempotency-Key checks. */
  requestHash?: string;
  /** The id was generated for this request alone (no Idempotency-Key), so no retry can bring it back: it is not indexed. */
  freshCommandId?: boolean;
}

export type Command<Type extends string = string, Data extends object = object> = Readonly<{
  type: Type;
  data: Readonly<Data>;
  context: CommandContext;
}>;

/** Metadata stored with every event so an auditor can replay each decision (Decision 9). */
export interface EventMetadata {
  actorId: string;
  actorName: string;
  actorRole: Role | 'system';
  commandId: string;
  commandType: string;
  correlationId: string;
  causationId: string;
  occurredAt: string;
  reason?: string;
  comment?: string;
  requestHash?: string;
  schemaVersion?: number;
  [key: string]: unknown;
}

export interface Decider<C extends Command, S, E extends Event> {
  decide(command: C, state: S): E[];
  evolve(state: S, event: E): S;
  initialState(): S;
  /**
   * The version of `evolve` and of the state's shape. With one, folded states are also saved as
   * snapshots (plain JSON), and a snapshot of another version is ignored: change it whenever
   * `evolve`, a helper it calls or the state's shape changes.
   */
  readonly version?: string;
}
