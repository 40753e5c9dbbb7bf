// Runs in the browser before the app's own code.
import { config } from "zod/v4/core";

// Zod compiles object parsers with `new Function` when eval is allowed, and finds out by trying it: under our
// CSP (no 'unsafe-eval') that try is reported as a violation. Browser-side parsing is small; skip the try.
config({ jitless: true });
