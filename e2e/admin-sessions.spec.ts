// Staff sessions end on the server: signing out stops every copy of the cookie, on pages, the staff API
// and the admin socket. Sign-in goes back to the staff page that was asked for, and only to a staff page.
import { expect, test, type Page } from "@playwright/test";
import { io, type Socket } from "socket.io-client";
import { STAFF_PASSWORD } from "./support";

async function signIn(page: Page, name = "Test Staff") {
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Staff password").fill(STAFF_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** A Socket.IO connection from outside the browser, sending this Cookie header. */
async function staffSocket(baseURL: string, cookie: string): Promise<Socket> {
  const socket = io(baseURL, { transports: ["websocket"], reconnection: false, extraHeaders: { cookie } });
  await new Promise<void>((resolve, reject) => {
    socket.on("connect", () => resolve());
    socket.on("connect_error", reject);
  });
  return socket;
}

test("sign-in returns to the staff page that was asked for", async ({ page }) => {
  // Without a cookie, proxy.ts sends /admin/** to /admin/login?next=<path and query>.
  await page.goto("/admin/events?type=SeatsHeld");
  await expect(page).toHaveURL(/\/admin\/login\?next=%2Fadmin%2Fevents%3Ftype%3DSeatsHeld$/);
  await signIn(page);
  await expect(page).toHaveURL(/\/admin\/events\?type=SeatsHeld$/, { timeout: 15_000 });
  await expect(page.getByLabel("Event type")).toHaveValue("SeatsHeld");
});

test("the sign-in page returns to a staff page it was given, and to the dashboard for anything else", async ({ browser }) => {
  const asked = await (await browser.newContext()).newPage();
  await asked.goto(`/admin/login?next=${encodeURIComponent("/admin/events?type=SeatsHeld")}`);
  await expect(asked.getByText("Sign in to continue to")).toContainText("/admin/events?type=SeatsHeld");
  await signIn(asked);
  await expect(asked).toHaveURL(/\/admin\/events\?type=SeatsHeld$/, { timeout: 15_000 });

  for (const elsewhere of ["https://evil.example/admin", "//evil.example/admin", "/shows/hamlet"]) {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`/admin/login?next=${encodeURIComponent(elsewhere)}`);
    await expect(page.getByText("Sign in to continue to")).toHaveCount(0);
    await signIn(page);
    await expect(page, elsewhere).toHaveURL(/\/admin$/, { timeout: 15_000 });
  }
});

test("a copy of the staff cookie stops working when its session signs out: pages, API and the admin socket", async ({ browser, baseURL }) => {
  const first = await (await browser.newContext()).newPage();
  await first.goto("/admin/login");
  await signIn(first, "Grace");
  await expect(first).toHaveURL(/\/admin$/, { timeout: 15_000 });
  const cookies = await first.context().cookies();
  const header = cookies.map((c) => `${c.name}=${c.value}`).join("; ");

  // A second browser given a copy of the cookie is Grace as far as the server can tell...
  const secondContext = await browser.newContext();
  await secondContext.addCookies(cookies);
  const copy = await secondContext.newPage();
  await copy.goto("/admin");
  await expect(copy).toHaveURL(/\/admin$/);
  await expect(copy.locator("[data-live-status]")).toHaveAttribute("data-live-status", "live", { timeout: 10_000 });
  const socket = await staffSocket(baseURL as string, header);
  expect(await socket.timeout(5000).emitWithAck("admin:join", {})).toEqual({ ok: true });
  const cutOff = new Promise<string>((resolve) => socket.once("disconnect", resolve));

  // ...until Grace signs out: the session ends on the server, not only in her browser.
  await first.getByRole("button", { name: "Sign out" }).click();
  await expect(first).toHaveURL(/\/admin\/login$/);

  expect(await cutOff).toBe("io server disconnect");
  await expect(copy.getByRole("alert").filter({ hasText: "Your staff session has ended" })).toBeVisible();
  await expect(copy.locator("[data-live-status]")).toHaveAttribute("data-live-status", "offline");
  await copy.reload();
  await expect(copy).toHaveURL(/\/admin\/login/);
  await copy.goto("/admin/events");
  await expect(copy).toHaveURL(/\/admin\/login/);
  const api = await copy.request.get("/api/admin/shows");
  expect(api.status()).toBe(401);
  expect((await api.json()).code).toBe("UNAUTHORIZED");

  const again = await staffSocket(baseURL as string, header);
  expect(await again.timeout(5000).emitWithAck("admin:join", {})).toEqual({ ok: false, error: "Staff sign-in required" });
  again.disconnect();
});

test("an unknown show's staff page answers 404", async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/admin/login");
  await signIn(page);
  await expect(page).toHaveURL(/\/admin$/, { timeout: 15_000 });
  const response = await page.goto("/admin/shows/no-such-show");
  expect(response?.status()).toBe(404);
  expect((await page.request.get("/admin/shows/hamlet")).status()).toBe(200);
});
