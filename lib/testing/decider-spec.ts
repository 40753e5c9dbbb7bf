// Given / when / then specifications for any decider: given past events, when a command, then the events
// it decides (or the domain error it refuses with). Test-only; pure apart from Vitest's assertions.
import { expect } from "vitest";
import { fold, type Decider } from "../domain/decider";
import { isDomainError, type DomainError, type DomainErrorCode } from "../domain/errors";

export interface Outcome<Event> {
  then(expected: Event[]): void;
  /** Matches on the error's `code` (never `instanceof`) and, if given, on a subset of its `details`. */
  thenThrows(code: DomainErrorCode, details?: DomainError["details"]): void;
  /** Accepted, and nothing to record: the idempotent no-op. */
  thenNothing(): void;
}

export interface Spec<Command, Event> {
  given(...events: Event[]): { when(command: Command): Outcome<Event> };
}

type Decision<Event> = { ok: true; events: Event[] } | { ok: false; error: unknown };

export function specFor<Command, Event extends { type: string }, State>(
  decider: Decider<Command, Event, State>,
): Spec<Command, Event> {
  return {
    given: (...history) => ({
      when: (command) => {
        const decide = (): Decision<Event> => {
          const state = fold(decider.evolve, decider.initialState, history);
          try {
            return { ok: true, events: decider.decide(command, state) };
          } catch (error) {
            return { ok: false, error };
          }
        };
        const accepted = (): Event[] => {
          const decision = decide();
          if (!decision.ok) throw decision.error;
          return decision.events;
        };
        return {
          then: (expected) => expect(accepted()).toEqual(expected),
          thenNothing: () => expect(accepted()).toEqual([]),
          thenThrows: (code, details) => {
            const decision = decide();
            if (decision.ok)
              throw new Error(`Expected ${code}, but the command was accepted with ${JSON.stringify(decision.events)}`);
            if (!isDomainError(decision.error)) throw decision.error;
            expect(decision.error.code).toBe(code);
            if (details !== undefined) expect(decision.error.details).toMatchObject(details);
          },
        };
      },
    }),
  };
}
