// Every customer page once: no axe violations of any impact, times on the venue's clock, what a shared
// link previews, the app's icons and manifest, and 404s that say what happened and where to go instead.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { availableSeats, CARDS, holdSeats, openShow, pay, screenshot, THEATRE } from "./support";

async function expectHelpful404(page: Page, path: string, heading: RegExp) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "See all shows" })).toHaveAttribute("href", "/");
  await expect(page.getByRole("main").getByRole("link", { name: "Find my booking" })).toHaveAttribute("href", "/bookings");
}

test("customer pages: axe clean, venue times, sharing metadata, icons, helpful 404s", async ({ page, request }) => {
  // Seven full axe runs; the 5,000-seat arena's alone takes a minute or more on a busy machine.
  test.setTimeout(240_000);
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Upcoming shows" })).toBeVisible();
  await expect(page.getByText(/The Globe Studio · \w{3} \d{1,2} \w{3} \d{4}, 19:30 (GMT|BST)/)).toBeVisible();
  await expectNoAxeViolations(page);

  // The theatre: its time on the venue's clock, which clock, and what a shared link shows.
  await openShow(page, THEATRE);
  await expect(page.locator("main time").first()).toHaveText(/19:30 (GMT|BST)$/);
  await expect(page.getByText("Times are local to the venue (Europe/London)")).toBeVisible();
  const meta = (property: string) => page.locator(`meta[property="${property}"]`);
  await expect(meta("og:title")).toHaveAttribute("content", "Hamlet · The Globe Studio");
  await expect(meta("og:description")).toHaveAttribute("content", /^\w{3} \d{1,2} \w{3} \d{4}, 19:30 (GMT|BST) at The Globe Studio\./);
  await expect(meta("og:image")).toHaveAttribute("content", /^http:\/\/localhost:3100\/og-image\.png$/);
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
  await expectNoAxeViolations(page);

  // A checkout, then the booking it makes.
  await holdSeats(page, await availableSeats(page, 2, 20));
  await expect(page).toHaveURL(/\/checkout\//);
  await expect(page.getByText(/19:30 (GMT|BST)/)).toBeVisible();
  await expect(page.getByText(/^Row [A-J], seat \d+/).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await pay(page, CARDS.succeeds);
  await expect(page.locator("[data-booking-status]")).toHaveAttribute("data-booking-status", "confirmed");
  await expect(page.getByText(/^Row [A-J], seat \d+/).first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/bookings");
  await expect(page.getByRole("heading", { name: "Find my booking" })).toBeVisible();
  await expectNoAxeViolations(page);

  // Unknown shows, checkouts and bookings: a 404 that explains and offers ways forward.
  await expectHelpful404(page, "/shows/no-such-show", /couldn't find that show/);
  await expectNoAxeViolations(page);
  await screenshot(page, "not-found");
  await expectHelpful404(page, "/checkout/no-such-checkout", /couldn't find this checkout/);
  await expectHelpful404(page, "/bookings/ABCD-EFGH?key=not-the-key", /couldn't find that booking/);
  await expectHelpful404(page, "/no/such/page", /couldn't find that page/);

  // The app's face: icons, manifest and robots.txt, served with their types.
  for (const [path, type] of [
    ["/favicon.ico", /^image\/(x-icon|vnd\.microsoft\.icon)/],
    ["/apple-touch-icon.png", /^image\/png/],
    ["/icon-192.png", /^image\/png/],
    ["/icon-512.png", /^image\/png/],
    ["/og-image.png", /^image\/png/],
    ["/robots.txt", /^text\/plain/],
    ["/manifest.webmanifest", /^application\/manifest\+json/],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toMatch(type);
  }
  const manifest = await (await request.get("/manifest.webmanifest")).json();
  expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  expect(await (await request.get("/robots.txt")).text()).toMatch(/Disallow: \/admin[\s\S]*Disallow: \/api[\s\S]*Disallow: \/checkout[\s\S]*Disallow: \/bookings/);

  // Last, as the slowest check: the arena, with sections and its own venue's clock.
  await page.goto("/shows/arena-tour");
  await expect(page.getByText("Times are local to the venue (Europe/Dublin)")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Choose your seats" })).toBeVisible();
  await expectNoAxeViolations(page);
});
