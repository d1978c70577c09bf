import { expect } from '@jest/globals';
import type { DomainError } from '../errors.js';
import type { Command, Decider, Event } from '../types.js';

type ErrorClass = abstract new (...args: never[]) => DomainError;

/**
 * given(events).when(command).then(events) / .thenThrows(ErrorClass, code) for deciders.
 * Pure: no store, no clock, no mocks.
 */
export function deciderSpec<C extends Command, S, E extends Event>(decider: Decider<C, S, E>) {
  return {
    given(events: readonly E[]) {
      return {
        when(command: C) {
          const run = () => decider.decide(command, events.reduce(decider.evolve, decider.initialState()));
          return {
            then(expected: readonly E[]) {
              expect(run()).toEqual(expected);
            },
            thenProduces(check: (events: E[]) => void) {
              check(run());
            },
            thenThrows(errorClass: ErrorClass, code?: string) {
              let thrown: unknown;
              try {
                run();
              } catch (error) {
                thrown = error;
              }
              expect(thrown).toBeInstanceOf(errorClass);
              if (code !== undefined) expect((thrown as DomainError).code).toBe(code);
            },
          };
        },
      };
    },
  };
}
