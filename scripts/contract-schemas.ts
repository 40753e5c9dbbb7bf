// `npm run feed:schemas`: writes the JSON Schema of every integration contract to lib/integration/schemas/
// (committed; a test fails when they no longer match the contracts).
import { mkdirSync, writeFileSync } from "node:fs";
import { contracts, jsonSchemaOf, type ContractName } from "../lib/integration/contracts";
import { schemaFileOf, SCHEMA_DIR } from "../lib/integration/schema-files";

mkdirSync(SCHEMA_DIR, { recursive: true });
for (const name of Object.keys(contracts) as ContractName[]) {
  writeFileSync(schemaFileOf(name), `${JSON.stringify(jsonSchemaOf(name), null, 2)}\n`);
  console.log(`wrote ${schemaFileOf(name)}`);
}
