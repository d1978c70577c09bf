import type { en } from './messages.en.js';

type Widen<T> = T extends string ? string : T extends (...args: infer A) => string ? (...args: A) => string : { [K in keyof T]: Widen<T[K]> };

/** The shape every catalogue has: English's keys and parameters, any text. */
export type Messages = Widen<typeof en>;
