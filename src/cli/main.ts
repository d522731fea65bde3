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
import { EXIT_FAILED, processIO, type CliIO } from "./io";
import { cliMessages } from "./messages";

export const COMMANDS: readonly Command[] = [analyzeCommand, inspectCommand, validateCommand, fixCommand, targetsCommand, matchCommand, lagCommand, summarizeCommand];

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
  try {
    return await command.run({ positionals: parsed.positionals, values: parsed.values }, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(error.message);
      io.err(command.usage);
      return EXIT_FAILED;
    }
    if (error instanceof WorkbookError) {
      io.err(error.message);
      return EXIT_FAILED;
    }
    io.err(cliMessages.unexpected(error instanceof Error ? error.message : String(error)));
    return EXIT_FAILED;
  }
}
