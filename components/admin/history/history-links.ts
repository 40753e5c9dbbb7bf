// One event as the history views show it: serialisable, so the live tail (a client component) and
// the server-rendered pages draw the same rows.
import { describeEvent } from "@/lib/admin/describe-event";
import type { StoredEvent } from "@/lib/eventstore/types";
import type { StaffEventMessage } from "@/lib/realtime/messages";

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

export function fromStaffMessage(message: StaffEventMessage, titles: ReadonlyMap<string, string>): HistoryEvent {
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

export function fromStored(stored: StoredEvent, titles: ReadonlyMap<string, string>): HistoryEvent {
  const { type, ...data } = stored.event;
  return fromStaffMessage({ ...stored, type, data }, titles);
}

export const streamHref = (streamId: string, version?: number) =>
  `/admin/events/streams/${encodeURIComponent(streamId)}${version !== undefined ? `?version=${version}` : ""}`;
export const correlationHref = (correlationId: string) => `/admin/events/correlation/${encodeURIComponent(correlationId)}`;

/** Times on staff pages are UTC, to the second, so they line up with the log and the filters. */
export const utcTime = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
