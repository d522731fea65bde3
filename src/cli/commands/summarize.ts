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
    const { analysis, tabs, written, sheetsWithoutTable, target } = await runSummary(file, args, io);
    if (json) {
      printJson(io, {
        file,
        out: out ?? null,
        asOf: analysis.asOf,
        aggregation: analysis.aggregation,
        sheetsWithoutTable,
        tabs: tabs.map((t) => ({ name: t.name, values: t.values })),
      });
    } else {
      io.out(cliText(args.language).summarizeDone(out ?? "", written));
      reportLink(io, cliText(args.language), target);
    }
    return EXIT_OK;
  },
};
