import type { ParseArgsConfig } from "node:util";
import { isAsOfDate } from "../engine/lag";
import type { Language } from "../engine/language";
import type { CliIO } from "./io";

/**
 * Every option of the command line, with the placeholder of its value as the usage lines write it (null for a
 * switch). One list, so that the help explains each option from the catalogues and a new option without words
 * in either language fails to compile.
 */
export const OPTION_VALUES = {
  out: "OUT.xlsx",
  sheet: "NAME",
  prior: "FILE|builtin:YEAR",
  "prior-sheet": "NAME",
  "as-of": "YYYY-MM-DD",
  // 上期对比 (compare)
  previous: "FILE",
  "previous-sheet": "NAME",
  "previous-as-of": "YYYY-MM-DD",
  "lead-only": null,
  units: "FILE",
  statuses: "FILE",
  text: "TEXT",
  all: null,
  force: null,
  lang: "zh-CN|en-US",
  json: null,
  help: null,
} as const;

export type OptionName = keyof typeof OPTION_VALUES;

type OptionSpec = NonNullable<ParseArgsConfig["options"]>[string];

/** A command's options as parseArgs reads them, named from OPTION_VALUES. */
export type Options = { readonly [K in OptionName]?: OptionSpec };

/** Options every command takes: the language it speaks and its help. */
export const COMMON_OPTIONS = { lang: { type: "string" }, help: { type: "boolean", short: "h" } } as const;

export type CommandName = "analyze" | "inspect" | "validate" | "fix" | "targets" | "match" | "lag" | "summarize" | "split" | "merge" | "compare";

export interface ParsedArgs {
  positionals: string[];
  values: Record<string, string | boolean | string[] | undefined>;
  /** The language the command speaks: --lang, Chinese without it. */
  language: Language;
}

/** One subcommand: its options and its syntax; what it does, in words, is in the catalogues (`commands`). */
export interface Command {
  name: CommandName;
  /** The syntax line, the same in every language. */
  usage: string;
  options: Options;
  /** Takes several files (merge: the master, then the returns); every other command reads one FILE at most. */
  manyFiles?: boolean;
  run(args: ParsedArgs, io: CliIO): Promise<number>;
}

export function stringOption(args: ParsedArgs, name: OptionName): string | undefined {
  const value = args.values[name];
  return typeof value === "string" ? value : undefined;
}

/** A yyyy-mm-dd date option (--as-of and its kin): a usage error when it is not one. */
export function dateOption(args: ParsedArgs, name: OptionName = "as-of"): string | undefined {
  const given = stringOption(args, name);
  if (given !== undefined && !isAsOfDate(given)) throw new UsageError({ reason: "bad-as-of", params: { text: given } });
  return given;
}

export function stringListOption(args: ParsedArgs, name: OptionName): string[] {
  const value = args.values[name];
  if (Array.isArray(value)) return value;
  return typeof value === "string" ? [value] : [];
}

export function flag(args: ParsedArgs, name: OptionName): boolean {
  return args.values[name] === true;
}

type About<R extends string, P> = { reason: R; params: P };
type None = Record<string, never>;

/**
 * A mistake in how the command line was written, as data: main words it in the language asked for (the
 * catalogues' `usageProblems`) and, with --json, prints it as {"error": {"code": "usage", "reason", "params", …}}.
 */
export type UsageProblem =
  | About<"no-command", None>
  | About<"unknown-command", { name: string; suggestion: string | null }>
  | About<"unknown-option", { command: CommandName; option: string; suggestion: string | null }>
  | About<"missing-value", { command: CommandName; option: string; value: string }>
  | About<"takes-no-value", { command: CommandName; option: string }>
  | About<"unexpected-argument", { command: CommandName; argument: string }>
  /** An argument Node's parseArgs refused for a reason without words of our own: its sentence, as it gave it. */
  | About<"bad-arguments", { command: CommandName; detail: string }>
  | About<"missing-file", { command: CommandName }>
  | About<"fix-needs-out", None>
  | About<"summarize-needs-out", None>
  | About<"split-needs-out", None>
  | About<"bad-as-of", { text: string }>
  | About<"targets-needs-input", None>
  | About<"match-needs-prior", None>
  | About<"merge-needs-returns", None>
  | About<"unknown-builtin-year", { text: string; years: number[] }>
  | About<"compare-needs-previous", None>;

export type UsageReason = UsageProblem["reason"];

/** A mistake in how the command was called; main prints it, in words, with the command's usage. */
export class UsageError extends Error {
  constructor(readonly problem: UsageProblem) {
    super(problem.reason);
    this.name = "UsageError";
  }
}

/** The usage problem of a reason that needs nothing more than its name. */
export const usageError = (reason: Extract<UsageProblem, { params: None }>["reason"]) => new UsageError({ reason, params: {} });

/** The FILE positional, required. */
export function requiredFile(args: ParsedArgs, command: CommandName): string {
  const file = args.positionals[0];
  if (file === undefined) throw new UsageError({ reason: "missing-file", params: { command } });
  return file;
}
