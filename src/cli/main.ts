import * as path from "node:path";
import { parseArgs } from "node:util";
import { languageFromTag, type Language } from "../engine/language";
import { WorkbookError } from "../host/port";
import { problemText } from "../host/problems";
import { COMMON_OPTIONS, OPTION_VALUES, UsageError, type Command, type OptionName, type Options, type UsageProblem } from "./command";
import { analyzeCommand } from "./commands/analyze";
import { fixCommand } from "./commands/fix";
import { inspectCommand } from "./commands/inspect";
import { lagCommand } from "./commands/lag";
import { matchCommand } from "./commands/match";
import { mergeCommand } from "./commands/merge";
import { summarizeCommand } from "./commands/summarize";
import { splitCommand } from "./commands/split";
import { compareCommand } from "./commands/compare";
import { targetsCommand } from "./commands/targets";
import { validateCommand } from "./commands/validate";
import { EXIT_FAILED, EXIT_OK, printJson, processIO, type CliIO } from "./io";
import { cliText, usageText, type CliMessages } from "./messages";
import { closest } from "./suggest";
import { NoTableError } from "./tablesFound";

export const COMMANDS: readonly Command[] = [
  analyzeCommand,
  inspectCommand,
  validateCommand,
  fixCommand,
  targetsCommand,
  matchCommand,
  lagCommand,
  summarizeCommand,
  splitCommand,
  mergeCommand,
  compareCommand,
];

/**
 * The language asked for anywhere on the line (--lang en-US or --lang=en-US), read before the arguments are
 * parsed so that a mistake in them is told in it too. Chinese without it.
 */
function languageOf(argv: readonly string[]): Language {
  let tag: string | undefined;
  argv.forEach((arg, i) => {
    if (arg === "--lang") tag = argv[i + 1];
    else if (arg.startsWith("--lang=")) tag = arg.slice("--lang=".length);
  });
  return languageFromTag(tag);
}

/** Runs one command line; returns the exit code. User-facing failures are messages, never stack traces. */
export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...rest] = argv;
  const m = cliText(languageOf(argv));
  let json = argv.includes("--json");
  // With --json every outcome is one JSON document on stdout: a failure too, as {"error": …}; the message
  // goes to stderr as well, for the clerk at the terminal.
  const fail = async (code: string, message: string, file: string | null, extra: Record<string, unknown> = {}, hint?: string) => {
    io.err(message);
    if (hint !== undefined) io.err(hint);
    if (json) await printJson(io, { error: { code, message, file, ...extra } });
    return EXIT_FAILED;
  };
  // A usage problem comes with the command's syntax (on stderr only: the JSON document has the sentence).
  const usageFailure = (problem: UsageProblem, command: Command | null) =>
    fail("usage", usageText(m, problem), null, { reason: problem.reason, params: problem.params }, command ? m.commandUsage(command.usage) : undefined);

  if (name === undefined) {
    io.out(generalHelp(m));
    return EXIT_FAILED;
  }
  if (name === "help" || name.startsWith("-")) {
    const about = name === "help" ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    if (about) io.out(commandHelp(about, m));
    else if (name === "help" || argv.includes("--help") || argv.includes("-h")) io.out(generalHelp(m));
    else return usageFailure({ reason: "no-command", params: {} }, null);
    return EXIT_OK;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    const suggestion = closest(
      name,
      COMMANDS.map((c) => c.name),
    );
    return usageFailure({ reason: "unknown-command", params: { name, suggestion } }, null);
  }
  const options: Options = { ...command.options, ...COMMON_OPTIONS };
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options, allowPositionals: true, strict: true });
  } catch (error) {
    return usageFailure(argumentProblem(command, options, error), command);
  }
  json = parsed.values.json === true;
  if (parsed.values.help) {
    io.out(commandHelp(command, m));
    return EXIT_OK;
  }
  // Every command reads one FILE at most (merge: several): a second one is a mistake (often a name with a space, unquoted).
  if (parsed.positionals.length > 1 && !command.manyFiles) {
    return usageFailure({ reason: "unexpected-argument", params: { command: command.name, argument: parsed.positionals[1] } }, command);
  }
  try {
    return await command.run({ positionals: parsed.positionals, values: parsed.values, language: m.language }, io);
  } catch (error) {
    if (error instanceof UsageError) return usageFailure(error.problem, command);
    if (error instanceof NoTableError) return fail(error.code, m.noTableInFile(path.basename(error.file), error.sheets), error.file, { sheets: error.sheets });
    if (error instanceof WorkbookError) {
      // The problem as data beside its sentence, so a script can act on the reason without parsing words.
      const { reason, params } = error.problem;
      return fail(error.code, problemText(error.problem, m.language), error.source, { reason, params });
    }
    return fail("unexpected", m.unexpected(error instanceof Error ? error.message : String(error)), null);
  }
}

