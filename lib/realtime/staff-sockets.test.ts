// The staff room over a real Socket.IO server and client, on each engine: only a live session joins,
// and its sockets are cut off when it ends, here (sign-out) or elsewhere (another instance, expiry).
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { sealData } from "iron-session";
import { afterAll, beforeAll, expect, it } from "vitest";
import { Server } from "socket.io";
import { io as connect, type Socket } from "socket.io-client";
import { staffSecrets } from "../config/env";
import { installSystem } from "../system";
import { STAFF_COOKIE } from "../staff/session-cookie";
import { endStaffSession, startStaffSession } from "../staff/sessions";
import { describeEachSystem, eventually } from "../testing/system";
import type { Ack, ClientToServer, ServerToClient } from "./messages";
import { attachRealtime } from "./server";
import { guardStaffSockets } from "./staff-sockets";

type Client = Socket<ServerToClient, ClientToServer>;

describeEachSystem("the staff room", (system) => {
  const rooms: Array<{ io: Server<ClientToServer, ServerToClient>; detach: () => void; url: string }> = [];
  const clients: Client[] = [];

  /** A Socket.IO server of its own; `recheckMs`: an extra, quicker periodic check of its admin sockets. */
  const startRoom = async (recheckMs?: number) => {
    const httpServer = createServer();
    const io = new Server<ClientToServer, ServerToClient>(httpServer);
    const detachRealtime = attachRealtime(io, system());
    const stopQuickCheck = recheckMs ? guardStaffSockets(io, system(), recheckMs) : () => undefined;
    const detach = () => {
      stopQuickCheck();
      detachRealtime();
    };
    await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
    const room = { io, detach, url: `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}` };
    rooms.push(room);
    return room;
  };
  /** A signed-in staff member's Cookie header, and the session behind it. */
  const signIn = async (name: string) => {
    const session = await startStaffSession(system().db.prisma, name, new Date(), 8);
    const sealed = await sealData({ staff: { sessionId: session.sessionId, name } }, { password: staffSecrets().sessionSecret, ttl: 8 * 3600 });
    return { sessionId: session.sessionId, cookie: `${STAFF_COOKIE}=${encodeURIComponent(sealed)}` };
  };
  const client = async (url: string, cookie?: string): Promise<Client> => {
    const socket: Client = connect(url, { transports: ["websocket"], forceNew: true, reconnection: false, extraHeaders: cookie ? { cookie } : {} });
    clients.push(socket);
    await new Promise<void>((resolve) => socket.once("connect", resolve));
    return socket;
  };
  const join = (socket: Client) => new Promise<Ack>((resolve) => socket.emit("admin:join", {}, resolve));

  // Checks every 30 s: whatever happens sooner in these tests is the sign-out listener's doing.
  let url: string;
  beforeAll(async () => {
    // The handshake checks sessions through this process's system.
    installSystem(Promise.resolve(system()));
    url = (await startRoom()).url;
  });
  afterAll(async () => {
    for (const socket of clients) socket.disconnect();
    for (const room of rooms) {
      room.detach();
      await room.io.close();
    }
  });

  it("admits a live session and refuses none, a forged one or a signed-out one", async () => {
    expect(await join(await client(url))).toEqual({ ok: false, error: "Staff sign-in required" });
    expect(await join(await client(url, `${STAFF_COOKIE}=forged`))).toEqual({ ok: false, error: "Staff sign-in required" });
    const { sessionId, cookie } = await signIn("Grace");
    expect(await join(await client(url, cookie))).toEqual({ ok: true });
    await endStaffSession(system().db.prisma, sessionId, new Date());
    expect(await join(await client(url, cookie))).toEqual({ ok: false, error: "Staff sign-in required" });
  });

  it("disconnects a session's admin sockets as soon as it signs out, and no one else's", async () => {
    const grace = await signIn("Grace");
    const ada = await signIn("Ada");
    const graceSocket = await client(url, grace.cookie);
    const graceCopy = await client(url, grace.cookie);
    const adaSocket = await client(url, ada.cookie);
    for (const socket of [graceSocket, graceCopy, adaSocket]) expect(await join(socket)).toEqual({ ok: true });

    await endStaffSession(system().db.prisma, grace.sessionId, new Date());
    await eventually(async () => !graceSocket.connected && !graceCopy.connected, 2000);
    expect(adaSocket.connected).toBe(true);
  });

  it("cuts off sessions ended elsewhere or expired at the next periodic check", async () => {
    const checking = (await startRoom(50)).url;
    const elsewhere = await signIn("Lin");
    const expiring = await signIn("Tim");
    const staying = await signIn("Kay");
    const sockets = await Promise.all([client(checking, elsewhere.cookie), client(checking, expiring.cookie), client(checking, staying.cookie)]);
    for (const socket of sockets) expect(await join(socket)).toEqual({ ok: true });

    // Another instance's sign-out and an expiry both show only in the database: no listener here hears them.
    const { prisma } = system().db;
    await prisma.staffSession.update({ where: { id: elsewhere.sessionId }, data: { endedAt: new Date() } });
    await prisma.staffSession.update({ where: { id: expiring.sessionId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await eventually(async () => !sockets[0]?.connected && !sockets[1]?.connected);
    expect(sockets[2]?.connected).toBe(true);
  });
});
