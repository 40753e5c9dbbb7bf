// Staff change a published show's venue layout (here: the section order) on its management page, and a customer's
// open overview redraws in the new order without a reload.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { screenshot, signInAsStaff, waitLive } from "./support";

test("a section order staff change reaches the public overview live", async ({ browser }) => {
  test.setTimeout(120_000);
  const staff = await (await browser.newContext()).newPage();
  await signInAsStaff(staff);
  await staff.goto("/admin/shows/new");
  await staff.getByLabel("Title", { exact: true }).fill(`Two rooms ${Date.now().toString(36)}`);
  await staff.getByLabel("Venue", { exact: true }).fill("Test Hall");
  await staff.getByLabel("The venue from above, then a section's seats (big venues)").check();
  await staff.getByLabel("Section 1 prefix").fill("ST");
  await staff.getByLabel("Section 1 rows").fill("2");
  await staff.getByLabel("Section 1 seats per row").fill("5");
  await staff.getByLabel("Section 1 band 1 price").fill("30");
  await staff.getByRole("button", { name: "Add a section" }).click();
  await staff.getByLabel("Section 2 band 1 price").fill("20");
  await staff.getByRole("button", { name: "Create show" }).click();
  await expect(staff).toHaveURL(/\/admin\/shows\/[^/?]+\?created=1$/);
  const showId = new URL(staff.url()).pathname.split("/").at(-1) as string;
  await staff.getByRole("button", { name: "Publish" }).click();
  await expect(staff.getByTestId("show-header").getByText("On sale")).toBeVisible();

  const customer = await (await browser.newContext()).newPage();
  await customer.goto(`/shows/${showId}`);
  await waitLive(customer);
  const order = () => customer.locator("[data-section]").evaluateAll((groups) => groups.map((g) => g.getAttribute("data-section")));
  expect(await order()).toEqual(["Stalls", "Section 2"]);

  await staff.getByText("Change the section order and places").click();
  await staff.getByRole("button", { name: "Move Section 2 up" }).click();
  // The preview follows the edit before it is saved.
  await expect(staff.locator("[data-section]").first()).toHaveAttribute("data-section", "Section 2");
  await screenshot(staff, "admin-venue-layout");
  await staff.getByRole("button", { name: "Save layout" }).click();
  await expect(staff.getByText("Layout saved")).toBeVisible();
  await expectNoAxeViolations(staff);

  await expect.poll(order, { timeout: 5000 }).toEqual(["Section 2", "Stalls"]);
  await customer.reload();
  await expect.poll(order).toEqual(["Section 2", "Stalls"]);
  await Promise.all([staff.context().close(), customer.context().close()]);
});
