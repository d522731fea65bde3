import { cellWritesBySheet, planFixes, type CellChange } from "../../engine/validate";
import type { Command } from "../command";
import { flag, stringOption, UsageError } from "../command";
import { EXIT_OK, printJson, type CliIO } from "../io";
import { cliMessages } from "../messages";
import { VALIDATION_OPTIONS, validateFile } from "./validate";

export const fixCommand: Command = {
  name: "fix",
  usage: "taizhang fix FILE --out OUT.xlsx [--sheet NAME] [--units FILE] [--statuses FILE] [--json]",
  summary: "把可安全修复的问题写入一个新文件（原文件不变）/ write a corrected copy (the input is never changed)",
  options: { ...VALIDATION_OPTIONS, out: { type: "string" } },
  async run(args, io) {
    const out = stringOption(args, "out");
    if (out === undefined || !/\.xlsx$/iu.test(out)) throw new UsageError(cliMessages.fixNeedsOut);
    const { loaded, issues } = await validateFile(args, "fix", io);
    const changes = planFixes(issues);
    for (const [sheet, writes] of cellWritesBySheet(changes)) await loaded.workbook.updateCells(sheet, writes);
    // Written whole or not at all (temporary file, then rename); the input file is never the target.
    await loaded.workbook.saveAs(out);
    if (flag(args, "json")) printJson(io, { file: loaded.file, out, changes });
    else printChanges(io, changes, out);
    return EXIT_OK;
  },
};

function printChanges(io: CliIO, changes: readonly CellChange[], out: string): void {
  for (const change of changes) {
    io.out(`${change.sheet}!${change.cell}  ${JSON.stringify(change.before)} → ${JSON.stringify(change.after)}`);
  }
  io.out(cliMessages.fixDone(changes.length, out));
}
