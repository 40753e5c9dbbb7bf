// How a stored event travels to staff views (the timeline, the history viewer's live tail, the NDJSON
// export): beside the message contract, so staff reads need not load the socket server to use it.
import type { StoredEvent } from "../eventstore/types";
import type { StaffEventMessage } from "./messages";

export function staffEventMessage(stored: StoredEvent): StaffEventMessage {
  const { type, ...data } = stored.event;
  return {
    position: stored.position,
    streamId: stored.streamId,
    category: stored.category,
    version: stored.version,
    type,
    schemaVersion: stored.schemaVersion,
    data,
    metadata: stored.metadata,
  };
}
