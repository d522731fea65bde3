// Types for scripts/build-history.js, so the TypeScript tests can import it.

/** Where the generated module is written: src/engine/history/jiaxing.generated.ts. */
export const OUTPUT: string;

/** The text of the generated module, built from data/jiaxing as it is now. */
export function generateHistoryModule(): string;
