/**
 * The worksheet functions for WPS: Excel's own implementations (src/functions/functions.ts, imported, never
 * copied) with the metadata custom-functions-metadata reads from their JSDoc, the same generator that writes
 * Excel's functions.json. webpack.wps.config.js runs it at build time and hands the result to the entry page
 * (TAIZHANG_WPS_FUNCTIONS); the tests run it in-process.
 */
import { isFunctionError } from "../functions/errors";
import * as implementations from "../functions/functions";
import type { WorksheetFunction } from "../host/wps/wpsFunctions";

/** The functions' namespace, as Excel's manifest.xml names it (Functions.Namespace): =TAIZHANG.TARGETS(B2). */
export const FUNCTION_NAMESPACE = "TAIZHANG";

/** What the generator gives: functions.json's functions, and which exported function each id is. */
export interface GeneratedFunctions {
  functions: Omit<WorksheetFunction, "implementation">[];
  associate: { id: string; functionName: string }[];
}

/**
 * A result as WPS takes it: an error value as its code's text ("#N/A"), in a cell of a block too. WPS's
 * declarations have no error value to return (no CustomFunctions.Error): see src/host/wps/wpsFunctions.ts.
 */
export function toWpsResult(value: unknown): unknown {
  if (isFunctionError(value)) return value.code;
  if (Array.isArray(value)) return value.map(toWpsResult);
  return value;
}

/** Each generated function with its implementation; an id whose export is missing is an error, not skipped. */
export function worksheetFunctions(generated: GeneratedFunctions): WorksheetFunction[] {
  const exported = implementations as unknown as Record<string, WorksheetFunction["implementation"] | undefined>;
  return generated.functions.map((meta) => {
    const name = generated.associate.find((a) => a.id === meta.id)?.functionName ?? "";
    const implementation = exported[name];
    if (typeof implementation !== "function") throw new Error(`worksheet function ${meta.id}: no export "${name}" in functions.ts`);
    const call = implementation as (...args: unknown[]) => unknown;
    return { ...meta, implementation: (...args: unknown[]) => toWpsResult(call(...args)) };
  });
}
