import { applyChanges } from "../../app/check";
import type { CellChange } from "../../engine/validate";
import type { Command } from "../command";
import { flag, requiredFile, stringOption, usageError } from "../command";
import { EXIT_OK, printJson, type CliIO } from "../io";
import { cliText, type CliMessages } from "../messages";
import { checkOut, reportLink } from "../outFile";
import { VALIDATION_OPTIONS, validateFile } from "./validate";
import { issueCounts } from "../../app/check";

/**
 * The check use case, then its fixes applied as one batch (`applyChanges`, as the pane's 全部修复): the old
 * values go into the workbook's very hidden journal first, so the copy opened in Excel can be undone from the
 * pane (撤销修复) cell for cell. The copy is written whole or not at all; the input file is never the target.
 */
export const fixCommand: Command = {
  name: "fix",
  usage: "taizhang fix FILE --out OUT.xlsx [--sheet NAME] [--units FILE] [--statuses FILE] [--lang zh-CN|en-US] [--json]",
  options: { ...VALIDATION_OPTIONS, out: { type: "string" } },
  async run(args, io) {
    const out = stringOption(args, "out");
    if (out === undefined) throw usageError("fix-needs-out");
    const target = await checkOut(out, requiredFile(args, "fix"));
    const checked = await validateFile(args, "fix", io);
    const { loaded, changes } = checked;
    if (changes.length > 0) await applyChanges(loaded.workbook, changes);
    await loaded.workbook.saveAs(out);
    const { fixable, cells } = issueCounts(checked.issues, checked.changes);
    if (flag(args, "json")) await printJson(io, { file: loaded.file, out, fixableIssues: fixable, cells, changes });
    else {
      printChanges(io, cliText(args.language), changes, { fixable, cells }, out);
      reportLink(io, cliText(args.language), target);
    }
    return EXIT_OK;
  },
};

function printChanges(io: CliIO, m: CliMessages, changes: readonly CellChange[], counts: { fixable: number; cells: number }, out: string): void {
  for (const change of changes) {
    io.out(`${change.sheet}!${change.cell}  ${JSON.stringify(change.before)} → ${JSON.stringify(change.after)}`);
  }
  io.out(m.fixDone(counts, out));
}
