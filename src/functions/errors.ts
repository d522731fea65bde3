/**
 * Errors of the worksheet functions. Excel shows a returned CustomFunctions.Error as #VALUE! / #N/A with its
 * message on hover; a thrown exception shows only a bare #VALUE!, so the functions return errors, never throw.
 * Outside Excel (Jest, Node) there is no CustomFunctions global, so a plain object with the same `code` and
 * `message` stands in: tests check those two fields either way.
 */

import type { Language } from "../engine/language";
import { functionProblemText, type FunctionProblem } from "./messages";

/** The Excel error values these functions return, by the CustomFunctions.ErrorCode member names. */
export const ERROR_CODES = { invalidValue: "#VALUE!", notAvailable: "#N/A" } as const;
export type ErrorKind = keyof typeof ERROR_CODES;

/** What a function returns for an error: a CustomFunctions.Error in Excel, this shape elsewhere. */
export interface FunctionError {
  code: string;
  message?: string;
}

/** The part of the custom functions runtime used here; @types/office-js does not declare CustomFunctions. */
export interface CustomFunctionsRuntime {
  associate(id: string, fn: (...args: never[]) => unknown): void;
  Error: new (code: string, message?: string) => FunctionError;
  ErrorCode: Record<ErrorKind, string>;
}

// Module-local, not a global declaration: it cannot clash with @types/custom-functions-runtime if that is added.
declare const CustomFunctions: CustomFunctionsRuntime | undefined;

let language: Language = "zh-CN";

/** The language the error values speak: Excel's display language, set once the functions load. */
export function setFunctionLanguage(value: Language): void {
  language = value;
}

/** An error value for a cell, its message worded in the functions' language. */
export function functionError(kind: ErrorKind, problem: FunctionProblem): FunctionError {
  const message = functionProblemText(problem, language);
  if (typeof CustomFunctions !== "undefined") return new CustomFunctions.Error(CustomFunctions.ErrorCode[kind], message);
  return { code: ERROR_CODES[kind], message };
}

export function isFunctionError(value: unknown): value is FunctionError {
  return typeof value === "object" && value !== null && !Array.isArray(value) && typeof (value as FunctionError).code === "string";
}

/** Runs a function body; an unexpected exception becomes #VALUE! with its message instead of reaching Excel. */
export function safely<T>(body: () => T): T | FunctionError {
  try {
    return body();
  } catch (e) {
    return functionError("invalidValue", { reason: "internal", params: { detail: e instanceof Error ? e.message : String(e) } });
  }
}
