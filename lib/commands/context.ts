// What every command handler needs from the running system, passed in so tests can set the clock.
import type { CommandBus } from "./bus";
import type { CommandContext, CommandResult } from "./stream-writer";
import type { PaymentProvider } from "../payments/simulated-provider";
import type { DomainError } from "../domain/errors";

export interface CommandDeps {
  bus: CommandBus;
  now(): Date;
  holdTtlSeconds: number;
  /** The fair-use limit the seat aggregate enforces on every hold. */
  maxSeatsPerCustomer: number;
  payments: PaymentProvider;
}

export type { CommandContext };

/** A handler's answer: the data a caller needs plus the log position to wait for, or a refusal. */
export type Outcome<T> = ({ ok: true; lastPosition: number } & T) | { ok: false; error: DomainError };

/** A step of a multi-step handler gets its own idempotency key derived from the caller's. */
export function step(context: CommandContext, name: string): CommandContext {
  return {
    ...context,
    commandId: `${context.commandId}:${name}`,
    correlationId: context.correlationId ?? context.commandId,
  };
}

export function lastPositionOf(results: Array<CommandResult<unknown>>): number {
  return Math.max(0, ...results.map((r) => (r.ok ? r.lastPosition : 0)));
}
