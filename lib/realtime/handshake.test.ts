import { expect, it } from "vitest";
import { MAX_PACKET_BYTES } from "./handshake";
import { describeEachSystem } from "../testing/system";
import { realtimeServer } from "../testing/realtime";

describeEachSystem("the Socket.IO handshake, APP_ORIGIN unset", (system) => {
  const server = realtimeServer(system);

  it("refuses a page of another site, over WebSocket and over polling", async () => {
    for (const transports of [["websocket"], ["polling"]]) {
      const { socket, error } = await server.open({ transports, extraHeaders: { origin: "http://evil.example" } });
      expect(error, transports[0]).not.toBeNull();
      expect(socket.connected).toBe(false);
    }
  });

  it("refuses a sandboxed page (Origin: null) and a cross-site fetch without Origin", async () => {
    expect((await server.open({ extraHeaders: { origin: "null" } })).error).not.toBeNull();
    expect((await server.open({ transports: ["polling"], extraHeaders: { "sec-fetch-site": "cross-site" } })).error).not.toBeNull();
  });

  it("closes a connection that sends a packet above the limit", async () => {
    const socket = await server.client();
    const closed = new Promise<string>((resolve) => socket.once("disconnect", resolve));
    socket.emit("show:join", { showId: "x".repeat(MAX_PACKET_BYTES) });
    expect(await closed).toBe("transport close");
  });

  it("accepts our own pages (the Host the request came to) and clients that are not browsers", async () => {
    const own = await server.open({ extraHeaders: { origin: server.url() } });
    expect(own.error).toBeNull();
    const ownPolling = await server.open({ transports: ["polling"], extraHeaders: { origin: server.url(), "sec-fetch-site": "same-origin" } });
    expect(ownPolling.error).toBeNull();
    const script = await server.open();
    expect(script.error).toBeNull();
  });
});

describeEachSystem("the Socket.IO handshake, APP_ORIGIN set", (system) => {
  const server = realtimeServer(system, ["https://tickets.example.com"]);

  it("accepts only the configured origins, not whatever Host the request names", async () => {
    expect((await server.open({ extraHeaders: { origin: "https://tickets.example.com" } })).error).toBeNull();
    expect((await server.open({ extraHeaders: { origin: server.url() } })).error).not.toBeNull();
  });
});
