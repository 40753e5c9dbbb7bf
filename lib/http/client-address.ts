// Who is on the other end of a request: the socket's peer, or the address a trusted proxy forwarded.
// Free of Next.js request APIs: server.ts (HTTP and the Socket.IO handshake) computes it once per
// request and hands it to Next.js in a header it overwrites, so a client can never set it.
import type { IncomingMessage } from "node:http";
import ipaddr from "ipaddr.js";
import proxyaddr from "proxy-addr";

/** Set by server.ts on every request (any incoming value is replaced): the client's address. */
export const CLIENT_ADDRESS_HEADER = "x-client-address";

/** A trust function for proxy-addr; nothing trusted when the list is empty. */
export function trustedProxies(list: string[]): (address: string, hop: number) => boolean {
  return list.length === 0 ? () => false : proxyaddr.compile(list);
}

/** X-Forwarded-For counts only as far back as the hops are trusted proxies. */
export function clientAddressOf(request: IncomingMessage, trust: (address: string, hop: number) => boolean): string {
  try {
    return proxyaddr(request, trust);
  } catch {
    return request.socket.remoteAddress ?? "unknown";
  }
}

/**
 * The key an address is limited by: IPv4 as it is (an IPv4-mapped IPv6 address too), IPv6 by its /64,
 * the block one household or one server is usually given, so rotating within it gains nothing.
 */
export function addressKey(address: string): string {
  if (!ipaddr.isValid(address)) return "unknown";
  const parsed = ipaddr.process(address);
  if (parsed.kind() === "ipv4") return parsed.toString();
  const parts = (parsed as ipaddr.IPv6).parts.slice(0, 4).map((p) => p.toString(16));
  return `${parts.join(":")}::/64`;
}
