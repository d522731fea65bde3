import type { ParseArgsConfig } from "node:util";
import type { CliIO } from "./io";
import { cliMessages } from "./messages";

export type OptionSpec = NonNullable<ParseArgsConfig["options"]>;

export interface ParsedArgs {
  positionals: string[];
  values: Record<string, string | boolean | string[] | undefined>;
}

/** One subcommand: its options, a one-line usage, and what it does. */
export interface Command {
  name: string;
  usage: string;
  summary: string;
  options: OptionSpec;
  run(args: ParsedArgs, io: CliIO): Promise<number>;
}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === "string" ? value : undefined;
}

export function stringListOption(args: ParsedArgs, name: string): string[] {
  const value = args.values[name];
  if (Array.isArray(value)) return value;
  return typeof value === "string" ? [value] : [];
}

export function flag(args: ParsedArgs, name: string): boolean {
  return args.values[name] === true;
}

/** A mistake in how the command was called; main prints it with the command's usage. */
export class UsageError extends Error {}

/** The FILE positional, required. */
export function requiredFile(args: ParsedArgs, command: string): string {
  const file = args.positionals[0];
  if (file === undefined) throw new UsageError(cliMessages.missingFile(command));
  return file;
}
