// What the Socket.IO server accepts before any message: connections from our own pages (or from clients
// that are not browsers), and small packets. WebSockets are not subject to CORS, so without this check any
// site a visitor opens could hold a live connection to us in their name.
import type { IncomingMessage } from "node:http";
import type { ServerOptions } from "socket.io";
import { isSameOrigin } from "../http/origin";

/** Client messages are a few dozen bytes; Socket.IO's default allows 1 MB per packet. */
export const MAX_PACKET_BYTES = 16_384;

const header = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** True when the handshake comes from one of `allowedOrigins` (empty: the Host it came to) or from a non-browser client. */
export function isOwnOriginHandshake(req: IncomingMessage, allowedOrigins: readonly string[]): boolean {
  return isSameOrigin({
    origin: header(req.headers.origin),
    host: header(req.headers.host),
    fetchSite: header(req.headers["sec-fetch-site"]),
    allowed: allowedOrigins,
  });
}

/** The options server.ts creates its Socket.IO server with; `allowedOrigins` is APP_ORIGIN. */
export function realtimeServerOptions(allowedOrigins: readonly string[]): Partial<ServerOptions> {
  return {
    allowRequest: (req, callback) => {
      if (isOwnOriginHandshake(req, allowedOrigins)) callback(null, true);
      else callback("Connections are accepted from this site's own pages only", false);
    },
    maxHttpBufferSize: MAX_PACKET_BYTES,
  };
}
