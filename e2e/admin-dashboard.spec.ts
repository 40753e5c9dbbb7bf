import { expect, test, type Page } from "@playwright/test";
import { CARDS, holdSeats, openShow, pay, screenshot, signInAsStaff } from "./support";

const card = (page: Page, showId: string) => page.locator(`li[data-show-id="${showId}"]`);
const count = (page: Page, showId: string, what: "available" | "held" | "booked") => card(page, showId).getByTestId(`seats-${what}`);

async function createShow(staff: Page, title: string): Promise<string> {
  await staff.goto("/admin/shows/new");
  await staff.getByLabel("Title", { exact: true }).fill(title);
  await staff.getByLabel("Venue", { exact: true }).fill("Test Room");
  await staff.getByLabel("Section 1 rows").fill("2");
  await staff.getByLabel("Section 1 seats per row").fill("5");
  await staff.getByLabel("Section 1 band 1 price").fill("30");
  await expect(staff.getByTestId("plan-seat-count")).toHaveText("10 seats");
  await expect(staff.getByRole("button", { name: /^Row B seat 5,/ })).toBeVisible();
  await screenshot(staff, "admin-new-show");
  await staff.getByRole("button", { name: "Create show" }).click();
  await expect(staff).toHaveURL(/\/admin\/shows\/[^/?]+\?created=1$/);
  const showId = new URL(staff.url()).pathname.split("/").at(-1) as string;
  await staff.getByRole("button", { name: "Publish" }).click();
  // Once published the button gives way to the status.
  await expect(staff.getByTestId("show-header").getByText("On sale")).toBeVisible();
  return showId;
}

test("staff create a show, and its sales reach the dashboard live", async ({ browser }) => {
  // Two browsers, a show built, booked and inspected at two widths: longer than one booking spec.
  test.setTimeout(120_000);
  const staff = await (await browser.newContext()).newPage();
  await signInAsStaff(staff);
  const title = `Matinee ${Date.now().toString(36)}`;
  const showId = await createShow(staff, title);

  await staff.goto("/admin/shows");
  await expect(staff.locator(`li[data-show-id="${showId}"]`).getByText("On sale")).toBeVisible();
  await screenshot(staff, "admin-shows");

  await staff.goto("/admin");
  await expect(staff.locator("[data-live-status]")).toHaveAttribute("data-live-status", "live");
  await expect(count(staff, showId, "available")).toHaveText("10");
  const timeline = staff.getByTestId("timeline");
  await expect(timeline.getByText(`${title} published`)).toBeVisible();

  const customer = await (await browser.newContext()).newPage();
  await openShow(customer, `/shows/${showId}`);
  await holdSeats(customer, ["A-1", "A-2"]);
  await expect(customer).toHaveURL(/\/checkout\//);
  await expect(count(staff, showId, "held")).toHaveText("2", { timeout: 2000 });
  await expect(count(staff, showId, "available")).toHaveText("8", { timeout: 2000 });
  await expect(timeline.getByText(new RegExp(`held 2 seats in row A for ${title}`))).toBeVisible({ timeout: 2000 });

  await pay(customer, CARDS.succeeds);
  await expect(customer).toHaveURL(/\/bookings\//);
  await expect(count(staff, showId, "booked")).toHaveText("2", { timeout: 2000 });
  await expect(count(staff, showId, "held")).toHaveText("0", { timeout: 2000 });
  await expect(card(staff, showId).getByTestId("revenue")).toHaveText("€60.00", { timeout: 2000 });
  await expect(timeline.getByText(new RegExp(`confirmed for .* \\(${title}\\)`))).toBeVisible({ timeout: 2000 });

  // Filters: this show's events only, then one type; each links into the stream's history.
  await staff.getByRole("combobox", { name: "Show" }).selectOption({ label: title });
  await staff.getByRole("combobox", { name: "Type" }).selectOption("BookingConfirmed");
  await expect(timeline.locator("li")).toHaveCount(1);
  await expect(timeline.getByRole("link")).toHaveAttribute("href", /^\/admin\/events\/streams\/booking-[^?]+\?version=\d+$/);
  await staff.getByRole("combobox", { name: "Type" }).selectOption("");
  await staff.getByRole("combobox", { name: "Show" }).selectOption("");
  await screenshot(staff, "admin-dashboard");

  // A booked seat cannot be removed: the domain's reason is shown as it is.
  await staff.goto(`/admin/shows/${showId}`);
  await staff.getByLabel("Or type seat ids").fill("A-1");
  await staff.getByRole("button", { name: "Remove seats" }).click();
  await expect(staff.getByText("Only available seats can be removed; held or booked: Row A, seat 1")).toBeVisible();
  await screenshot(staff, "admin-manage-show");

  await staff.setViewportSize({ width: 390, height: 844 });
  await staff.goto("/admin");
  await expect(staff.locator("[data-live-status]")).toHaveAttribute("data-live-status", "live");
  await screenshot(staff, "admin-dashboard-phone");
  await staff.goto("/admin/shows");
  await screenshot(staff, "admin-shows-phone");
  await staff.goto("/admin/shows/new");
  await screenshot(staff, "admin-new-show-phone");
});

test("cancelling a show refunds its bookings", async ({ browser }) => {
  const staff = await (await browser.newContext()).newPage();
  await signInAsStaff(staff);
  const title = `Cancelled ${Date.now().toString(36)}`;
  const showId = await createShow(staff, title);

  const customer = await (await browser.newContext()).newPage();
  await openShow(customer, `/shows/${showId}`);
  await holdSeats(customer, ["B-3"]);
  await pay(customer, CARDS.succeeds);
  await expect(customer).toHaveURL(/\/bookings\//);

  await staff.goto(`/admin/shows/${showId}`);
  await staff.getByRole("button", { name: "Cancel this show…" }).click();
  await staff.getByLabel("Reason (customers see it)").fill("The lead is unwell");
  await staff.getByLabel(/I understand/).check();
  await staff.getByRole("button", { name: "Cancel the show" }).click();
  await expect(staff.getByText(/Every booking is being cancelled and refunded|This show is cancelled/).first()).toBeVisible();

  await staff.goto("/admin");
  await expect(card(staff, showId).getByText("Cancelled", { exact: true })).toBeVisible();
  await expect(staff.getByTestId("timeline").getByText(new RegExp(`refunded 30\\.00 \\(${title}\\)`))).toBeVisible({ timeout: 5000 });
  await expect(count(staff, showId, "booked")).toHaveText("0", { timeout: 5000 });
});

test("the admin JSON API answers only signed-in staff", async ({ browser, request }) => {
  expect((await request.get("/api/admin/shows")).status()).toBe(401);
  const staff = await (await browser.newContext()).newPage();
  await signInAsStaff(staff);
  const response = await staff.request.get("/api/admin/shows");
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { shows: Array<{ showId: string; seats: { total: number } }>; sales: { points: unknown[] } };
  expect(body.shows.find((s) => s.showId === "hamlet")?.seats.total).toBe(150);
  expect(body.sales.points).toHaveLength(120);
});
