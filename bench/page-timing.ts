// How soon a big venue's seat map is usable, as a person on a slow phone feels it: at 390 px with the CPU slowed
// 4× (CDP Emulation.setCPUThrottlingRate), the time from navigation until a first seat click registers (open a
// section on the overview, then a seat, retrying while the page is not yet interactive), and then how long one
// click takes to show the seat selected. Also the page's HTML size and DOM size. A benchmark, never a test.
import { chromium, type Page } from "@playwright/test";

export interface PageTiming {
  path: string;
  htmlBytes: number;
  domNodes: number;
  /** Navigation start until the first seat shows selected. */
  firstSeatSelectedMs: number;
  /** Median of several clicks: click dispatched until the seat's aria-pressed turned true. */
  clickToSelectedMs: number;
  cpuThrottle: number;
}

const SEAT = 'button[data-seat-id][aria-label$=", available"]';

/**
 * Clicks an available seat in the page and measures, in the page, until it shows selected. A string, not a
 * function: tsx names inner functions with a helper the page does not have.
 */
const TIMED_CLICK = `new Promise((resolve, reject) => {
  const button = document.querySelector(${JSON.stringify(SEAT)});
  if (!button) return reject(new Error("No available seat to click"));
  const seatId = button.dataset.seatId;
  const start = performance.now();
  const observer = new MutationObserver(check);
  function check() {
    const now = document.querySelector('[data-seat-id="' + CSS.escape(seatId) + '"]');
    if (now && now.getAttribute("aria-pressed") === "true") {
      observer.disconnect();
      resolve(performance.now() - start);
    }
  }
  observer.observe(document.body, { attributes: true, subtree: true, childList: true, attributeFilter: ["aria-pressed"] });
  button.click();
  check();
})`;

const timedClick = (page: Page): Promise<number> => page.evaluate(TIMED_CLICK) as Promise<number>;

const FIRST_SELECTED = `new MutationObserver((_, observer) => {
  if (document.querySelector('button[data-seat-id][aria-pressed="true"]')) {
    window.firstSelectedAt = performance.now();
    observer.disconnect();
  }
}).observe(document, { attributes: true, subtree: true, childList: true, attributeFilter: ["aria-pressed"] });`;

export async function measurePage(base: string, path = "/shows/arena-tour", cpuThrottle = 4): Promise<PageTiming> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 });
    // Notes, in the page, the moment a seat first shows selected.
    await context.addInitScript(FIRST_SELECTED);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuThrottle });
    const htmlBytes = (await (await fetch(new URL(path, base))).text()).length;

    await page.goto(new URL(path, base).toString(), { waitUntil: "commit" });
    // Retry while the page is not interactive yet: a click before hydration does nothing, as for a person.
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (Date.now() > deadline) throw new Error("No seat click registered within 60 s");
      const section = page.locator("[data-section]").first();
      const seat = page.locator(SEAT).first();
      if (await seat.count()) {
        await seat.click({ timeout: 2000 }).catch(() => {});
        if (await page.locator('button[data-seat-id][aria-pressed="true"]').count()) break;
      } else if (await section.count()) {
        await section.click({ timeout: 2000 }).catch(() => {});
      }
      await page.waitForTimeout(50);
    }
    const firstSeatSelectedMs = (await page.evaluate("window.firstSelectedAt ?? performance.now()")) as number;
    const domNodes = (await page.evaluate('document.getElementsByTagName("*").length')) as number;

    const clicks: number[] = [];
    for (let i = 0; i < 7; i++) {
      clicks.push(await timedClick(page));
      // Deselect again (the selection limit is ten seats) and let the page settle between clicks.
      await page.locator('button[data-seat-id][aria-pressed="true"]').last().click();
      await page.waitForTimeout(100);
    }
    clicks.sort((a, b) => a - b);
    return { path, htmlBytes, domNodes, firstSeatSelectedMs, clickToSelectedMs: clicks[Math.floor(clicks.length / 2)] ?? NaN, cpuThrottle };
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const base = process.argv[2] ?? "http://localhost:3000";
  console.log(JSON.stringify(await measurePage(base, process.argv[3]), null, 2));
}
