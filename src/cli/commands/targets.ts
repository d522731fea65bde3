import { recognizeSheet } from "../../engine/recognize";
import { targetText, taskRecords } from "../../engine/tasks";
import { extractTargets, type Target } from "../../engine/targets";
import type { Command } from "../command";
import { flag, stringOption, usageError } from "../command";
import { EXIT_OK, printJson, type CliIO } from "../io";
import { cliText, type CliMessages } from "../messages";
import { loadTaskSource } from "../sources";
import { requireTables, type SheetWithoutTable } from "../tablesFound";

export interface TargetJson {
  sheet?: string;
  row?: number;
  seq?: string;
  metric: string;
  verb: string;
  /** A number, or "low-high" for a range (1-2个). */
  value: number | string;
  unit: string;
  baseUnit: string;
  multiplier: number;
  /** Qualifiers as written, joined by ";" (以上;力争). */
  qualifier: string;
  qualifiers: string[];
  comparator: Target["comparator"];
  raw: string;
}

export function targetJson(target: Target, where: { sheet?: string; row?: number; seq?: string } = {}): TargetJson {
  return {
    ...where,
    metric: target.metric,
    verb: target.verb,
    value: target.valueLow === undefined ? target.value : `${target.valueLow}-${target.value}`,
    unit: target.unit,
    baseUnit: target.baseUnit,
    multiplier: target.multiplier,
    qualifier: target.qualifiers.join(";"),
    qualifiers: target.qualifiers,
    comparator: target.comparator,
    raw: target.raw,
  };
}

/** Every target of a file: per task line (an indicator's 目标 cell read with its name), or per plan sentence. */
export async function targetsOfFile(
  file: string,
  io: CliIO,
  m: CliMessages,
  json: boolean,
): Promise<{ targets: TargetJson[]; sheetsWithoutTable: SheetWithoutTable[] }> {
  const source = await loadTaskSource(file);
  const targets: TargetJson[] = [];
  if (source.kind === "prose") {
    for (const sentence of source.sentences) for (const t of extractTargets(sentence.text)) targets.push(targetJson(t, { row: sentence.line }));
    return { targets, sheetsWithoutTable: [] };
  }
  const sheetsWithoutTable = requireTables(file, source.sheets, io, m, json);
  for (const grid of source.sheets) {
    for (const task of taskRecords(grid, recognizeSheet(grid))) {
      for (const line of task.lines) {
        for (const t of extractTargets(targetText(line))) targets.push(targetJson(t, { sheet: grid.name, row: line.row, seq: task.seq }));
      }
    }
  }
  return { targets, sheetsWithoutTable };
}

export const targetsCommand: Command = {
  name: "targets",
  usage: "taizhang targets (FILE | --text TEXT) [--lang zh-CN|en-US] [--json]",
  options: { text: { type: "string" }, json: { type: "boolean" } },
  async run(args, io) {
    const text = stringOption(args, "text");
    const file = args.positionals[0];
    if ((text === undefined) === (file === undefined)) throw usageError("targets-needs-input");
    const json = flag(args, "json");
    const m = cliText(args.language);
    const { targets, sheetsWithoutTable } =
      text !== undefined
        ? { targets: extractTargets(text).map((t) => targetJson(t)), sheetsWithoutTable: [] }
        : await targetsOfFile(file as string, io, m, json);
    if (json) await printJson(io, { targets, sheetsWithoutTable });
    else printTargets(io, m, targets);
    return EXIT_OK;
  },
};

function printTargets(io: CliIO, m: CliMessages, targets: readonly TargetJson[]): void {
  for (const t of targets) io.out(m.targetLine({ ...t, where: t.row === undefined ? null : { sheet: t.sheet, row: t.row, seq: t.seq } }));
  io.out(m.targetsCount(targets.length));
}
