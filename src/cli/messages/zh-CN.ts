import { describeWhyZh, type ClosestHeader } from "../../engine/recognize";
import { CONFIDENCE_WORDS } from "../../engine/matching";
import { percentText } from "../../engine/rounding";
import { CATEGORY_LABELS } from "../../engine/status/categories";
import type { CliMessages, IssueCountsText, RepeatedText, TaskPlaceText } from "./index";

/** What the row closest to a header lacked, in a clerk's words. */
const closestHeader = (closest: ClosestHeader | null) =>
  closest === null
    ? "没有一行像表头（表头应有“序号、主要工作任务/项目内容、责任单位”等列名）"
    : `第 ${closest.row} 行（${closest.headers.join("、")}）最像表头，但${closest.lacks === "no-task" ? "找不到写任务的列（一列较长的任务文字，或“主要工作任务/项目内容”等列名）" : "只认出一列"}`;

const taskPlace = ({ sheet, row, seq }: TaskPlaceText) =>
  [sheet || null, row === undefined ? null : `第 ${row} 行`, seq ? `序号 ${seq}` : null].filter((part) => part !== null).join(" ");

/** The issues a fix run settles, and the cells it changes: several issues of one cell are one change. */
const fixableText = ({ fixable, cells }: Pick<IssueCountsText, "fixable" | "cells">) =>
  fixable === 0 ? "没有可一键修复的问题" : `其中 ${fixable} 个问题可一键修复（涉及 ${cells} 个单元格）`;

/** "（另有 96 项与「2021责任分解」重复，只计一次）"; "" when nothing repeats. */
const repeatedNote = (repeated: readonly RepeatedText[]) =>
  repeated.length === 0
    ? ""
    : `（另有 ${repeated.reduce((n, r) => n + r.tasks, 0)} 项与「${[...new Set(repeated.map((r) => r.of))].join("」「")}」重复，只计一次）`;

/** A master line as the merge names it: 序号 where it has one, else its row. */
const masterPlace = (t: { row: number; seq: string }) => (t.seq ? `序号 ${t.seq}` : `第 ${t.row} 行`);
/** Several master lines: "序号 1、2、5" (lines without a 序号 by their rows: "第 14 行"). */
const masterPlaces = (lines: readonly { row: number; seq: string }[]) => {
  const seqs = [...new Set(lines.filter((l) => l.seq).map((l) => l.seq))];
  return [seqs.length > 0 ? `序号 ${seqs.join("、")}` : null, ...lines.filter((l) => !l.seq).map((l) => `第 ${l.row} 行`)].filter((x) => x !== null).join("、");
};
const returnPlace = (r: { file: string; sheet: string; row: number }) => `${r.file}「${r.sheet}」第 ${r.row} 行`;
/** A task's first line, cut short for a line of the terminal. */
const cut = (text: string, length = 30) => {
  const first = text.split("\n")[0];
  return first.length > length ? `${first.slice(0, length)}…` : first;
};

const severities = (c: IssueCountsText) => `错误 ${c.error}，警告 ${c.warning}，提示 ${c.info}`;

const FLAGS = { red: "红", yellow: "黄", green: "绿", none: "—" } as const;

