import { describe, expect, it } from "vitest";
import { crossSiteRefusal, notJsonRefusal, readJsonBody } from "./json-request";

const url = "http://tickets.example.com/api/shows/hamlet/holds";

/** A body that arrives in chunks and declares no length: only counting the stream can stop it. */
function streamed(chunks: number, size: number, headers: Record<string, string> = {}): Request {
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent++ >= chunks) return controller.close();
      controller.enqueue(new Uint8Array(size).fill(0x20));
    },
  });
  return new Request(url, { method: "POST", body, headers: { "content-type": "application/json", ...headers }, duplex: "half" } as RequestInit);
}

describe("the JSON edge", () => {
  it("reads a small JSON body", async () => {
    const body = await readJsonBody(new Request(url, { method: "POST", body: JSON.stringify({ seatIds: ["A-1"] }) }), 16_384);
    expect(body).toEqual({ ok: true, value: { seatIds: ["A-1"] } });
  });

  it("refuses a body over the limit read off the stream, with no Content-Length, and stops reading", async () => {
    let pulled = 0;
    const request = streamed(10_000, 1024);
    const original = request.body!.getReader.bind(request.body);
    Object.defineProperty(request.body, "getReader", {
      value: () => {
        const reader = original();
        return { read: () => (pulled++, reader.read()), cancel: (r?: unknown) => reader.cancel(r) };
      },
    });
    const body = await readJsonBody(request, 16_384);
    expect(body.ok).toBe(false);
    if (!body.ok) expect(body.response.status).toBe(413);
    expect(pulled).toBeLessThan(40);
  });

  it("refuses at once a declared length over the limit", async () => {
    const body = await readJsonBody(streamed(1, 10, { "content-length": "100000000" }), 16_384);
    expect(!body.ok && body.response.status).toBe(413);
  });

  it("reads a body that is not JSON as nothing (the schema then refuses it)", async () => {
    expect(await readJsonBody(new Request(url, { method: "POST", body: "{not json" }), 16_384)).toEqual({ ok: true, value: undefined });
  });

  it("wants application/json", () => {
    const post = (type?: string) => new Request(url, { method: "POST", body: "{}", headers: type ? { "content-type": type } : {} });
    expect(notJsonRefusal(post("application/json"))).toBeNull();
    expect(notJsonRefusal(post("application/json; charset=utf-8"))).toBeNull();
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"])
      expect(notJsonRefusal(post(type))?.status).toBe(415);
    // A body without a type at all is refused too.
    expect(notJsonRefusal(new Request(url, { method: "POST", body: new Uint8Array([123, 125]) }))?.status).toBe(415);
  });

  it("refuses another site's page, with 403", () => {
    const from = (origin: string) => new Request(url, { method: "POST", headers: { origin, host: "tickets.example.com" } });
    expect(crossSiteRefusal(from("http://tickets.example.com"))).toBeNull();
    expect(crossSiteRefusal(from("https://evil.example"))?.status).toBe(403);
  });
});
