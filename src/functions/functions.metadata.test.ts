import * as path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

/**
 * functions.json comes from the JSDoc of functions.ts (custom-functions-metadata-plugin runs the same generator at
 * build time): a type it cannot read is an error there, so it is checked here first, in-process.
 */
interface ParameterMetadata {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: ParameterMetadata[];
  result: { type?: string; dimensionality?: string };
}

const SOURCE = path.join(__dirname, "functions.ts");

/** id → [parameter, type, dimensionality or "", optional] and the result's dimensionality ("" for a scalar). */
const EXPECTED: Record<string, { parameters: [string, string, string, boolean][]; result: string }> = {
  TARGETS: { parameters: [["text", "string", "", false]], result: "matrix" },
  TARGET: {
    parameters: [
      ["text", "string", "", false],
      ["n", "number", "", true],
    ],
    result: "",
  },
  PRIOR: {
    parameters: [
      ["text", "string", "", false],
      ["priorTasks", "string", "matrix", false],
      ["priorTargets", "string", "matrix", true],
    ],
    result: "matrix",
  },
  CHANGE: {
    parameters: [
      ["text", "string", "", false],
      ["priorText", "string", "", false],
      ["n", "number", "", true],
    ],
    result: "",
  },
  CATEGORY: {
    parameters: [
      ["status", "string", "", false],
      ["vocabulary", "string", "matrix", true],
    ],
    result: "",
  },
  UNITS: {
    parameters: [
      ["cell", "string", "", false],
      ["registry", "string", "matrix", true],
    ],
    result: "matrix",
  },
};

let generated: Awaited<ReturnType<typeof generateCustomFunctionsMetadata>>;
let functions: FunctionMetadata[];

beforeAll(async () => {
  generated = await generateCustomFunctionsMetadata(SOURCE, false);
  functions = generated.errors.length === 0 ? (JSON.parse(generated.metadataJson) as { functions: FunctionMetadata[] }).functions : [];
});

test("the generator reports no errors", () => {
  expect(generated.errors).toEqual([]);
});

test("exactly the six functions, each associated with its exported function", () => {
  expect(functions.map((f) => f.id).sort()).toEqual(Object.keys(EXPECTED).sort());
  expect(generated.associate.map((a) => [a.id, a.functionName])).toEqual([
    ["TARGETS", "targets"],
    ["TARGET", "target"],
    ["PRIOR", "prior"],
    ["CHANGE", "change"],
    ["CATEGORY", "category"],
    ["UNITS", "units"],
  ]);
});

test.each(Object.keys(EXPECTED))("%s: parameters, types and result shape", (id) => {
  const fn = functions.find((f) => f.id === id);
  expect(fn).toBeDefined();
  const meta = fn as FunctionMetadata;
  expect(meta.name).toBe(id);
  expect(meta.parameters.map((p) => [p.name, p.type, p.dimensionality ?? "", p.optional ?? false])).toEqual(EXPECTED[id].parameters);
  expect(meta.result.dimensionality ?? "").toBe(EXPECTED[id].result);
  // Descriptions are what Excel shows while typing a formula: Chinese first, then English after " / ".
  expect(meta.description).toMatch(/^\p{Script=Han}/u);
  for (const p of meta.parameters) expect(p.description).toMatch(/^\p{Script=Han}.* \/ [A-Za-z]/u);
});
