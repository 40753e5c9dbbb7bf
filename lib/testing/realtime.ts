// A real Socket.IO server on a free port, attached to a test booking system the way server.ts does it.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll } from "vitest";
import { Server } from "socket.io";
import { io as connect, type Socket, type ManagerOptions, type SocketOptions } from "socket.io-client";
import type { BookingSystem } from "../system";
import type { Ack, ClientToServer, ServerToClient } from "../realtime/messages";
import { realtimeServerOptions } from "../realtime/handshake";
import { attachRealtime } from "../realtime/server";

export type RealtimeClient = Socket<ServerToClient, ClientToServer>;

export interface RealtimeHarness {
  /** http://127.0.0.1:<port> */
  url(): string;
  /** A client that has connected, or the handshake error it got. */
  open(options?: Partial<ManagerOptions & SocketOptions>): Promise<{ socket: RealtimeClient; error: Error | null }>;
  /** A connected client; fails the test when the handshake is refused. */
  client(options?: Partial<ManagerOptions & SocketOptions>): Promise<RealtimeClient>;
}

export function realtimeServer(system: () => BookingSystem, allowedOrigins: string[] = []): RealtimeHarness {
  const httpServer = createServer();
  const io = new Server<ClientToServer, ServerToClient>(httpServer, realtimeServerOptions(allowedOrigins));
  const sockets: RealtimeClient[] = [];
  let detach: () => void = () => {};
  let url = "";

  beforeAll(async () => {
    detach = attachRealtime(io, system());
    await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    detach();
    await io.close();
  });

  const open: RealtimeHarness["open"] = async (options = {}) => {
    const socket: RealtimeClient = connect(url, { transports: ["websocket"], forceNew: true, reconnection: false, ...options });
    sockets.push(socket);
    const error = await new Promise<Error | null>((resolve) => {
      socket.once("connect", () => resolve(null));
      socket.once("connect_error", resolve);
    });
    return { socket, error };
  };

  return {
    url: () => url,
    open,
    async client(options) {
      const { socket, error } = await open(options);
      if (error) throw error;
      return socket;
    },
  };
}

/** Sends a client message and waits for its acknowledgement. */
export const ask = (socket: RealtimeClient, event: keyof ClientToServer, payload: unknown) =>
  new Promise<Ack>((resolve) => socket.emit(event, payload, resolve));
