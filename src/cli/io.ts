/** Where a command writes: stdout for results (one JSON document with --json), stderr for messages. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

export const processIO: CliIO = {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
};

/** Exit codes: 0 done, 1 done but the sheet has errors (validate), 2 the command could not run. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_FAILED = 2;

export function printJson(io: CliIO, document: unknown): void {
  io.out(JSON.stringify(document, null, 2));
}
