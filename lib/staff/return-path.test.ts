import { describe, expect, it } from "vitest";
import { afterSignIn, safeStaffPath, signInHref } from "./return-path";

describe("the page sign-in returns to", () => {
  it.each(["/admin", "/admin/events?type=SeatsHeld", "/admin/events/streams/booking-b1?version=2", "/admin/shows/hamlet#seats"])("keeps the staff page %s", (path) => {
    expect(safeStaffPath(path)).toBe(path);
    expect(afterSignIn(path)).toBe(path);
  });

  it.each([
    ["another site", "https://evil.example/admin"],
    ["a protocol-relative URL", "//evil.example/admin"],
    ["a backslash some browsers read as a slash", "/admin\\..\\/evil.example"],
    ["a backslash after the slash", "/\\evil.example"],
    ["a public page", "/shows/hamlet"],
    ["a look-alike path", "/administrator"],
    ["a way out of /admin", "/admin/../shows/hamlet"],
    ["the sign-in page itself", "/admin/login"],
    ["the sign-in page with a query", "/admin/login?next=/admin"],
    ["the sign-in page with a trailing slash", "/admin/login/"],
    ["a newline", "/admin\n/x"],
    ["nothing", undefined],
    ["a number", 42],
    ["an empty string", ""],
  ])("refuses %s", (_what, value) => {
    expect(safeStaffPath(value)).toBeNull();
    expect(afterSignIn(value)).toBe("/admin");
  });

  it("links the sign-in page with the page to come back to, URL-encoded", () => {
    expect(signInHref("/admin/events?type=SeatsHeld&category=seats")).toBe("/admin/login?next=%2Fadmin%2Fevents%3Ftype%3DSeatsHeld%26category%3Dseats");
    expect(signInHref(null)).toBe("/admin/login");
    expect(signInHref("//evil.example")).toBe("/admin/login");
  });
});
