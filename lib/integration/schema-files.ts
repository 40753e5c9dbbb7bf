// Where each contract's JSON Schema is committed: one file per contract and version.
import path from "node:path";
import { contracts, type ContractName } from "./contracts";

export const SCHEMA_DIR = path.join("lib", "integration", "schemas");

export const schemaFileOf = (name: ContractName) => path.join(SCHEMA_DIR, `${name}.v${contracts[name].version}.schema.json`);
