// The hottest JSON endpoints, served in front of Next.js: an on-sale sends thousands of holds and seat-map
// reads a second, and Next.js's routing costs about 2 ms per request before any of our work (README,
// "The HTTP edge"). Same handlers and use-case layer as the Next.js route files; everything else goes on
// to Next.js.
import { getRequestListener } from "@hono/node-server";
import { Hono, type Context } from "hono";
import { getCookie } from "hono/cookie";
import { serialize } from "hono/utils/cookie";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { CallerRequest } from "../customers/caller";
import { holdResponse } from "./api/holds";
import { showResponse } from "./api/show";

/** The customer steps' view of a request on this path; cookies they set go onto the response. */
function callerOf(c: Context): { request: CallerRequest; setCookies: string[] } {
  const setCookies: string[] = [];
  return {
    setCookies,
    request: {
      cookie: (name) => getCookie(c, name),
      header: (name) => c.req.header(name) ?? null,
      setCookie: (name, value, o) =>
        setCookies.push(serialize(name, value, { httpOnly: o.httpOnly, secure: o.secure, path: o.path, maxAge: o.maxAge, sameSite: o.sameSite === "lax" ? "Lax" : "Strict" })),
    },
  };
}

const app = new Hono()
  .get("/api/shows/:id", (c) => showResponse(c.req.param("id"), c.req.header("accept-encoding") ?? null))
  .post("/api/shows/:id/holds", async (c) => {
    const caller = callerOf(c);
    const response = await holdResponse(c.req.raw, c.req.param("id"), caller.request);
    for (const cookie of caller.setCookies) response.headers.append("set-cookie", cookie);
    return response;
  });

const listener = getRequestListener(app.fetch);
// Exactly the routes below (a trailing slash goes on to Next.js, which redirects it as it does everywhere).
const SHOW = /^\/api\/shows\/[^/?]+(\?|$)/;
const HOLDS = /^\/api\/shows\/[^/?]+\/holds(\?|$)/;

/** Is this one of the hot endpoints? Anything else (other methods included) is Next.js's to answer. */
export function isHotApiRequest(method: string | undefined, url: string | undefined): boolean {
  if (!url) return false;
  if (method === "POST") return HOLDS.test(url);
  return (method === "GET" || method === "HEAD") && SHOW.test(url);
}

/** Serves the request when it is one of the hot endpoints; answers false (untouched) otherwise. */
export function serveHotApi(req: IncomingMessage, res: ServerResponse): boolean {
  if (!isHotApiRequest(req.method, req.url)) return false;
  void listener(req, res);
  return true;
}
