// Joining a show's room: only for a show the public can see, and only a few at once per connection.
import type { Socket } from "socket.io";
import type { JoinableShows } from "./joinable-shows";
import { joinShowMessage, showRoom, type Ack, type ClientToServer, type ServerToClient } from "./messages";

/**
 * Show rooms one connection may be in at once. A seat map joins one (its page's socket leaves when the page
 * goes); 20 leaves room for a future page with several maps, and keeps one socket from subscribing to every
 * show (a probe joined 2,000 rooms).
 */
export const MAX_SHOW_ROOMS = 20;

/** Refused joins one connection may make before it is closed: our pages never ask for a show they cannot see. */
export const MAX_REFUSED_JOINS = 20;

const inShowRooms = (socket: Socket) => [...socket.rooms].filter((room) => room.startsWith(showRoom(""))).length;

/** The `show:join` handler of one connection. */
export function joinShowRoom(socket: Socket<ClientToServer, ServerToClient>, shows: JoinableShows) {
  let refused = 0;
  const refuse = (ack: ((result: Ack) => void) | undefined, error: string) => {
    refused += 1;
    ack?.({ ok: false, error });
    if (refused >= MAX_REFUSED_JOINS) socket.disconnect(true);
  };

  return (payload: unknown, ack?: (result: Ack) => void) => {
    const parsed = joinShowMessage.safeParse(payload);
    if (!parsed.success) return refuse(ack, "show:join needs a showId");
    const room = showRoom(parsed.data.showId);
    if (socket.rooms.has(room)) return ack?.({ ok: true });
    const full = () => inShowRooms(socket) >= MAX_SHOW_ROOMS;
    const tooMany = `At most ${MAX_SHOW_ROOMS} shows at once on one connection: leave one first`;
    if (full()) return refuse(ack, tooMany);
    void shows.isJoinable(parsed.data.showId).then((joinable) => {
      if (!socket.connected) return;
      if (!joinable) return refuse(ack, "There is no such show");
      // Checked again: other joins of this socket may have finished while this one waited.
      if (full()) return refuse(ack, tooMany);
      void socket.join(room);
      ack?.({ ok: true });
    });
  };
}
