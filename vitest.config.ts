import { defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Next.js resolves `server-only` to an empty module on the server; Vitest runs server code too.
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts", "prisma/**/*.test.ts"],
    globalSetup: ["./lib/testing/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two files at a time: every storage suite makes its own databases (named by process), so files share nothing.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
