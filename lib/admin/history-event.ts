// Events as the staff history views show them: plain, serialisable data, so the live tail (a client
// component) and the server-rendered pages draw the same rows, and no component sees the store's types.
import { describeEvent, type ShowTitles } from "./describe-event";
import type { StateChange } from "./state-diff";
import type { StaffEventMessage } from "../realtime/messages";

/** One row of a log: where the event sits and what it says, in plain words. */
export interface HistoryEvent {
  position: number;
  streamId: string;
  category: string;
  version: number;
  type: string;
  actor: string;
  occurredAt: string;
  correlationId: string;
  causationId: string | null;
  description: string;
}

/** A stream in the stream browser (from StreamView). */
export interface StreamSummary {
  streamId: string;
  category: string;
  version: number;
  lastPosition: number;
  lastChange: Date;
}

/** One event of a stream with its data and metadata. */
export interface StreamEventView {
  position: number;
  streamId: string;
  version: number;
  type: string;
  data: Record<string, unknown>;
  metadata: StaffEventMessage["metadata"];
}

/** The aggregate's state at one version, replayed through its decider, and what that version changed. */
export interface TimeTravelView {
  version: number;
  /** The type of the event that made this version (null for version 0). */
  eventType: string | null;
  /** The state as shown: for seats, the seats themselves give way to `seatCounts`. */
  state: unknown;
  changes: StateChange[];
  /** Seats by status, for a seats stream (thousands of seats do not fit a page). */
  seatCounts: Record<string, number> | null;
}

export function fromStaffMessage(message: StaffEventMessage, titles: ShowTitles): HistoryEvent {
  return {
    position: message.position,
    streamId: message.streamId,
    category: message.category,
    version: message.version,
    type: message.type,
    actor: message.metadata.actor,
    occurredAt: message.metadata.occurredAt,
    correlationId: message.metadata.correlationId,
    causationId: message.metadata.causationId,
    description: describeEvent({ type: message.type, streamId: message.streamId, data: message.data }, titles),
  };
}
