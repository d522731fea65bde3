import type { ClosestHeader, TableKind } from "../engine/recognize";
import { CONFIDENCE_WORDS, type MatchConfidence } from "../engine/matching";
import { percentText } from "../engine/rounding";

/** What the row closest to a header lacked, in a clerk's words. */
const closestHeader = (closest: ClosestHeader | null) =>
  closest === null
    ? "没有一行像表头（表头应有“序号、主要工作任务/项目内容、责任单位”等列名）"
    : `第 ${closest.row} 行（${closest.headers.join("、")}）最像表头，但${closest.lacks === "no-task" ? "找不到写任务的列（一列较长的任务文字，或“主要工作任务/项目内容”等列名）" : "只认出一列"}`;

/** Every sentence the command line prints, Chinese first then English, in one place. */
export const cliMessages = {
  /**
   * How sure a match is, in words only: a score of 0.27 says nothing to a clerk (and reads like "27% sure" where
   * the level is 确定); `--json` keeps the score.
   */
  confidence: (level: MatchConfidence) => CONFIDENCE_WORDS[level].zh,
  usage: (lines: string[]) => ["用法 Usage: taizhang <命令 command> [参数 options]", "", ...lines, "", "加 --json 输出 JSON；--help 查看帮助。"].join("\n"),
  unknownCommand: (name: string) => `未知命令 "${name}"。Unknown command "${name}".`,
  badArguments: (command: string, detail: string) => `命令 ${command} 的参数有误：${detail}`,
  missingFile: (command: string) => `命令 ${command} 需要一个文件。${command} needs a FILE.`,
  sheetNotFound: (file: string, sheet: string, names: string[]) =>
    `文件 "${file}" 中没有名为 "${sheet}" 的工作表（现有：${names.join("、")}）。No sheet "${sheet}" in "${file}".`,
  unexpected: (detail: string) => `处理时发生意外错误：${detail}。Unexpected error: ${detail}`,
  fixNeedsOut: "fix 需要 --out OUT.xlsx（修复结果写入新文件，原文件不会被改动）。fix needs --out OUT.xlsx.",
  fixDone: (count: number, out: string) => `已修复 ${count} 个单元格，写入 ${out}；原文件未改动。Fixed ${count} cells into ${out}.`,
  tableKind: (kind: TableKind) => ({ tasks: "任务分解表", progress: "进展情况表", indicators: "指标目标表", projects: "项目清单" })[kind],
  noHeader: (sheet: string, rows: number) =>
    `工作表「${sheet}」：未找到表头（已查看 ${rows} 行）。需要一行含“主要工作任务/任务/指标名称”等列名的表头。` +
    ` No header row found in "${sheet}" (${rows} rows looked at).`,
  noTable: "未识别到表格（no table）",
  sheetWithoutTable: (s: { sheet: string; rowsExamined: number; closest: ClosestHeader | null }) =>
    `工作表「${s.sheet}」未识别到台账表格：查看了 ${s.rowsExamined} 行，${closestHeader(s.closest)}。No table found in sheet "${s.sheet}".`,
  noTableInFile: (file: string, sheets: readonly { sheet: string; rowsExamined: number; closest: ClosestHeader | null }[]) =>
    [
      `文件「${file}」中没有识别到台账表格，无法继续。No table found in "${file}".`,
      ...sheets.map((s) => `  工作表「${s.sheet}」：查看了 ${s.rowsExamined} 行，${closestHeader(s.closest)}。`),
      "请确认表头在一行内写有列名（如“序号 | 主要工作任务 | 责任单位”），然后重试。",
    ].join("\n"),
  analyzeHeading: (file: string, bundled: boolean) => `台账助手 · 分析 ${file}${bundled ? "（内置示例 bundled sample）" : ""}`,
  analyzeExamples: "  各类问题举例 (one example of each kind):",
  analyzeNext: (file: string) =>
    `下一步 Next：加 --out 汇总.xlsx 生成汇总表；taizhang validate ${JSON.stringify(file)} 查看全部问题；taizhang fix ${JSON.stringify(file)} --out 修复后.xlsx 生成修复副本（原文件不变）。`,
  analyzeWritten: (out: string, tabs: string[]) => `已写入 ${out}：${tabs.join("、")}（原文件未改动）。Wrote the summary tabs into ${out}.`,
  analyzeSection: (title: string) => `\n${title}`,
  analyzeStep: (step: string, detail: string) => `… ${step} ${detail}`,
  badAsOf: (text: string) => `--as-of 需要日期，格式 YYYY-MM-DD（例如 2021-06-30），收到 "${text}"。--as-of needs a date like 2021-06-30.`,
  noProgressTable: "没有找到含“进展情况”或“进展状态”列的表格，无法判断滞后。No progress table found.",
  asOfLine: (asOf: { date: string | null; monthDay?: string; pace: number | null; source: string; evidence?: string }) =>
    asOf.date === null && asOf.pace === null
      ? "未能确定截止日期（可用 --as-of 指定），只按状态和文字判断。No as-of date: judged on status and words only."
      : `截止 ${asOf.date ?? `${Number(asOf.monthDay?.slice(0, 2))}月${Number(asOf.monthDay?.slice(3))}日（表中未写年份）`}，序时进度 ${percentText(asOf.pace ?? 0)}（依据：${{ given: "--as-of", title: "标题", text: "进展文字", none: "无" }[asOf.source] ?? asOf.source}${asOf.evidence ? `“${asOf.evidence}”` : ""}）`,
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
  noPriorForPlace: (place: string | null) =>
    `没有可对照的上年资料：内置的上年资料只有嘉兴市的，不用于${place ?? "其他地区"}的表。可用 --prior 上年文件.xlsx 指定上年的表（或 .txt 计划文本）。` +
    ` No prior year: the built-in years are Jiaxing's; give last year's sheet with --prior FILE.`,
  placeLine: (place: { name: string | null; jiaxing: boolean; evidence: readonly { source: string; text: string }[] }) => {
    const sources: Record<string, string> = { title: "标题", file: "文件名", sheet: "工作表名", units: "单位名称" };
    const why = place.evidence
      .slice(0, 3)
      .map((e) => `${sources[e.source] ?? e.source}“${e.text.split("\n")[0].slice(0, 24)}”`)
      .join("、");
    return place.name === null
      ? "地区：未能从标题、文件名、工作表名和单位名称确定（按本工作簿自身的单位名称校验，不套用任何地区的单位名录）。Place: not stated."
      : `地区：${place.name}（依据：${why}）${place.jiaxing ? "，套用内置的嘉兴市单位名录和上年资料" : "，按本工作簿自身的单位名称校验"}。Place: ${place.name}.`;
  },
  noPrior: "没有可对照的上年资料（可用 --prior 上年文件 或 --prior builtin:年份 指定）。No prior year: give --prior FILE or builtin:YEAR.",
  priorGroup: (g: { sheets: string[]; sources: string[]; auto: boolean; tasks: number; matched: number }) =>
    `「${g.sheets.join("」「")}」对照 ${g.sources.join("、")}${g.auto ? "（未指定 --prior，按表的年份选用内置上一年资料 chosen by the sheets' year）" : ""}：` +
    `${g.tasks} 项中找到上年对应 ${g.matched} 项。${g.matched} of ${g.tasks} tasks matched.`,
  priorChanged: (n: number) =>
    n === 0
      ? "没有可比目标发生变化的任务；--out 写出的「上年对比」表列出全部对应。No comparable target changed."
      : `可比目标有变化的任务 ${n} 项（以上为举例；--out 写出的「上年对比」表列出全部）。${n} tasks with a comparable target change.`,
  matchSummary: (total: number, matched: number) =>
    `共 ${total} 项，找到上年对应 ${matched} 项，无对应 ${total - matched} 项。${matched} of ${total} tasks matched.`,
};
