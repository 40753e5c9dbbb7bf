import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { contracts, jsonSchemaOf, type ContractName } from "./contracts";
import { schemaFileOf } from "./schema-files";

describe("the committed JSON Schemas of the integration contracts", () => {
  it.each(Object.keys(contracts) as ContractName[])("%s matches its contract (npm run feed:schemas rewrites them)", (name) => {
    expect(JSON.parse(readFileSync(schemaFileOf(name), "utf8"))).toEqual(jsonSchemaOf(name));
  });
});
