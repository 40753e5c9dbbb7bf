// Every staff page, once each, has no axe violation of any impact (WCAG A/AA and best practices).
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { signInAsStaff } from "./support";

test("staff pages have no accessibility violations", async ({ page }) => {
  // Eleven pages, each analysed whole: more than the default minute on a loaded machine.
  test.setTimeout(180_000);
  await page.goto("/admin/login");
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  await expectNoAxeViolations(page);

  await signInAsStaff(page);
  // The dashboard's charts and live counters have drawn.
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.waitForLoadState("networkidle");
  await expectNoAxeViolations(page);

  const pages: Array<[string, () => Promise<void>]> = [
    ["/admin/shows", () => expect(page.getByRole("heading", { name: "Shows", level: 1 })).toBeVisible()],
    ["/admin/shows/new", () => expect(page.getByRole("heading", { level: 1 })).toBeVisible()],
    ["/admin/shows/hamlet", () => expect(page.getByRole("heading", { level: 1 })).toBeVisible()],
    ["/admin/events", () => expect(page.locator("[data-live-tail]")).toHaveAttribute("data-live-tail", "live")],
    ["/admin/events/streams", () => expect(page.getByRole("heading", { level: 1 })).toBeVisible()],
    ["/admin/events/streams/show-hamlet", () => expect(page.getByRole("heading", { name: "show-hamlet", level: 1 })).toBeVisible()],
    ["/admin/projections", () => expect(page.getByRole("heading", { level: 1 })).toBeVisible()],
    ["/admin/box-office?q=customer1%40example.com", () => expect(page.getByRole("list", { name: "Bookings found" })).toBeVisible()],
  ];
  for (const [path, ready] of pages) {
    await page.goto(path);
    await ready();
    await expectNoAxeViolations(page);
  }

  // A booking's page, and the correlation chain its first event belongs to.
  await page.getByRole("list", { name: "Bookings found" }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: /^Booking / })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("list", { name: "Events of this booking, oldest first" }).getByRole("link", { name: "Correlation chain" }).first().click();
  await expect(page).toHaveURL(/\/admin\/events\/correlation\//);
  await expectNoAxeViolations(page);
});
