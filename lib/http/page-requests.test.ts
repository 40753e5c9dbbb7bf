import { describe, expect, it } from "vitest";
import { staffSignInRedirect } from "./page-requests";

const get = (pathname: string, search: string, hasStaffCookie: boolean) => ({ method: "GET", pathname, search, hasStaffCookie });

describe("staffSignInRedirect", () => {
  it("sends a staff page without a session cookie to sign-in, with the path and query to return to", () => {
    expect(staffSignInRedirect(get("/admin", "", false))).toBe("/admin/login?next=%2Fadmin");
    expect(staffSignInRedirect(get("/admin/events", "?type=SeatsHeld&after=10", false))).toBe(
      "/admin/login?next=%2Fadmin%2Fevents%3Ftype%3DSeatsHeld%26after%3D10",
    );
  });

  it("lets the sign-in page, other pages and requests with a session cookie through", () => {
    expect(staffSignInRedirect(get("/admin/login", "?next=%2Fadmin", false))).toBeNull();
    expect(staffSignInRedirect(get("/admin/login/anything", "", false))).toBeNull();
    expect(staffSignInRedirect(get("/admin/shows", "", true))).toBeNull();
    expect(staffSignInRedirect(get("/administrator", "", false))).toBeNull();
    expect(staffSignInRedirect(get("/api/admin/shows", "", false))).toBeNull();
    expect(staffSignInRedirect(get("/", "", false))).toBeNull();
  });

  it("leaves a server action (a POST) to check the session itself", () => {
    expect(staffSignInRedirect({ ...get("/admin/shows/new", "", false), method: "POST" })).toBeNull();
    expect(staffSignInRedirect({ ...get("/admin", "", false), method: "HEAD" })).toBe("/admin/login?next=%2Fadmin");
  });
});
