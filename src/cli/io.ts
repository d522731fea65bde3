/** Where a command writes: stdout for results (one JSON document with --json), stderr for messages. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /**
   * Raw output, no line added: where present, a JSON document goes out in pieces through it, never whole in
   * memory (a 50,000-row analysis is a 39 MB document, held twice over as one string). A promise when the
   * output is full: the next piece is made once it has drained.
   */
  write?(chunk: string): Promise<void> | void;
}

/**
 * Writes to stdout, and when it is full a promise of its draining. Writes to a file are synchronous, but to a
 * pipe they are queued: a 50,000-row analysis read by a slow reader queued all 39 MB (and the process's peak
 * rose from 451 to 743 MB) before this waited.
 */
function writeStdout(chunk: string): Promise<void> | void {
  if (process.stdout.write(chunk)) return;
  return new Promise((resolve) => {
    // A reader that went away (EPIPE) never drains: its close or error ends the wait too.
    const done = () => {
      process.stdout.off("drain", done).off("close", done).off("error", done);
      resolve();
    };
    process.stdout.on("drain", done).on("close", done).on("error", done);
  });
}

export const processIO: CliIO = {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
  write: writeStdout,
};

/** Exit codes: 0 done, 1 done but the sheet has errors (validate), 2 the command could not run. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_FAILED = 2;

/** Pieces of this size at most are handed to the output: a few system calls, not one per value. */
const JSON_PIECE = 1 << 16;

/**
 * `document` as JSON.stringify(document, null, 2) writes it, then a newline; in pieces where the IO can take
 * them, each made once the output has taken the one before.
 */
export async function printJson(io: CliIO, document: unknown): Promise<void> {
  if (!io.write) {
    io.out(JSON.stringify(document, null, 2));
    return;
  }
  let piece = "";
  for (const part of jsonPieces(document, "", 0)) {
    piece += part;
    if (piece.length >= JSON_PIECE) {
      await io.write(piece);
      piece = "";
    }
  }
  await io.write(`${piece}\n`);
}

/** Containers this deep and deeper are written whole: the pieces are a task's or a match's JSON, not single numbers. */
const WHOLE_BELOW = 3;

/**
 * The text JSON.stringify(value, null, 2) gives, in order, as pieces: containers near the top item by item,
 * what lies deeper whole (re-indented to its place). Undefined, functions and symbols are left out of objects
 * and are null in arrays, as JSON.stringify has them.
 */
export function* jsonPieces(value: unknown, indent: string, depth: number): Generator<string> {
  const asJson = value !== null && typeof value === "object" && typeof (value as { toJSON?: unknown }).toJSON === "function";
  if (depth >= WHOLE_BELOW || value === null || typeof value !== "object" || asJson) {
    const text = JSON.stringify(value, null, 2) ?? "null";
    yield indent === "" ? text : text.replaceAll("\n", `\n${indent}`);
    return;
  }
  const inner = `${indent}  `;
  const skipped = (v: unknown) => v === undefined || typeof v === "function" || typeof v === "symbol";
  if (Array.isArray(value)) {
    if (value.length === 0) return yield "[]";
    for (let i = 0; i < value.length; i++) {
      yield `${i === 0 ? "[" : ","}\n${inner}`;
      yield* jsonPieces(skipped(value[i]) ? null : value[i], inner, depth + 1);
    }
    return yield `\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => !skipped(v));
  if (entries.length === 0) return yield "{}";
  for (let i = 0; i < entries.length; i++) {
    yield `${i === 0 ? "{" : ","}\n${inner}${JSON.stringify(entries[i][0])}: `;
    yield* jsonPieces(entries[i][1], inner, depth + 1);
  }
  yield `\n${indent}}`;
}
