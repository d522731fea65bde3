// Types for scripts/gen-docs.js, so the TypeScript test can import it.

/** The code the reference tables are made from, loaded from a compiled build/ or from src/ (under ts-jest). */
export interface DocsCode {
  readonly [part: string]: unknown;
}

export function loadCode(root: string): DocsCode;

/** Each generated file under docs/ with the text the code says it should have. */
export function generateDocs(code: DocsCode): Record<string, string>;

/** The generated files (docs/…) whose committed text differs from what the code says. */
export function staleDocs(code: DocsCode): string[];

/** The command that rewrites them. */
export const REGENERATE: string;
