import { parseArgs } from "node:util";
import { WorkbookError } from "../host/port";
import { UsageError, type Command } from "./command";
import { analyzeCommand } from "./commands/analyze";
import { fixCommand } from "./commands/fix";
import { inspectCommand } from "./commands/inspect";
import { lagCommand } from "./commands/lag";
import { matchCommand } from "./commands/match";
import { summarizeCommand } from "./commands/summarize";
import { targetsCommand } from "./commands/targets";
import { validateCommand } from "./commands/validate";
import { EXIT_FAILED, printJson, processIO, type CliIO } from "./io";
import { NoTableError } from "./tablesFound";
import { cliMessages } from "./messages";

export const COMMANDS: readonly Command[] = [
  analyzeCommand,
  inspectCommand,
  validateCommand,
  fixCommand,
  targetsCommand,
  matchCommand,
  lagCommand,
  summarizeCommand,
];

/** Runs one command line; returns the exit code. User-facing failures are messages, never stack traces. */
export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.out(cliMessages.usage(COMMANDS.map((c) => `  ${c.usage}\n      ${c.summary}`)));
    return name === undefined ? EXIT_FAILED : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(cliMessages.unknownCommand(name));
    return EXIT_FAILED;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: { ...command.options, help: { type: "boolean" } }, allowPositionals: true, strict: true });
  } catch (error) {
    io.err(cliMessages.badArguments(command.name, (error as Error).message));
    io.err(command.usage);
    return EXIT_FAILED;
  }
  if (parsed.values.help) {
    io.out(`${command.usage}\n  ${command.summary}`);
    return 0;
  }
  const json = (parsed.values as Record<string, unknown>).json === true;
  // With --json every outcome is one JSON document on stdout: a failure too, as {"error": …}; the message
  // goes to stderr as well, for the clerk at the terminal.
  const fail = (code: string, message: string, file: string | null, extra: Record<string, unknown> = {}) => {
    io.err(message);
    if (json) printJson(io, { error: { code, message, file, ...extra } });
    return EXIT_FAILED;
  };
  try {
    return await command.run({ positionals: parsed.positionals, values: parsed.values }, io);
  } catch (error) {
    if (error instanceof UsageError) {
      fail("usage", error.message, null);
      io.err(command.usage);
      return EXIT_FAILED;
    }
    if (error instanceof NoTableError) return fail(error.code, error.message, error.file, { sheets: error.sheets });
    if (error instanceof WorkbookError) return fail(error.code, error.message, error.source);
    return fail("unexpected", cliMessages.unexpected(error instanceof Error ? error.message : String(error)), null);
  }
}
