import { IncomingMessage } from "node:http";
import { Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { addressKey, clientAddressOf, trustedProxies } from "./client-address";

function request(peer: string, forwardedFor?: string): IncomingMessage {
  const socket = new Socket();
  Object.defineProperty(socket, "remoteAddress", { value: peer });
  const req = new IncomingMessage(socket);
  if (forwardedFor) req.headers["x-forwarded-for"] = forwardedFor;
  return req;
}

describe("the client address", () => {
  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    const trust = trustedProxies([]);
    for (const claimed of ["1.2.3.4", "5.6.7.8, 9.9.9.9", "not an address"])
      expect(clientAddressOf(request("203.0.113.5", claimed), trust)).toBe("203.0.113.5");
  });

  it("believes X-Forwarded-For only as far back as the hops are trusted proxies", () => {
    const trust = trustedProxies(["loopback", "10.0.0.0/8"]);
    expect(clientAddressOf(request("127.0.0.1", "198.51.100.7"), trust)).toBe("198.51.100.7");
    // The client prepends a fake hop: the nearest untrusted address is still the real client.
    expect(clientAddressOf(request("127.0.0.1", "1.1.1.1, 198.51.100.7, 10.0.0.3"), trust)).toBe("198.51.100.7");
    // A peer that is not a trusted proxy is the client itself.
    expect(clientAddressOf(request("203.0.113.5", "198.51.100.7"), trust)).toBe("203.0.113.5");
  });

  it("is keyed by IPv4 address, IPv4-mapped IPv6 as IPv4, and IPv6 by its /64", () => {
    expect(addressKey("198.51.100.7")).toBe("198.51.100.7");
    expect(addressKey("::ffff:198.51.100.7")).toBe("198.51.100.7");
    expect(addressKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:db8:1:2:bbbb:cccc:dddd:eeee")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:db8:1:3::1")).not.toBe(addressKey("2001:db8:1:2::1"));
    expect(addressKey("")).toBe("unknown");
    expect(addressKey("garbage")).toBe("unknown");
  });
});
