// What the app exposes, read from the source tree, so a new page, route, server action or socket event
// is probed by e2e/access.spec.ts without anyone editing the test.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");

function filesUnder(dir: string, name: (file: string) => boolean): string[] {
  const full = path.join(ROOT, dir);
  return readdirSync(full).flatMap((entry) => {
    const child = path.join(dir, entry);
    return statSync(path.join(ROOT, child)).isDirectory() ? filesUnder(child, name) : name(entry) ? [child] : [];
  });
}

/** `app/admin/(staff)/shows/[id]/page.tsx` -> `/admin/shows/[id]` (route groups dropped). */
function routeOf(file: string): string {
  const segments = path.dirname(file).split(path.sep).slice(1).filter((s) => !/^\(.*\)$/.test(s));
  return `/${segments.join("/")}`;
}

/** Every page, as a URL pattern with its `[param]` segments. */
export function pages(): string[] {
  return filesUnder("app", (f) => /^page\.(tsx|ts|jsx|js)$/.test(f)).map(routeOf).sort();
}

/** Every route handler with the HTTP methods it exports. */
export function apiRoutes(): Array<{ route: string; methods: string[] }> {
  return filesUnder("app", (f) => /^route\.(ts|js)$/.test(f))
    .map((file) => {
      const source = readFileSync(path.join(ROOT, file), "utf8");
      const methods = [...source.matchAll(/export\s+(?:async\s+)?function\s+(GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1] as string);
      return { route: routeOf(file), methods };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}

/** Every exported server action: files that start with "use server", and their exported async functions. */
export function serverActions(): Array<{ file: string; name: string }> {
  return ["app", "lib", "components"]
    .flatMap((dir) => filesUnder(dir, (f) => /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f)))
    .filter((file) => /^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(readFileSync(path.join(ROOT, file), "utf8")))
    .flatMap((file) =>
      [...readFileSync(path.join(ROOT, file), "utf8").matchAll(/export\s+async\s+function\s+(\w+)/g)].map((m) => ({
        file: file.split(path.sep).join("/"),
        name: m[1] as string,
      })),
    );
}

/** The events a browser may send over Socket.IO: the keys of `ClientToServer` in the message contract. */
export function socketEvents(): string[] {
  const source = readFileSync(path.join(ROOT, "lib/realtime/messages.ts"), "utf8");
  const block = /export interface ClientToServer \{([\s\S]*?)\n\}/.exec(source)?.[1] ?? "";
  return [...block.matchAll(/^\s*"([^"]+)"\s*:/gm)].map((m) => m[1] as string);
}

/** The built app's id for each server action (what a browser sends as `Next-Action`). */
export function actionIds(): Map<string, string> {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const ids = new Map<string, string>();
  for (const [id, entry] of Object.entries(manifest.node)) if (entry.filename && entry.exportedName) ids.set(`${entry.filename}#${entry.exportedName}`, id);
  return ids;
}