/**
 * What Node's parseArgs refused, as our own problem naming the option: its sentences are English only and
 * speak of "positional arguments". Its error codes say which mistake it was; its message, which option.
 */
function argumentProblem(command: Command, options: Options, error: unknown): UsageProblem {
  const detail = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']*)'/u.exec(detail)?.[1] ?? "";
  // "'--sheet <value>'", "'-h, --help'": the long name when there is one.
  const token = quoted.match(/--?[A-Za-z][\w-]*/gu)?.pop() ?? quoted;
  const names = Object.keys(options) as OptionName[];
  const named = token.startsWith("--") ? names.find((n) => `--${n}` === token) : names.find((n) => `-${options[n]?.short}` === token);
  switch ((error as { code?: string }).code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION": {
      const suggestion = closest(
        token,
        names.map((n) => `--${n}`),
      );
      return { reason: "unknown-option", params: { command: command.name, option: token, suggestion } };
    }
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      if (named !== undefined && options[named]?.type === "boolean")
        return { reason: "takes-no-value", params: { command: command.name, option: `--${named}` } };
      return {
        reason: "missing-value",
        params: { command: command.name, option: named ? `--${named}` : token, value: (named && OPTION_VALUES[named]) || "…" },
      };
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return { reason: "unexpected-argument", params: { command: command.name, argument: quoted } };
    default:
      return { reason: "bad-arguments", params: { command: command.name, detail } };
  }
}

/** "  --sheet NAME" and what it does, in columns, in the order of OPTION_VALUES (the language, JSON and help last). */
function optionLines(options: Options, text: (name: OptionName) => string, usage?: string): string[] {
  const names = (Object.keys(OPTION_VALUES) as OptionName[]).filter((n) => options[n] !== undefined);
  // A command's own placeholder where its syntax line has one (split's --out DIR, not OUT.xlsx).
  const value = (n: OptionName) => (OPTION_VALUES[n] ? (usage?.match(new RegExp(`--${n} ([^\\s\\]]+)`, "u"))?.[1] ?? OPTION_VALUES[n]) : null);
  const left = names.map((n) => `  --${n}${value(n) ? ` ${value(n)}` : ""}`);
  const width = Math.max(...left.map((l) => l.length)) + 3;
  return names.map((n, i) => `${left[i].padEnd(width)}${text(n)}`);
}

/** `taizhang --help`: every command with what it does, its syntax and an example, then every option. */
export function generalHelp(m: CliMessages): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 4;
  const commands = COMMANDS.flatMap((c) => [
    `  ${c.name.padEnd(width)}${m.commands[c.name].summary}`,
    `  ${" ".repeat(width)}${c.usage}`,
    `  ${" ".repeat(width)}${m.helpExample}${m.commands[c.name].example}`,
  ]);
  const options: Options = Object.assign({}, ...COMMANDS.map((c) => c.options), COMMON_OPTIONS);
  return [m.helpUsage, "", m.helpCommands, ...commands, "", m.helpOptions, ...optionLines(options, (n) => m.options[n]), "", m.helpFooter].join("\n");
}

/** `taizhang CMD --help`: the syntax, what the command does, each of its options in a line, and an example. */
export function commandHelp(command: Command, m: CliMessages): string {
  const text = (n: OptionName) => m.optionFor[command.name]?.[n] ?? m.options[n];
  return [
    m.commandUsage(command.usage),
    m.commands[command.name].summary,
    "",
    m.helpOptions,
    ...optionLines({ ...command.options, ...COMMON_OPTIONS }, text, command.usage),
    "",
    `${m.helpExample}${m.commands[command.name].example}`,
  ].join("\n");
}
