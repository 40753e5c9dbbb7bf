// `npm run lighthouse [-- --url http://host:port] [-- --json]`: Lighthouse (mobile and desktop presets) on the home
// page, Hamlet and the arena, then the arena's timing on a slow phone (bench/page-timing.ts). Without --url it starts
// a production server of the current build (`npm run build` first) on a fresh SQLite file, with the demo data.
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig, type Flags } from "lighthouse";
import { measurePage } from "../bench/page-timing";
import { startProductionServer } from "../bench/production-server";

const only = process.argv.includes("--timing-only");
const PATHS = only ? [] : ["/", "/shows/hamlet", "/shows/arena-tour"];
const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

const argument = (name: string) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
};

interface Row {
  path: string;
  preset: "mobile" | "desktop";
  performance: number;
  tbtMs: number;
  lcpMs: number;
  fcpMs: number;
  cls: number;
  speedIndexMs: number;
  bytes: number;
  domNodes: number;
}

async function audit(url: string, path: string, preset: Row["preset"]): Promise<Row> {
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium", chromeFlags: CHROME_FLAGS });
  try {
    const flags: Flags = { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] };
    const result = await lighthouse(`${url}${path}`, flags, preset === "desktop" ? desktopConfig : undefined);
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const { lhr } = result;
    const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    return {
      path,
      preset,
      performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      tbtMs: Math.round(value("total-blocking-time")),
      lcpMs: Math.round(value("largest-contentful-paint")),
      fcpMs: Math.round(value("first-contentful-paint")),
      cls: Math.round(value("cumulative-layout-shift") * 1000) / 1000,
      speedIndexMs: Math.round(value("speed-index")),
      bytes: Math.round(value("total-byte-weight")),
      domNodes: Math.round(value("dom-size")),
    };
  } finally {
    await chrome.kill();
  }
}

const given = argument("--url");
const started = given ? null : await startProductionServer({ port: Number(argument("--port") ?? 4399), database: { sqliteFile: "data/lighthouse.db" } });
const base = given ?? started?.url ?? "";
try {
  const rows: Row[] = [];
  for (const path of PATHS)
    for (const preset of ["mobile", "desktop"] as const) {
      const row = await audit(base, path, preset);
      rows.push(row);
      console.error(`${path} ${preset}: performance ${row.performance}, TBT ${row.tbtMs} ms`);
    }
  const timing = await measurePage(base, "/shows/arena-tour", 4);
  if (process.argv.includes("--json")) console.log(JSON.stringify({ date: new Date().toISOString(), lighthouse: rows, timing }, null, 2));
  else {
    console.log(`Lighthouse ${new Date().toISOString().slice(0, 10)} against ${base}\n`);
    console.log("| Page | Preset | Performance | TBT | LCP | FCP | CLS | Speed index | Bytes | DOM nodes |");
    console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    for (const r of rows)
      console.log(
        `| \`${r.path}\` | ${r.preset} | ${r.performance} | ${r.tbtMs} ms | ${r.lcpMs} ms | ${r.fcpMs} ms | ${r.cls} | ${r.speedIndexMs} ms | ${(r.bytes / 1024).toFixed(0)} KiB | ${r.domNodes} |`,
      );
    console.log(
      `\nArena at 390 px, CPU ${timing.cpuThrottle}× slower: first seat click registered after ${Math.round(timing.firstSeatSelectedMs)} ms ` +
        `(overview, section, seat); click to selected ${timing.clickToSelectedMs.toFixed(1)} ms (median of 7); ` +
        `HTML ${(timing.htmlBytes / 1024).toFixed(0)} KiB; ${timing.domNodes} DOM nodes with a section open.`,
    );
  }
} finally {
  await started?.stop();
}
