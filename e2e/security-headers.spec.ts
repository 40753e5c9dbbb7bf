// Every page works under the Content Security Policy (no violation, no console error, live updates
// still arrive), every kind of response carries the security headers, and nothing can frame a page.
import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { availableSeats, CARDS, holdSeats, openShow, pay, signInAsStaff, THEATRE, waitLive } from "./support";

const STAFF_PAGES = ["/admin", "/admin/shows", "/admin/shows/new", "/admin/events", "/admin/events/streams", "/admin/projections"];

interface Problems {
  /** Violations and console errors since the last check. */
  take(): string[];
}

/** Collects CSP violations (reported inside the page) and console errors of every page this tab opens. */
async function watch(page: Page): Promise<Problems> {
  let problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`${page.url()}: ${error.message}`));
  return {
    take() {
      const taken = problems;
      problems = [];
      return taken;
    },
  };
}

/** Opens a page and lets its scripts run: loaded, hydrated (React has attached to the root) and a moment more. */
async function visit(page: Page, path: string) {
  const response = await page.goto(path);
  await settled(page);
  return response;
}

async function settled(page: Page) {
  await page.waitForLoadState("load");
  await page.waitForFunction(() => Object.keys(document.body).some((key) => key.startsWith("__react")));
  await page.waitForTimeout(250);
}

const SECURITY_HEADERS = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "DENY",
};

/** One header, sent exactly once. */
function single(response: APIResponse, name: string): string {
  const values = response.headersArray().filter((h) => h.name.toLowerCase() === name);
  expect(values, `${response.url()}: one ${name}`).toHaveLength(1);
  return values[0]!.value;
}

function expectSecurityHeaders(response: APIResponse) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(single(response, name), `${response.url()} ${name}`).toBe(value);
  expect(response.headers()["x-powered-by"], response.url()).toBeUndefined();
  const csp = single(response, "content-security-policy");
  expect(csp).toContain("frame-ancestors 'none'");
  return csp;
}

test("customer pages run under the CSP without a violation, and the seat map goes live", async ({ page }) => {
  const problems = await watch(page);
  for (const path of ["/", "/bookings", "/shows/ninth", "/shows/arena-tour", "/admin/login"]) {
    const response = await visit(page, path);
    expect(response?.status(), path).toBe(200);
    expect(problems.take(), path).toEqual([]);
  }

  // The seat map's live connection (Socket.IO over a WebSocket to 'self') works under connect-src.
  await openShow(page, THEATRE);
  await holdSeats(page, await availableSeats(page, 1, 30));
  await expect(page).toHaveURL(/\/checkout\//);
  await expect(page.getByText("Your seats are held for")).toBeVisible();
  await settled(page);
  expect(problems.take(), "seat map and checkout").toEqual([]);

  await pay(page, CARDS.succeeds, "Ada Lovelace", "ada@example.com");
  await expect(page.locator("[data-booking-status]")).toHaveAttribute("data-booking-status", "confirmed");
  // The QR code is drawn by a script and the page has inline style attributes.
  await expect(page.getByRole("img", { name: /QR code of booking reference/ })).toBeVisible();
  await settled(page);
  expect(problems.take(), "booking page").toEqual([]);

  // A 404 page is a page too: its scripts carry the nonce. (The browser reports the 404 status itself.)
  const missing = await visit(page, "/no-such-page");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "We couldn't find that page" })).toBeVisible();
  expect(problems.take().filter((p) => !p.includes("status of 404"))).toEqual([]);
});

test("staff pages run under the CSP without a violation, the dashboard's charts and timeline included", async ({ page }) => {
  const problems = await watch(page);
  await signInAsStaff(page);
  for (const path of STAFF_PAGES) {
    const response = await visit(page, path);
    expect(response?.status(), path).toBe(200);
    expect(page.url(), path).toMatch(new RegExp(`${path}$`));
    if (path === "/admin") {
      // recharts draws with inline style attributes; the timeline fills from the log and then live.
      await expect(page.locator("svg.recharts-surface").first()).toBeVisible();
      await expect(page.getByTestId("timeline").locator("li").first()).toBeVisible();
    }
    expect(problems.take(), path).toEqual([]);
  }
  // A stream with time travel and a staff show page: the deepest pages of the history viewer and the box office.
  for (const path of ["/admin/events/streams/show-hamlet?version=1", "/admin/shows/hamlet"]) {
    expect((await visit(page, path))?.status(), path).toBe(200);
    expect(problems.take(), path).toEqual([]);
  }
  expect(problems.take()).toEqual([]);
});

test("a staff page without a session goes to sign-in, told where to return", async ({ page }) => {
  await page.goto("/admin/events?type=SeatsHeld");
  await expect(page).toHaveURL(/\/admin\/login\?next=%2Fadmin%2Fevents%3Ftype%3DSeatsHeld$/);
});

test("every kind of response carries the security headers; a page's CSP carries its own nonce", async ({ request }) => {
  const page = await request.get("/shows/hamlet");
  expect(page.status()).toBe(200);
  const csp = expectSecurityHeaders(page);
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  // 128 random bits, base64: unguessable, and the same value the scripts carry (checked below).
  expect(nonce).toMatch(/^[A-Za-z0-9+/]{22,}={0,2}$/);
  expect(csp).toContain("'strict-dynamic'");
  expect(csp).not.toContain("unsafe-eval");
  const html = await page.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
  // A fresh nonce for every request.
  expect(single(await request.get("/shows/hamlet"), "content-security-policy")).not.toContain(nonce);

  const asset = /\/_next\/static\/[^"]+\.js/.exec(html)?.[0];
  expect(asset).toMatch(/^\/_next\/static\/.+\.js$/);
  for (const path of ["/api/shows", asset!, "/icon.svg", "/api/no-such-route", "/socket.io/?EIO=4&transport=polling"]) {
    const response = await request.get(path);
    expect(expectSecurityHeaders(response), path).toContain("default-src 'none'");
  }

  const notFound = await request.get("/no-such-page");
  expect(notFound.status()).toBe(404);
  expect(expectSecurityHeaders(notFound)).toMatch(/'nonce-[^']+'/);
});

test("no other site can frame a page or open a live connection", async ({ page, baseURL }) => {
  // A page of another site, served by the test itself.
  await page.route("http://elsewhere.example/", (route) =>
    route.fulfill({ contentType: "text/html", body: `<iframe src="${baseURL}/admin/login"></iframe>` }),
  );
  await page.goto("http://elsewhere.example/");
  const framed = page.frames().find((frame) => frame !== page.mainFrame());
  await expect.poll(() => framed?.url()).not.toBe("about:blank");
  // A blocked frame shows Chromium's error page, never our sign-in form.
  await expect(page.frameLocator("iframe").getByLabel("Staff password")).toHaveCount(0);

  const socketUrl = `${baseURL!.replace(/^http/, "ws")}/socket.io/?EIO=4&transport=websocket`;
  const outcome = await page.evaluate(
    (url) =>
      new Promise<string>((resolve) => {
        const ws = new WebSocket(url);
        ws.onmessage = (message) => resolve(`message ${String(message.data).slice(0, 1)}`);
        ws.onerror = () => resolve("refused");
        ws.onclose = () => resolve("refused");
      }),
    socketUrl,
  );
  expect(outcome).toBe("refused");
});

test("our own pages keep their live connection under the CSP", async ({ page }) => {
  const problems = await watch(page);
  await page.goto(THEATRE);
  await waitLive(page);
  await page.goto("/");
  await expect(page.locator("[data-live-status]")).toHaveAttribute("data-live-status", "live");
  expect(problems.take()).toEqual([]);
});
