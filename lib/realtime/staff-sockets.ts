// Staff sockets last only as long as their staff session. admin:join admits a live session (checked in
// the database) and puts the socket in a room of that session; sign-out in this process disconnects
// that room at once, and every admin socket's session is checked again periodically, so a sign-out on
// another instance, or an expiry, cuts it off too.
import type { Server, Socket } from "socket.io";
import type { BookingSystem } from "../system";
import { staffSessionFromCookieHeader } from "../staff/live-session";
import { liveStaffSessionIds, onStaffSessionEnded } from "../staff/sessions";
import { ADMIN_ROOM, type ClientToServer, type ServerToClient } from "./messages";

const SESSION_ROOM_PREFIX = "staff-session:";
export const staffSessionRoom = (sessionId: string) => `${SESSION_ROOM_PREFIX}${sessionId}`;
export const STAFF_RECHECK_MS = 30_000;

/** What an admitted staff socket remembers. */
export interface StaffSocketData {
  staffSessionId?: string;
}

type BookingServer = Server<ClientToServer, ServerToClient>;

/** Lets this socket into the staff room if its Cookie header names a live staff session. */
export async function admitStaff(socket: Socket<ClientToServer, ServerToClient>): Promise<boolean> {
  const session = await staffSessionFromCookieHeader(socket.request.headers.cookie);
  if (!session) return false;
  (socket.data as StaffSocketData).staffSessionId = session.sessionId;
  await socket.join([ADMIN_ROOM, staffSessionRoom(session.sessionId)]);
  return true;
}

/** Disconnects staff sockets whose session ended or expired: at once for sign-outs here, every `recheckMs` for the rest. */
export function guardStaffSockets(io: BookingServer, system: BookingSystem, recheckMs = STAFF_RECHECK_MS): () => void {
  const cutOff = (sessionId: string) => io.in(staffSessionRoom(sessionId)).disconnectSockets(true);
  const stopListening = onStaffSessionEnded(cutOff);

  const recheck = async () => {
    const sessionIds = [...io.of("/").adapter.rooms.keys()].filter((room) => room.startsWith(SESSION_ROOM_PREFIX)).map((room) => room.slice(SESSION_ROOM_PREFIX.length));
    if (sessionIds.length === 0) return;
    const live = await liveStaffSessionIds(system.db.prisma, sessionIds, new Date());
    for (const sessionId of sessionIds) if (!live.has(sessionId)) cutOff(sessionId);
  };
  const timer = setInterval(() => {
    recheck().catch((error: unknown) => console.error("Checking staff sockets' sessions failed; trying again", error));
  }, recheckMs);
  timer.unref();

  return () => {
    stopListening();
    clearInterval(timer);
  };
}
