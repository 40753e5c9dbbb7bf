// Shared steps of the browser specs: how a visitor finds seats, holds them and pays.
import { expect, type Page } from "@playwright/test";
import { mkdirSync } from "node:fs";

export const SHORT_HOLD_URL = "http://localhost:3101";
export const THEATRE = "/shows/hamlet";
export const CARDS = { succeeds: "4242 4242 4242 4242", declined: "4000 0000 0000 0002" };

/** Seat buttons are labelled "Row C seat 12, Premium, €45.00, available". */
export const seat = (page: Page, seatId: string) => {
  const [row, number] = seatId.split("-");
  return page.getByRole("button", { name: new RegExp(`^Row ${row} seat ${number},`) });
};

/** The first `count` seats that are available right now, in map order, as "C-12" ids. */
export async function availableSeats(page: Page, count: number, skip = 0): Promise<string[]> {
  const labels = await page.getByRole("button", { name: /, available$/ }).evaluateAll((buttons) => buttons.map((b) => b.getAttribute("aria-label") ?? ""));
  return labels
    .slice(skip, skip + count)
    .map((label) => /^Row (\S+) seat (\d+),/.exec(label))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => `${m[1]}-${m[2]}`);
}

export async function expectSeatState(page: Page, seatId: string, state: RegExp | string, timeout = 1000) {
  await expect(seat(page, seatId)).toHaveAttribute("aria-label", typeof state === "string" ? new RegExp(`, ${state}$`) : state, { timeout });
}

export async function waitLive(page: Page) {
  await expect(page.locator("[data-live-status]")).toHaveAttribute("data-live-status", "live", { timeout: 10_000 });
}

export async function openShow(page: Page, path = THEATRE) {
  await page.goto(path);
  await waitLive(page);
}

export async function holdSeats(page: Page, seatIds: string[]) {
  for (const id of seatIds) await seat(page, id).click();
  await page.getByRole("button", { name: /^Hold \d+ seats?$/ }).click();
}

export async function pay(page: Page, card: string, name = "Ada Lovelace", email = "ada@example.com") {
  await page.getByLabel("Full name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Card number").fill(card);
  await page.getByRole("button", { name: /^Pay / }).click();
}

export async function screenshot(page: Page, name: string) {
  mkdirSync("test-results/pages", { recursive: true });
  await page.screenshot({ path: `test-results/pages/${name}.png`, fullPage: true });
}

export const STAFF_PASSWORD = "e2e-staff-password";

/** Signs this page's context in as staff. */
export async function signInAsStaff(page: Page, name = "Test Staff") {
  await page.goto("/admin/login");
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Staff password").fill(STAFF_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/);
}
