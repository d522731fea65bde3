import type { TableKind } from "../engine/recognize";

/** Every sentence the command line prints, Chinese first then English, in one place. */
export const cliMessages = {
  usage: (lines: string[]) =>
    ["用法 Usage: taizhang <命令 command> [参数 options]", "", ...lines, "", "加 --json 输出 JSON；--help 查看帮助。"].join("\n"),
  unknownCommand: (name: string) => `未知命令 "${name}"。Unknown command "${name}".`,
  badArguments: (command: string, detail: string) => `命令 ${command} 的参数有误：${detail}`,
  missingFile: (command: string) => `命令 ${command} 需要一个文件。${command} needs a FILE.`,
  sheetNotFound: (file: string, sheet: string, names: string[]) =>
    `文件 "${file}" 中没有名为 "${sheet}" 的工作表（现有：${names.join("、")}）。No sheet "${sheet}" in "${file}".`,
  unexpected: (detail: string) => `处理时发生意外错误：${detail}。Unexpected error: ${detail}`,
  fixNeedsOut: "fix 需要 --out OUT.xlsx（修复结果写入新文件，原文件不会被改动）。fix needs --out OUT.xlsx.",
  fixDone: (count: number, out: string) => `已修复 ${count} 个单元格，写入 ${out}；原文件未改动。Fixed ${count} cells into ${out}.`,
  tableKind: (kind: TableKind) =>
    ({ tasks: "任务分解表", progress: "进展情况表", indicators: "指标目标表", projects: "项目清单" })[kind],
  noHeader: (sheet: string, rows: number) =>
    `工作表「${sheet}」：未找到表头（已查看 ${rows} 行）。需要一行含“主要工作任务/任务/指标名称”等列名的表头。` +
    ` No header row found in "${sheet}" (${rows} rows looked at).`,
  noTable: "未识别到表格（no table）",
  analyzeHeading: (file: string, bundled: boolean) =>
    `台账助手 · 分析 ${file}${bundled ? "（内置示例 bundled sample）" : ""}`,
  analyzeExamples: "  各类问题举例 (one example of each kind):",
  analyzeNext: (file: string) =>
    `下一步 Next：加 --out 汇总.xlsx 生成汇总表；taizhang validate ${JSON.stringify(file)} 查看全部问题；taizhang fix ${JSON.stringify(file)} --out 修复后.xlsx 生成修复副本（原文件不变）。`,
  analyzeWritten: (out: string, tabs: string[]) => `已写入 ${out}：${tabs.join("、")}（原文件未改动）。Wrote the summary tabs into ${out}.`,
  analyzeSection: (title: string) => `\n${title}`,
  analyzeStep: (step: string, detail: string) => `… ${step} ${detail}`,
  badAsOf: (text: string) => `--as-of 需要日期，格式 YYYY-MM-DD（例如 2021-06-30），收到 "${text}"。--as-of needs a date like 2021-06-30.`,
  noProgressTable: "没有找到含“进展情况”或“进展状态”列的表格，无法判断滞后。No progress table found.",
  asOfLine: (asOf: { date: string | null; pace: number | null; source: string; evidence?: string }) =>
    asOf.date === null
      ? "未能确定截止日期（可用 --as-of 指定），只按状态和文字判断。No as-of date: judged on status and words only."
      : `截止 ${asOf.date}，序时进度 ${Math.round((asOf.pace ?? 0) * 1000) / 10}%（依据：${{ given: "--as-of", title: "标题", text: "进展文字", none: "无" }[asOf.source] ?? asOf.source}${asOf.evidence ? `“${asOf.evidence}”` : ""}）`,
  lagSummary: (total: number, red: number, yellow: number, green: number, none: number) =>
    `共 ${total} 项：红 ${red}，黄 ${yellow}，绿 ${green}，无法判断 ${none}。`,
  targetsNeedsInput: "targets 需要一个文件或 --text 文字（二选一）。targets needs a FILE or --text TEXT (one of them).",
  targetsCount: (n: number) => `共 ${n} 个数字目标。${n} numeric targets.`,
  summarizeNeedsOut: "summarize 需要 --out OUT.xlsx（汇总表写入新文件，原文件不会被改动），或只用 --json 查看汇总。summarize needs --out OUT.xlsx (or --json).",
  summarizeDone: (out: string, tabs: string[]) => `已生成 ${tabs.join("、")}，写入 ${out}；原文件未改动。Wrote ${tabs.length} tabs into ${out}.`,
  matchNeedsPrior: "match 需要至少一个 --prior FILE（上年的任务表、指标表或计划文本，或内置资料 builtin:YEAR）。match needs --prior FILE (or builtin:YEAR).",
  unknownBuiltinYear: (text: string, years: number[]) =>
    `没有内置的“${text}”年资料；内置年份：${years.join("、")}（例如 --prior builtin:${years[years.length - 1]}）。` +
    ` No built-in material for "${text}"; built-in years: ${years.join(", ")} (e.g. --prior builtin:${years[years.length - 1]}).`,
  noPrior: "没有可对照的上年资料（可用 --prior 上年文件 或 --prior builtin:年份 指定）。No prior year: give --prior FILE or builtin:YEAR.",
  priorGroup: (g: { sheets: string[]; sources: string[]; auto: boolean; tasks: number; matched: number }) =>
    `「${g.sheets.join("」「")}」对照 ${g.sources.join("、")}${g.auto ? "（未指定 --prior，按表的年份选用内置上一年资料 chosen by the sheets' year）" : ""}：` +
    `${g.tasks} 项中找到上年对应 ${g.matched} 项。${g.matched} of ${g.tasks} tasks matched.`,
  priorChanged: (n: number) =>
    n === 0
      ? "没有可比目标发生变化的任务；--out 写出的「上年对比」表列出全部对应。No comparable target changed."
      : `可比目标有变化的任务 ${n} 项（以上为举例；--out 写出的「上年对比」表列出全部）。${n} tasks with a comparable target change.`,
  matchSummary: (total: number, matched: number) => `共 ${total} 项，找到上年对应 ${matched} 项，无对应 ${total - matched} 项。${matched} of ${total} tasks matched.`,
};
