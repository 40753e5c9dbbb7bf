import { expect, test } from "@playwright/test";
import { io } from "socket.io-client";
import { signInAsStaff, STAFF_PASSWORD } from "./support";

const PAGES = ["/admin", "/admin/shows", "/admin/shows/new", "/admin/events", "/admin/events/streams", "/admin/projections"];
const API: Array<[string, string]> = [
  ["GET", "/api/admin/shows"],
  ["GET", "/api/admin/projections"],
  ["POST", "/api/admin/projections/seat-view/rebuild"],
  ["POST", "/api/admin/projections/seat-view/verify"],
  ["GET", "/api/admin/events/export"],
];

/** Asks the staff Socket.IO room to let this connection in, with or without a session cookie. */
async function joinStaffRoom(baseURL: string, cookie?: string): Promise<{ ok: boolean; error?: string }> {
  const socket = io(baseURL, { transports: ["websocket"], extraHeaders: cookie ? { cookie } : {} });
  try {
    await new Promise<void>((resolve, reject) => {
      socket.on("connect", () => resolve());
      socket.on("connect_error", reject);
    });
    return await socket.timeout(5000).emitWithAck("admin:join", {});
  } finally {
    socket.disconnect();
  }
}

test("every staff page sends a visitor without a session to the sign-in page", async ({ page }) => {
  for (const path of PAGES) {
    await page.goto(path);
    await expect(page, `${path} must redirect`).toHaveURL(new RegExp(`/admin/login\\?next=${encodeURIComponent(path)}$`));
  }
});

test("every staff API answers 401 without a session", async ({ request }) => {
  for (const [method, path] of API) {
    const response = await request.fetch(path, { method, data: method === "POST" ? {} : undefined });
    expect(response.status(), `${method} ${path}`).toBe(401);
    expect((await response.json()).code).toBe("UNAUTHORIZED");
  }
});

test("the staff Socket.IO room refuses a connection without a session and admits one with it", async ({ page, baseURL }) => {
  expect(await joinStaffRoom(baseURL as string)).toEqual({ ok: false, error: "Staff sign-in required" });
  await signInAsStaff(page);
  const cookies = await page.context().cookies();
  const header = cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  expect(await joinStaffRoom(baseURL as string, header)).toEqual({ ok: true });
  // A forged cookie is refused.
  expect(await joinStaffRoom(baseURL as string, "staff_session=forged")).toEqual({ ok: false, error: "Staff sign-in required" });
});

test("a wrong password is refused; signing out ends the session", async ({ page }) => {
  await page.goto("/admin/login");
  await page.getByLabel("Your name").fill("Mallory");
  await page.getByLabel("Staff password").fill("wrong-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "That password is not right" })).toBeVisible();
  // The name is kept, the password is not, and the error is the password field's.
  await expect(page.getByLabel("Your name")).toHaveValue("Mallory");
  await expect(page.getByLabel("Staff password")).toHaveAccessibleDescription("That password is not right");
  await expect(page.getByLabel("Staff password")).toHaveValue("");
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/login\?next=%2Fadmin$/);

  await page.getByLabel("Your name").fill("Grace");
  await page.getByLabel("Staff password").fill(STAFF_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/, { timeout: 15_000 });
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/admin\/login$/);
  await page.goto("/admin/projections");
  await expect(page).toHaveURL(/\/admin\/login\?next=%2Fadmin%2Fprojections$/);
});