/** 中文，命令行的默认语言。 */
export const zhCN: CliMessages = {
  language: "zh-CN",

  helpUsage: "用法：taizhang <命令> [参数]",
  helpCommands: "命令：",
  helpOptions: "参数：",
  helpExample: "示例：",
  helpFooter: "taizhang <命令> --help 查看该命令的参数；加 --json 输出 JSON；加 --lang en-US 输出英文。",
  commandUsage: (usage) => `用法：${usage}`,
  commands: {
    analyze: {
      summary: "主任务：识别、校验、上年对比、滞后预警、部门汇总（不给 FILE 时使用内置示例）",
      example: "taizhang analyze 2021上半年.xlsx --as-of 2021-06-30 --out 汇总.xlsx",
    },
    inspect: { summary: "识别工作表的表格、表头、列和行类型", example: "taizhang inspect 2021责任分解.xlsx --sheet 2021责任分解" },
    validate: { summary: "逐格校验任务表并给出可安全修复的问题", example: "taizhang validate 2024责任分解.xlsx --units 单位名录.xlsx" },
    fix: { summary: "把可安全修复的问题写入一个新文件（原文件不变）", example: "taizhang fix 2024责任分解.xlsx --out 修复后.xlsx" },
    targets: {
      summary: "提取任务文字中的数字目标（增长6%以上、3.5万亩…）",
      example: 'taizhang targets --text "全市生产总值增长6%左右，新增城镇就业4.5万人以上"',
    },
    match: { summary: "为每项任务找到上年对应任务并比较数字目标", example: "taizhang match 2024责任分解.xlsx --prior builtin:2021" },
    compare: {
      summary: "上期对比：与上一期报告逐项对照，列出新增滞后、连续滞后、已恢复、新近完成、进展未更新的任务",
      example: "taizhang compare 2021上半年.xlsx --previous 2021一季度.xlsx --out 上期对比.xlsx",
    },
    lag: { summary: "找出滞后任务并说明理由（状态、序时进度、文字）", example: "taizhang lag 2021上半年执行情况.xlsx --as-of 2021-06-30" },
    summarize: {
      summary: "生成部门汇总、滞后任务、校验报告等汇总表（写入新文件）",
      example: "taizhang summarize 2021上半年执行情况.xlsx --out 汇总.xlsx --prior builtin:2021 --lead-only",
    },
    split: { summary: "分发：按责任单位拆分台账，每个单位一个待填报文件", example: "taizhang split 2021上半年执行情况.xlsx --out 分发 --as-of 2021-12-31" },
    merge: {
      summary: "汇总报送：把各单位报回的表（.xlsx/.csv）的进展情况、进展状态并入主表（写入新文件），列出催报名单",
      example: "taizhang merge 2021上半年执行情况.xlsx 市科技局.xlsx 市商务局.csv --out 汇总后.xlsx",
    },
  },
  options: {
    out: "写入结果的新文件（.xlsx）；原文件不会被改动",
    sheet: "只处理这张工作表（默认处理全部工作表）",
    prior: "上年的任务表、指标表、.csv 或 .txt 计划文本，或内置资料 builtin:YEAR（YEAR 为年份）；可写多次",
    "prior-sheet": "上年的任务在本工作簿的这张工作表中；可写多次",
    "as-of": "截止日期（默认从标题或进展文字读出，如“上半年”为 6 月 30 日）",
    "lead-only": "部门汇总只计牵头单位（默认也计其他责任单位和配合单位）",
    units: "单位名录文件（规范名称 | 别名 | 类别 | 曾用名），补充内置名录",
    statuses: "状态词表文件（状态 | 类别），补充内置词表",
    text: "直接给出任务或计划文字，代替 FILE",
    all: "也列出未滞后的任务",
    force: "替换文件夹中已有的同名文件（默认不替换，一个文件也不写）",
    lang: "输出语言：zh-CN 中文（默认）或 en-US 英文",
    json: '输出一个 JSON 文档（无法运行时为 {"error": …}）',
    help: "显示本帮助",
    previous: "上一期报告的文件（.xlsx 或 .csv）",
    "previous-sheet": "上一期报告的工作表（在 --previous 文件中；不给 --previous 时在本文件中）",
    "previous-as-of": "上一期报告的截止日期（默认从其标题或进展文字读出）",
  },
  optionFor: {
    fix: { out: "写入修复结果的新文件（.xlsx）；原文件不会被改动" },
    summarize: { out: "写入汇总表的新文件（.xlsx）；原文件不会被改动" },
    analyze: { out: "把汇总表写入这个新文件（.xlsx）；原文件不会被改动" },
    split: { out: "写入各单位文件的文件夹（没有则新建）；原文件不会被改动", sheet: "台账所在的工作表（默认第一张有任务的工作表）" },
    match: { sheet: "只处理这张工作表；可写多次（默认处理 --prior-sheet 以外的全部工作表）" },
    merge: {
      out: "写入汇总结果的新文件（.xlsx）；主表和报送文件都不会被改动（不给时只预览）",
      sheet: "主表是这张工作表（默认第一张）",
    },
    compare: {
      sheet: "本期报告的工作表（默认第一张含进展表格的工作表）",
      out: "写入“上期对比”表的新文件（.xlsx，本期文件的副本）；原文件不会被改动",
      "as-of": "本期报告的截止日期（默认从标题或进展文字读出）",
    },
  },

  usageProblems: {
    "no-command": () => "请在 taizhang 后写一个命令（如 taizhang analyze）。",
    "unknown-command": ({ name, suggestion }) => `未知命令 "${name}"。${suggestion ? `您是不是要运行 ${suggestion}？` : ""}`,
    "unknown-option": ({ command, option, suggestion }) => `命令 ${command} 没有参数 ${option}。${suggestion ? `您是不是要用 ${suggestion}？` : ""}`,
    "missing-value": ({ option, value }) => `参数 ${option} 后面需要写一个值（${option} ${value}）。`,
    "takes-no-value": ({ option }) => `参数 ${option} 是开关，后面不用写值。`,
    "unexpected-argument": ({ command, argument }) => `命令 ${command} 只处理一个文件，多出了 "${argument}"（文件名或工作表名含空格时请加引号）。`,
    "bad-arguments": ({ command, detail }) => `命令 ${command} 的参数有误：${detail}`,
    "missing-file": ({ command }) => `命令 ${command} 需要一个文件。`,
    "fix-needs-out": () => "fix 需要 --out OUT.xlsx（修复结果写入新文件，原文件不会被改动）。",
    "summarize-needs-out": () => "summarize 需要 --out OUT.xlsx（汇总表写入新文件，原文件不会被改动），或只用 --json 查看汇总。",
    "split-needs-out": () => "split 需要 --out DIR（各单位的文件写入这个文件夹，原文件不会被改动）。",
    "bad-as-of": ({ text }) => `--as-of 需要日期，格式 YYYY-MM-DD（例如 2021-06-30），收到 "${text}"。`,
    "targets-needs-input": () => "targets 需要一个文件或 --text 文字（二选一）。",
    "match-needs-prior": () => "match 需要至少一个 --prior FILE（上年的任务表、指标表或计划文本，或内置资料 builtin:YEAR）。",
    "merge-needs-returns": () => "merge 需要主表文件和至少一个报送文件：taizhang merge 主表.xlsx 报送1.xlsx 报送2.csv …",
    "unknown-builtin-year": ({ text, years }) =>
      `没有内置的“${text}”年资料；内置年份：${years.join("、")}（例如 --prior builtin:${years[years.length - 1]}）。`,
    "compare-needs-previous": () => "compare 需要上一期报告：--previous FILE（另一个文件），或 --previous-sheet NAME（本文件中的工作表）。",
  },
  unexpected: (detail) => `处理时发生意外错误：${detail}。`,
  noTableInFile: (file, sheets) =>
    [
      `文件「${file}」中没有识别到台账表格，无法继续。`,
      ...sheets.map((s) => `  工作表「${s.sheet}」：查看了 ${s.rowsExamined} 行，${closestHeader(s.closest)}。`),
      "请确认表头在一行内写有列名（如“序号 | 主要工作任务 | 责任单位”），然后重试。",
    ].join("\n"),
  sheetWithoutTable: (s) => `工作表「${s.sheet}」未识别到台账表格：查看了 ${s.rowsExamined} 行，${closestHeader(s.closest)}。`,

  severity: { error: "错误", warning: "警告", info: "提示" },
  flag: FLAGS,
  confidence: { certain: CONFIDENCE_WORDS.certain.zh, likely: CONFIDENCE_WORDS.likely.zh, tentative: CONFIDENCE_WORDS.tentative.zh },
  tableKind: { tasks: "任务分解表", progress: "进展情况表", indicators: "指标目标表", projects: "项目清单" },
  role: {
    seq: "序号",
    task: "任务",
    units: "责任单位",
    coUnits: "配合单位",
    leader: "分管领导",
    progress: "进展情况",
    status: "进展状态",
    content: "项目内容",
    deadline: "完成时限",
    target: "目标",
    done: "完成数",
    rate: "完成率",
    measure: "计量单位",
    note: "备注",
  },
  category: CATEGORY_LABELS,
  comparator: { ">=": "不低于", "<=": "不高于", "≈": "约", "=": "" },
  taskPlace,

  fixable: "可修复",
  validateSummary: (c) => `共 ${c.total} 个问题：${severities(c)}；${fixableText(c)}${c.fixable > 0 ? "，用 taizhang fix 生成修复副本" : ""}。`,
  fixDone: ({ fixable, cells }, out) =>
    `已修复 ${fixable} 个问题，共改动 ${cells} 个单元格，写入 ${out}；原文件未改动。在 Excel 中打开后，可用任务窗格的“撤销修复”恢复原值。`,

  inspectFile: (file) => `文件：${file}`,
  inspectSheet: (sheet, tables) => `工作表「${sheet}」：${tables} 个表格`,
  inspectTable: (index, kind, title) => `表 ${index}：${zhCN.tableKind[kind]}${title ? `「${title}」` : ""}`,
  inspectRows: (header, last) => `表头第 ${header} 行，数据至第 ${last} 行`,
  inspectColumns: (columns) => `列：${columns}`,
  inspectWhy: (role, why) => `${zhCN.role[role]}：${describeWhyZh(why)}`,
  inspectCounts: (c) => `行：${c.task} 项任务，${c.continuation} 个续行，${c.section} 个分节，${c.note} 条注释`,

  asOfLine: (asOf) =>
    asOf.date === null && asOf.pace === null
      ? "未能确定截止日期（可用 --as-of 指定），只按状态和文字判断。"
      : `截止 ${asOf.date ?? `${Number(asOf.monthDay?.slice(0, 2))}月${Number(asOf.monthDay?.slice(3))}日（表中未写年份）`}，序时进度 ${percentText(asOf.pace ?? 0)}（依据：${{ given: "--as-of", title: "标题", text: "进展文字", none: "无" }[asOf.source]}${asOf.evidence ? `“${asOf.evidence}”` : ""}）`,
  noProgressTable: "没有找到含“进展情况”或“进展状态”列的表格，无法判断滞后。",
  lagTask: (flag, where, task) => `[${FLAGS[flag]}] ${taskPlace(where)}：${task}`,
  lagSummary: (total, red, yellow, green, none) => `共 ${total} 项：红 ${red}，黄 ${yellow}，绿 ${green}，无法判断 ${none}。`,

  matchHead: (where, task) => `${taskPlace(where)}  ${task}`,
  matchNone: "上年：无对应",
  matchPriors: (priors) => `上年：${priors.join("；")}`,
  matchPrior: ({ file, row, seq }, confidence, task) =>
    `${seq ? taskPlace({ seq }) : `${file} ${taskPlace({ row })}`}（${zhCN.confidence[confidence]}）${task}`,
  matchSummary: (total, matched, repeated = []) => `共 ${total} 项${repeatedNote(repeated)}，找到上年对应 ${matched} 项，无对应 ${total - matched} 项。`,

  targetLine: (t) =>
    `${t.where ? `${taskPlace(t.where)}  ` : ""}${t.metric || "—"}：${t.verb}${zhCN.comparator[t.comparator]}${t.value}${t.unit}${t.qualifiers.length ? `（${t.qualifiers.join("、")}）` : ""}   « ${t.raw} »`,
  targetsCount: (n) => `共 ${n} 个数字目标。`,

  summarizeDone: (out, tabs) => `已生成 ${tabs.join("、")}，写入 ${out}；原文件未改动。`,
  reading: (file) => `… 读取 ${file}`,
  analysing: (sheets) => `… 识别、校验、上年对比、预警、汇总 ${sheets}`,
  writing: (file) => `… 写入 ${file}`,
  analyzeHeading: (file, bundled) => `台账助手 · 分析 ${file}${bundled ? "（内置示例）" : ""}`,
  placeLine: (place) => {
    const sources: Record<string, string> = { title: "标题", file: "文件名", sheet: "工作表名", units: "单位名称" };
    const why = place.evidence
      .slice(0, 3)
      .map((e) => `${sources[e.source] ?? e.source}“${e.text.split("\n")[0].slice(0, 24)}”`)
      .join("、");
    return place.name === null
      ? "地区：未能从标题、文件名、工作表名和单位名称确定（按本工作簿自身的单位名称校验，不套用任何地区的单位名录）。"
      : `地区：${place.name}（依据：${why}）${place.jiaxing ? "，套用内置的嘉兴市单位名录和上年资料" : "，按本工作簿自身的单位名称校验"}。`;
  },
  analyzeSections: { recognition: "1. 识别与校验", prior: "2. 上年对比", lag: "3. 滞后预警", units: (shown) => `4. 部门汇总（前 ${shown}）` },
  sheetTables: (sheet, tables) => `「${sheet}」${tables.join("；") || zhCN.noTable}`,
  tableTasks: (kind, tasks, header, last) => `${zhCN.tableKind[kind]} ${tasks} 项（第 ${header}–${last} 行）`,
  noTable: "未识别到表格",
  sheetIssues: (c) => `问题 ${c.total}：${severities(c)}；${fixableText(c)}`,
  analyzeExamples: "各类问题举例：",
  noPrior: "没有可对照的上年资料（可用 --prior 上年文件 或 --prior builtin:年份 指定）。",
  noPriorForPlace: (place) =>
    `没有可对照的上年资料：内置的上年资料只有嘉兴市的，不用于${place ?? "其他地区"}的表。可用 --prior 上年文件.xlsx 指定上年的表（或 .txt 计划文本）。`,
  priorGroup: (g) =>
    `「${g.sheets.join("」「")}」对照 ${g.sources.join("、")}${g.auto ? "（未指定 --prior，按表的年份选用内置上一年资料）" : ""}：` +
    `${g.tasks} 项${repeatedNote(g.repeated ?? [])}中找到上年对应 ${g.matched} 项。`,
  priorExample: (sheet, seq, changes) => `${taskPlace({ sheet, seq })}：${changes.join("；")}`,
  priorChanged: (n) =>
    n === 0
      ? "没有可比目标发生变化的任务；--out 写出的「上年对比」表列出全部对应。"
      : `可比目标有变化的任务 ${n} 项（以上为举例；--out 写出的「上年对比」表列出全部）。`,
  analyzeLag: (flag, sheet, seq, reasons) => `[${FLAGS[flag]}] ${taskPlace({ sheet, seq })}：${reasons.join("；")}`,
  unitLine: (u) =>
    `${String(u.rank).padStart(2)}. ${u.unit}（${u.kind}）任务 ${u.tasks}（牵头 ${u.lead}）：${u.categories.join("，")}${u.lagging.length ? `；滞后：${u.lagging.join("、")}` : ""}`,
  analyzeNext: (file) =>
    `下一步：加 --out 汇总.xlsx 生成汇总表；taizhang validate ${JSON.stringify(file)} 查看全部问题；taizhang fix ${JSON.stringify(file)} --out 修复后.xlsx 生成修复副本（原文件不变）。`,
  analyzeWritten: (out, tabs) => `已写入 ${out}：${tabs.join("、")}（原文件未改动）。`,
  writtenThroughLink: (link, file) => `${link} 是符号链接：已写入它指向的文件 ${file}，链接本身保留不变。`,
  takenNames: (taken) => `${taken.map((t) => `“${t.wanted}”是您自己的工作表，已保留不动，新生成的表名为“${t.given}”`).join("；")}。`,

  splitHeading: (report, asOf, tasks, units) => `分发：${report}${asOf ? `（截至 ${asOf}）` : ""}，共 ${tasks} 项任务，${units} 个责任单位`,
  splitUnit: ({ unit, file, lead, coop, seqs }) => `  ${unit}（牵头 ${lead} 项，配合 ${coop} 项）→ ${file}　序号 ${seqs.join("、")}`,
  splitUnlisted: (tasks) =>
    `未列单位：${tasks.length} 项任务没有写责任单位，未放入任何单位的文件，请补上责任单位后重新分发：${tasks.map((t) => `序号 ${t.seq || "（无）"}（第 ${t.row} 行）`).join("、")}`,
  splitDone: (dir, files) => `已写入 ${files} 个文件到文件夹 ${dir}；原文件未改动。`,
  merge: {
    heading: (master, sheet, returns) => `汇总报送：主表 ${master}「${sheet}」，收到报送 ${returns} 份`,
    returnLine: (r) =>
      r.unreadable
        ? `${r.file}「${r.sheet}」：未识别到台账表格，未读取`
        : `${r.file}「${r.sheet}」→ ${r.unit === null ? "未能确定报送单位" : `${r.unit}（${zhCN.confidence[r.certainty ?? "tentative"]}，依据：${r.from.map((f) => zhCN.merge.sender[f]).join("、")}）`}：` +
          `${r.rows} 行，对上 ${r.matched} 行，已填 ${r.reported} 行${r.missing.length > 0 ? `；缺本单位任务 ${r.missing.length} 项（${masterPlaces(r.missing)}）` : ""}`,
    sender: { sheet: "工作表名", title: "标题", file: "文件名", rows: "各行单位", tasks: "所对任务的单位" },
    column: { progress: "进展情况", status: "进展状态" },
    changes: (c) =>
      `拟写入 ${c.progress + c.status} 个单元格（进展情况 ${c.progress}，进展状态 ${c.status}${c.replaces > 0 ? `；其中 ${c.replaces} 格将替换原有内容` : ""}）：`,
    change: (cell, before, after, replaces) => `  ${cell}  ${before} → ${after}${replaces ? "（替换原有内容）" : ""}`,
    empty: "（空）",
    seqChanges: (n) => `序号与主表不同（${n} 行，按任务文字对上，主表序号未改）：`,
    seqChange: (m) => `  ${returnPlace(m)} 序号 ${m.seq || "（空）"} → 主表 ${masterPlace(m.master)}：${cut(m.master.text)}`,
    textChanges: (n) => `任务文字或单位与主表不同（${n} 行，仅报告，主表不改）：`,
    textChange: (m) =>
      `  ${returnPlace(m)}（${zhCN.confidence[m.confidence]}）→ 主表 ${masterPlace(m.master)}：${[m.textChanged ? `任务改为“${cut(m.text)}”` : null, m.unitsChanged ? `单位写作“${m.units.join("、")}”` : null].filter((x) => x !== null).join("；")}`,
    unmatched: (n) => `未对上主表任务的报送行（${n} 行，可能是新增任务，未写入，请核对）：`,
    unmatchedRow: (u) => `  ${returnPlace(u)}${u.seq ? ` 序号 ${u.seq}` : ""}${u.reason === "duplicate" ? "（与同表前一行对上同一任务）" : ""}：${cut(u.text)}`,
    withoutReturn: (n) => `无人报送进展的任务（${n} 项）：`,
    masterLine: (t) => `  ${masterPlace(t)}${t.units && t.units.length > 0 ? `（${t.units.join("、")}）` : ""}：${cut(t.text)}`,
    chase: (n) => `催报名单（${n} 个单位未报送）：`,
    chaseUnit: (c) =>
      `  ${c.unit}：${[c.lead.length > 0 ? `牵头 ${masterPlaces(c.lead)}` : null, c.coop.length > 0 ? `配合 ${masterPlaces(c.coop)}` : null].filter((x) => x !== null).join("；")}`,
    conflicts: (n) => `进展状态不一致（${n} 项，状态单元格未改动，请定夺）：`,
    conflict: (c) => `  ${c.cell} ${masterPlace(c)}：${c.statuses.map((s) => `${s.unit}“${s.status}”`).join("，")}`,
    missingColumns: (columns) => `主表没有“${columns.map((c) => zhCN.merge.column[c]).join("”“")}”列，这些内容未写入。`,
    done: (out, cells) => `已写入 ${out}（改动 ${cells} 个单元格）；主表和报送文件未改动。在 Excel 中打开后，可用任务窗格的“撤销修复”撤销这次汇总。`,
    previewOnly: (cells) => `以上为预览（${cells} 个单元格），未写入任何文件；加 --out 汇总后.xlsx 写出。`,
  },
};
