import { describe, expect, it } from "vitest";
import { isHotApiRequest } from "./hot-api";

describe("which requests take the JSON fast path", () => {
  it.each([
    ["GET", "/api/shows/arena-tour"],
    ["HEAD", "/api/shows/arena-tour"],
    ["GET", "/api/shows/arena-tour?x=1"],
    ["POST", "/api/shows/arena-tour/holds"],
  ])("%s %s is served in front of Next.js", (method, url) => expect(isHotApiRequest(method, url)).toBe(true));

  it.each([
    ["GET", "/api/shows"],
    ["POST", "/api/shows/arena-tour"],
    ["GET", "/api/shows/arena-tour/holds"],
    ["DELETE", "/api/shows/arena-tour/holds"],
    ["GET", "/api/shows/arena-tour/changes?after=3"],
    ["GET", "/shows/arena-tour"],
    ["POST", "/api/bookings/abc/payment"],
    ["GET", "/api/shows/arena-tour/"],
    ["POST", "/api/shows/arena-tour/holds/"],
  ])("%s %s goes on to Next.js", (method, url) => expect(isHotApiRequest(method, url)).toBe(false));
});
