// Before the browser tests: use CHROMIUM_PATH or Debian's Chromium when present; otherwise make sure
// Playwright's own Chromium is installed (this needs network access on first use).
import { existsSync } from "node:fs";
import { execSync } from "node:child_process";

const explicit = process.env.CHROMIUM_PATH;
if (explicit && !existsSync(explicit)) {
  console.error(`CHROMIUM_PATH=${explicit} does not exist`);
  process.exit(1);
}
if (!explicit && !existsSync("/usr/bin/chromium")) {
  console.log("No system Chromium found: installing Playwright's own (needs network access once)");
  execSync("npx playwright install chromium", { stdio: "inherit" });
}
