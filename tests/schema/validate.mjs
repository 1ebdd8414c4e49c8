// Validates YAML files against a ptplan JSON Schema with ajv, an
// independent validator. YAML is read with the core schema (YAML 1.2:
// dates stay strings), as editors' yaml-language-server reads it.
// Usage: node validate.mjs SCHEMA.json expect-valid|expect-invalid FILE...
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import yaml from "js-yaml";

const [schemaPath, expectation, ...files] = process.argv.slice(2);
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));
let failed = 0;
for (const file of files) {
  const data = yaml.load(readFileSync(file, "utf8"), { schema: yaml.CORE_SCHEMA });
  const valid = validate(data);
  const wanted = expectation === "expect-valid";
  if (valid !== wanted) {
    failed += 1;
    console.log(`FAIL ${file}: ${valid ? "accepted, expected a rejection" : ajv.errorsText(validate.errors)}`);
  }
}
console.log(`schema (${expectation}): ${files.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
