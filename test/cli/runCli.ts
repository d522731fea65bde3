import * as path from "node:path";
import { main } from "../../src/cli/main";

export const FIXTURES = path.join(__dirname, "..", "fixtures");
export const fixture = (name: string) => path.join(FIXTURES, name);

/** Runs the command line in-process and captures what it prints. */
export async function runCli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (text) => (out += `${text}\n`), err: (text) => (err += `${text}\n`) });
  return { code, out, err };
}

export async function runJson<T>(argv: string[]): Promise<T> {
  const result = await runCli([...argv, "--json"]);
  if (result.code === 2) throw new Error(result.err);
  return JSON.parse(result.out) as T;
}

/** The JSON of `taizhang match --json`, in the shape the issue fixes. */
export interface MatchJson {
  matches: {
    sheet: string | null;
    row: number;
    seq: string | null;
    task: string;
    prior: { file: string; sheet: string | null; row: number; seq: string | null; task: string; score: number; confidence: string }[];
    changes: { metric: string; unit: string; prior: number; current: number; delta: number; deltaKind: string; text: string }[];
    notComparable: { current: string; prior: string; reason: string; why: string; text: string }[];
  }[];
}
