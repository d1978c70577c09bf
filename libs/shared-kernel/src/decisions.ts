/** The kinds of decision an auditor lists (the decision log) and explains (ExplainDecision). */
export const DECISION_KINDS = ['approval', 'rejection', 'waiver', 'publication'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

/** What an auditor can have explained besides decisions: an event that follows from one, such as a carried-in line from a publication (Decision 7). */
export const EXPLAINED_KINDS = [...DECISION_KINDS, 'carry_over'] as const;
export type ExplainedKind = (typeof EXPLAINED_KINDS)[number];

export interface Decision<S extends string = string> {
  decision: DecisionKind;
  subject: S;
}

/**
 * Every event type of a stream with whether it is a decision (and of what) or not (null). Typed
 * over the whole event union, so a new event type fails the type check until it is classified; the
 * stream's list of event types is derived from it and cannot be incomplete.
 */
export type DecisionTable<T extends string, S extends string = string> = { readonly [K in T]: Decision<S> | null };

/** The decision types of a table. */
export type DecisionType<D> = { [K in keyof D]: D[K] extends null ? never : K }[keyof D] & string;

export const eventTypesOf = <T extends string>(table: { readonly [K in T]: unknown }): T[] => Object.keys(table) as T[];

export const decisionTypesOf = <D extends Readonly<Record<string, Decision | null>>>(table: D): DecisionType<D>[] =>
  Object.keys(table).filter((type) => table[type] !== null) as DecisionType<D>[];
