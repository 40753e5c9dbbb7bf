// Partial cancellation feedback, and forms that keep what was typed after the server refused them. The
// declined-card retry, the one extension and the release question are in declined-and-expired.spec.ts.
import { expect, test } from "@playwright/test";
import { availableSeats, CARDS, holdSeats, openShow, pay, screenshot } from "./support";

test("a partial cancellation says what went and what is refunded, closes, and a second one works", async ({ page }) => {
  await openShow(page);
  await holdSeats(page, await availableSeats(page, 3, 80));
  await expect(page).toHaveURL(/\/checkout\//);
  await pay(page, CARDS.succeeds);
  await expect(page).toHaveURL(/\/bookings\/[0-9A-Z]{4}-[0-9A-Z]{4}\?key=/);
  const seatList = page.locator("section").filter({ has: page.getByRole("heading", { name: "Seats" }) }).getByRole("listitem");
  await expect(seatList).toHaveCount(3);

  /** Opens the panel, keeps only the first seat ticked, confirms; answers that seat's label and price. */
  async function cancelFirstSeat(of: number) {
    await page.getByRole("button", { name: "Cancel seats…" }).click();
    const boxes = page.getByRole("checkbox");
    await expect(boxes).toHaveCount(of);
    for (let i = 1; i < of; i++) await boxes.nth(i).uncheck();
    await expect(page.getByText(`1 of ${of} seats will be cancelled`)).toBeVisible();
    const [label, price] = ((await page.getByRole("group", { name: "Which seats do you want to cancel?" }).locator("label").first().innerText()).split(" · ") as [string, string]).map((s) => s.trim());
    await page.getByRole("button", { name: "Confirm cancellation" }).click();
    const done = page.getByRole("status").filter({ hasText: "Cancelled" });
    await expect(done).toContainText(label as string);
    await expect(done).toContainText(`A refund of ${price} is on its way`);
    await expect(page.getByRole("button", { name: "Confirm cancellation" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Cancel seats…" })).toBeVisible();
    return price as string;
  }

  const first = await cancelFirstSeat(3);
  await expect(seatList).toHaveCount(2);
  await expect(page.locator("[data-booking-status]")).toHaveAttribute("data-booking-status", "confirmed");
  await screenshot(page, "booking-partly-cancelled");
  const second = await cancelFirstSeat(2);
  await expect(seatList).toHaveCount(1);
  const cents = (price: string) => Math.round(Number(price.replace(/[^0-9.]/g, "")) * 100);
  const refunded = page.locator("dl div").filter({ hasText: "Refunded" }).locator("dd");
  await expect(refunded).toHaveText(new RegExp(((cents(first) + cents(second)) / 100).toFixed(2).replace(".", "\\.")));
});

test("lookup and staff sign-in keep what was typed, with the error by the field", async ({ page }) => {
  await page.goto("/bookings");
  const reference = page.getByLabel("Booking reference");
  const email = page.getByLabel("Email address used for the booking");
  await reference.fill("ZZZZ-ZZZZ");
  await email.fill("nobody@example.com");
  await page.getByRole("button", { name: "Find my booking" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "No booking matches" })).toBeVisible();
  await expect(reference).toHaveValue("ZZZZ-ZZZZ");
  await expect(email).toHaveValue("nobody@example.com");
  await expect(reference).toHaveAccessibleDescription(/No booking matches/);

  await email.fill("nobody-at-example");
  await page.getByRole("button", { name: "Find my booking" }).click();
  await expect(email).toHaveAccessibleDescription(/Enter the email address you booked with/);
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(email).toHaveValue("nobody-at-example");
  await expect(reference).toHaveValue("ZZZZ-ZZZZ");
  await screenshot(page, "find-booking-refused");

  // No password: refused by the server (the throttle never sees it); the name stays.
  await page.goto("/admin/login");
  await page.getByLabel("Your name").fill("Mallory");
  await page.getByRole("button", { name: "Sign in" }).click();
  const password = page.getByLabel("Staff password");
  await expect(password).toHaveAccessibleDescription("Enter the staff password");
  await expect(page.getByLabel("Your name")).toHaveValue("Mallory");
});
