import { expect, test } from "@playwright/test";
import { signInAsStaff } from "./support";

test("a staff action sent after the session ended is refused and changes nothing", async ({ page }) => {
  await signInAsStaff(page);
  await page.goto("/admin/shows/new");
  const title = `Orphan ${Date.now().toString(36)}`;
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Venue", { exact: true }).fill("Nowhere");
  // The session ends (cookie gone) while the form is open.
  await page.context().clearCookies();
  await page.getByRole("button", { name: "Create show" }).click();
  // Off to sign in, and back to the form afterwards.
  await expect(page).toHaveURL(/\/admin\/login\?next=%2Fadmin%2Fshows%2Fnew$/, { timeout: 15_000 });
  await signInAsStaff(page);
  await page.goto("/admin/shows");
  await expect(page.getByText(title)).toHaveCount(0);
});
