import type { Command } from "../command";
import { flag, requiredFile, stringOption, usageError } from "../command";
import { EXIT_OK, printJson } from "../io";
import { cliText } from "../messages";
import { reportLink } from "../outFile";
import { runSummary, SUMMARY_OPTIONS } from "./summaryRun";

export const summarizeCommand: Command = {
  name: "summarize",
  usage:
    "taizhang summarize FILE --out OUT.xlsx [--prior FILE|builtin:YEAR …] [--as-of YYYY-MM-DD] [--lead-only] [--units FILE] [--statuses FILE] [--lang zh-CN|en-US] [--json]",
  options: SUMMARY_OPTIONS,
  async run(args, io) {
    const file = requiredFile(args, "summarize");
    const out = stringOption(args, "out");
    const json = flag(args, "json");
    if (out === undefined && !json) throw usageError("summarize-needs-out");
    const { analysis, tabs, written, taken, sheetsWithoutTable, target } = await runSummary(file, args, io, { showTabs: json });
    if (json) {
      await printJson(io, {
        file,
        out: out ?? null,
        asOf: analysis.asOf,
        aggregation: analysis.aggregation,
        sheetsWithoutTable,
        taken,
        tabs: tabs.map((t) => ({ name: t.name, values: t.values })),
      });
    } else {
      const m = cliText(args.language);
      io.out(m.summarizeDone(out ?? "", written));
      if (taken.length > 0) io.out(m.takenNames(taken));
      reportLink(io, m, target);
    }
    return EXIT_OK;
  },
};
