// Resolves `server-only` as Next.js does on the server (to its empty module), for the server code that
// server.ts loads itself rather than through the Next.js bundle. The guard still stops client bundles.
export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return next(specifier, { ...context, conditions: [...context.conditions, "react-server"] });
  return next(specifier, context);
}
