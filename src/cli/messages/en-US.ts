import { describeWhy, type ClosestHeader } from "../../engine/recognize";
import { CONFIDENCE_WORDS } from "../../engine/matching";
import { percentText } from "../../engine/rounding";
import { CATEGORIES, CATEGORY_WORDS } from "../../engine/status/categories";
import type { CliMessages, IssueCountsText, RepeatedText, TaskPlaceText } from "./index";

/** "1 issue", "2 issues". */
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** ' (another 96 repeat tasks of "2021责任分解" and are counted once)'; "" when nothing repeats. */
const repeatedNote = (repeated: readonly RepeatedText[]) =>
  repeated.length === 0
    ? ""
    : ` (another ${repeated.reduce((n, r) => n + r.tasks, 0)} repeat tasks of ${[...new Set(repeated.map((r) => `"${r.of}"`))].join(", ")} and are counted once)`;

/** What the row closest to a header lacked. */
const closestHeader = (closest: ClosestHeader | null) =>
  closest === null
    ? "no row looks like a header (a header row names its columns: the number, the task, the responsible units)"
    : `row ${closest.row} (${closest.headers.join(", ")}) comes closest to a header, but ${closest.lacks === "no-task" ? "no column holds the tasks (a column of long task texts, or one headed as the task)" : "only one column was recognised in it"}`;

const taskPlace = ({ sheet, row, seq }: TaskPlaceText) =>
  [sheet || null, row === undefined ? null : `row ${row}`, seq ? `no. ${seq}` : null].filter((part) => part !== null).join(", ");

/** The issues a fix run settles, and the cells it changes: several issues of one cell are one change. */
const fixableText = ({ fixable, cells }: Pick<IssueCountsText, "fixable" | "cells">) =>
  fixable === 0 ? "none can be fixed in one go" : `${fixable} of them can be fixed in one go (${count(cells, "cell")})`;

/** A master line as the merge names it: its no. where it has one, else its row. */
const masterPlace = (t: { row: number; seq: string }) => (t.seq ? `no. ${t.seq}` : `row ${t.row}`);
/** Several master lines: "nos. 1, 2, 5" (lines without a no. by their rows: "row 14"). */
const masterPlaces = (lines: readonly { row: number; seq: string }[]) => {
  const seqs = [...new Set(lines.filter((l) => l.seq).map((l) => l.seq))];
  const numbered = seqs.length === 0 ? null : `${seqs.length === 1 ? "no." : "nos."} ${seqs.join(", ")}`;
  return [numbered, ...lines.filter((l) => !l.seq).map((l) => `row ${l.row}`)].filter((x) => x !== null).join(", ");
};
const returnPlace = (r: { file: string; sheet: string; row: number }) => `${r.file}, sheet "${r.sheet}", row ${r.row}`;
/** A task's first line, cut short for a line of the terminal. */
const cut = (text: string, length = 30) => {
  const first = text.split("\n")[0];
  return first.length > length ? `${first.slice(0, length)}…` : first;
};

const severities = (c: IssueCountsText) => `${count(c.error, "error")}, ${count(c.warning, "warning")}, ${count(c.info, "note")}`;

const FLAGS = { red: "red", yellow: "yellow", green: "green", none: "—" } as const;

/** English, with --lang en-US. */
export const enUS: CliMessages = {
  language: "en-US",

  helpUsage: "Usage: taizhang <command> [options]",
  helpCommands: "Commands:",
  helpOptions: "Options:",
  helpExample: "Example: ",
  helpFooter: "taizhang <command> --help explains that command's options; add --json for JSON, --lang zh-CN for Chinese (the default).",
  commandUsage: (usage) => `Usage: ${usage}`,
  commands: {
    analyze: {
      summary: "the main job: recognise, check, compare with last year, flag lagging tasks, count by unit (the bundled sample without FILE)",
      example: "taizhang analyze report-2021H1.xlsx --as-of 2021-06-30 --out summary.xlsx --lang en-US",
    },
    inspect: { summary: "recognise tables, headers, columns and row types", example: "taizhang inspect tasks-2021.xlsx --sheet Tasks --lang en-US" },
    validate: { summary: "check every cell and offer safe fixes", example: "taizhang validate tasks-2024.xlsx --units units.xlsx --lang en-US" },
    fix: { summary: "write a corrected copy (the input is never changed)", example: "taizhang fix tasks-2024.xlsx --out fixed.xlsx --lang en-US" },
    targets: { summary: "extract numeric targets from task texts or plan prose", example: "taizhang targets plan-2024.txt --lang en-US" },
    match: { summary: "match each task to last year's and compare targets", example: "taizhang match tasks-2024.xlsx --prior builtin:2021 --lang en-US" },
    compare: {
      summary: "since the last report: newly behind, behind in both periods, recovered, done since, progress not updated",
      example: "taizhang compare report-2021H1.xlsx --previous report-2021Q1.xlsx --out since-Q1.xlsx --lang en-US",
    },
    lag: { summary: "flag lagging tasks, with reasons", example: "taizhang lag report-2021H1.xlsx --as-of 2021-06-30 --lang en-US" },
    summarize: {
      summary: "write the summary tabs into a copy",
      example: "taizhang summarize report-2021H1.xlsx --out summary.xlsx --prior builtin:2021 --lead-only --lang en-US",
    },
    split: {
      summary: "send out: one file per responsible unit with its tasks to report on",
      example: "taizhang split report-2021H1.xlsx --out returns --lang en-US",
    },
    merge: {
      summary: "merge the units' returned sheets (.xlsx/.csv) into the master's progress and status (into a copy); list whom to chase",
      example: "taizhang merge report-2021H1.xlsx science.xlsx commerce.csv --out merged.xlsx --lang en-US",
    },
  },
  options: {
    out: "the new .xlsx file to write; the input file is never changed",
    sheet: "only this sheet (every sheet by default)",
    prior: "last year's task sheet, indicator table, .csv or .txt plan, or the bundled material builtin:YEAR; may be given more than once",
    "prior-sheet": "last year's tasks are on this sheet of the same workbook; may be given more than once",
    "as-of": "the as-of date (by default read from the title or the progress texts: the first half year is June 30)",
    "lead-only": "count only each task's lead unit by unit (by default every responsible and supporting unit)",
    units: "a unit registry file (canonical name | aliases | kind | former names) added to the built-in one",
    statuses: "a status vocabulary file (status | category) added to the built-in one",
    text: "task or plan text to read instead of a FILE",
    all: "list the tasks that are not lagging too",
    force: "replace files of the same names already in the folder (by default none is replaced and nothing is written)",
    lang: "the language to print: zh-CN Chinese (the default) or en-US English",
    json: 'print one JSON document ({"error": …} when the command cannot run)',
    help: "show this help",
    previous: "the previous report's file (.xlsx or .csv)",
    "previous-sheet": "the previous report's sheet (in the --previous file; in this file without --previous)",
    "previous-as-of": "the previous report's as-of date (read from its title or progress texts by default)",
  },
  optionFor: {
    fix: { out: "the new .xlsx file the corrected copy is written to; the input file is never changed" },
    summarize: { out: "the new .xlsx file the summary tabs are written to; the input file is never changed" },
    analyze: { out: "also write the summary tabs into this new .xlsx file; the input file is never changed" },
    split: {
      out: "the folder the units' files are written to (made if missing); the input file is never changed",
      sheet: "the master sheet (by default the first sheet with tasks)",
    },
    match: { sheet: "only this sheet; may be given more than once (every sheet but the --prior-sheet ones by default)" },
    merge: {
      out: "the new .xlsx file the merged master is written to; neither the master nor a return is changed (a preview without it)",
      sheet: "the master is this sheet (the first by default)",
    },
    compare: {
      sheet: "this period's sheet (the first sheet with a progress table by default)",
      out: "the new .xlsx file (a copy of this period's file) the comparison tab is written to; the input file is never changed",
      "as-of": "this period's as-of date (read from the title or progress texts by default)",
    },
  },

  usageProblems: {
    "no-command": () => "Write a command after taizhang (such as taizhang analyze).",
    "unknown-command": ({ name, suggestion }) => `Unknown command "${name}".${suggestion ? ` Did you mean ${suggestion}?` : ""}`,
    "unknown-option": ({ command, option, suggestion }) => `${command} has no option ${option}.${suggestion ? ` Did you mean ${suggestion}?` : ""}`,
    "missing-value": ({ option, value }) => `The option ${option} needs a value (${option} ${value}).`,
    "takes-no-value": ({ option }) => `The option ${option} is a switch and takes no value.`,
    "unexpected-argument": ({ command, argument }) =>
      `${command} works on one file; "${argument}" is one too many (put quotes around a file or sheet name with spaces).`,
    "bad-arguments": ({ command, detail }) => `Wrong arguments for ${command}: ${detail}`,
    "missing-file": ({ command }) => `${command} needs a FILE.`,
    "fix-needs-out": () => "fix needs --out OUT.xlsx (the fixes are written into a new file; the input file is never changed).",
    "summarize-needs-out": () =>
      "summarize needs --out OUT.xlsx (the summary tabs are written into a new file; the input file is never changed), or --json to see the summary only.",
    "split-needs-out": () => "split needs --out DIR (each unit's file is written into that folder; the input file is never changed).",
    "bad-as-of": ({ text }) => `--as-of needs a date as YYYY-MM-DD (such as 2021-06-30); got "${text}".`,
    "targets-needs-input": () => "targets needs a FILE or --text TEXT (one of them).",
    "match-needs-prior": () =>
      "match needs at least one --prior FILE (last year's task sheet, indicator table or plan text, or the bundled material builtin:YEAR).",
    "merge-needs-returns": () => "merge needs the master file and at least one returned file: taizhang merge master.xlsx return1.xlsx return2.csv …",
    "unknown-builtin-year": ({ text, years }) =>
      `No built-in material for "${text}"; built-in years: ${years.join(", ")} (e.g. --prior builtin:${years[years.length - 1]}).`,
    "compare-needs-previous": () => "compare needs the previous report: --previous FILE (another file) or --previous-sheet NAME (a sheet of this file).",
  },
  unexpected: (detail) => `Unexpected error: ${detail}.`,
  noTableInFile: (file, sheets) =>
    [
      `No table found in "${file}": nothing to work on.`,
      ...sheets.map((s) => `  Sheet "${s.sheet}": looked at ${count(s.rowsExamined, "row")}; ${closestHeader(s.closest)}.`),
      "Check that one row of the header names the columns (the number, the task, the responsible units), then try again.",
    ].join("\n"),
  sheetWithoutTable: (s) => `No table found in sheet "${s.sheet}": looked at ${count(s.rowsExamined, "row")}; ${closestHeader(s.closest)}.`,

  severity: { error: "error", warning: "warning", info: "note" },
  flag: FLAGS,
  confidence: { certain: CONFIDENCE_WORDS.certain.en, likely: CONFIDENCE_WORDS.likely.en, tentative: CONFIDENCE_WORDS.tentative.en },
  tableKind: { tasks: "task breakdown", progress: "progress report", indicators: "indicators and targets", projects: "project list" },
  role: {
    seq: "number",
    task: "task",
    units: "responsible units",
    coUnits: "supporting units",
    leader: "leader",
    progress: "progress",
    status: "status",
    content: "content",
    deadline: "deadline",
    target: "target",
    done: "done",
    rate: "completion rate",
    measure: "unit of measure",
    note: "note",
  },
  // The engine's words, in lower case: they are counted inside a sentence ("on track 8, behind 2").
  category: Object.fromEntries(CATEGORIES.map((c) => [c, CATEGORY_WORDS[c].en.toLowerCase()])) as CliMessages["category"],
  comparator: { ">=": "at least", "<=": "at most", "≈": "about", "=": "" },
  taskPlace,

  fixable: "fixable",
  validateSummary: (c) => `${count(c.total, "issue")}: ${severities(c)}; ${fixableText(c)}${c.fixable > 0 ? ": taizhang fix writes a corrected copy" : ""}.`,
  fixDone: ({ fixable, cells }, out) =>
    `Fixed ${count(fixable, "issue")}, changing ${count(cells, "cell")}, into ${out}; the input file is unchanged. Opened in Excel, Undo fixes in the task pane puts the old values back.`,

  inspectFile: (file) => `File: ${file}`,
  inspectSheet: (sheet, tables) => `Sheet "${sheet}": ${count(tables, "table")}`,
  inspectTable: (index, kind, title) => `Table ${index}: ${enUS.tableKind[kind]}${title ? ` "${title}"` : ""}`,
  inspectRows: (header, last) => `header on row ${header}, data to row ${last}`,
  inspectColumns: (columns) => `columns: ${columns}`,
  inspectWhy: (role, why) => `${enUS.role[role]}: ${describeWhy(why, role)}`,
  inspectCounts: (c) =>
    `rows: ${count(c.task, "task")}, ${count(c.continuation, "continuation row")}, ${count(c.section, "section")}, ${count(c.note, "note")}`,

  asOfLine: (asOf) =>
    asOf.date === null && asOf.pace === null
      ? "No as-of date (give one with --as-of): judged on status and words only."
      : `As of ${asOf.date ?? `${asOf.monthDay} (no year in the sheet)`}, pace ${percentText(asOf.pace ?? 0)} (from ${{ given: "--as-of", title: "the title", text: "the progress texts", none: "nothing" }[asOf.source]}${asOf.evidence ? ` "${asOf.evidence}"` : ""})`,
  noProgressTable: "No table with a progress or status column was found: lagging tasks cannot be told.",
  lagTask: (flag, where, task) => `[${FLAGS[flag]}] ${taskPlace(where)}: ${task}`,
  lagSummary: (total, red, yellow, green, none) => `${count(total, "task")}: ${red} red, ${yellow} yellow, ${green} green, ${none} not judged.`,

  matchHead: (where, task) => `${taskPlace(where)}  ${task}`,
  matchNone: "last year: none",
  matchPriors: (priors) => `last year: ${priors.join("; ")}`,
  matchPrior: ({ file, row, seq }, confidence, task) =>
    `${seq ? taskPlace({ seq }) : `${file}, ${taskPlace({ row })}`} (${enUS.confidence[confidence]}) ${task}`,
  matchSummary: (total, matched, repeated = []) =>
    `${count(total, "task")}${repeatedNote(repeated)}: ${matched} matched to last year's, ${total - matched} without.`,

  targetLine: (t) => {
    const target = [t.verb, enUS.comparator[t.comparator], `${t.value}${t.unit}`].filter((part) => part !== "").join(" ");
    return `${t.where ? `${taskPlace(t.where)}  ` : ""}${t.metric || "—"}: ${target}${t.qualifiers.length ? ` (${t.qualifiers.join(", ")})` : ""}   « ${t.raw} »`;
  },
  targetsCount: (n) => `${count(n, "numeric target")}.`,

  summarizeDone: (out, tabs) => `Wrote ${tabs.join(", ")} into ${out}; the input file is unchanged.`,
  reading: (file) => `… reading ${file}`,
  analysing: (sheets) => `… recognising, checking, comparing with last year, flagging, counting: ${count(sheets, "sheet")}`,
  writing: (file) => `… writing ${file}`,
  analyzeHeading: (file, bundled) => `Taizhang · analysing ${file}${bundled ? " (the bundled sample)" : ""}`,
  placeLine: (place) => {
    const sources: Record<string, string> = { title: "the title", file: "the file name", sheet: "a sheet name", units: "a unit name" };
    const why = place.evidence
      .slice(0, 3)
      .map((e) => `${sources[e.source] ?? e.source} "${e.text.split("\n")[0].slice(0, 24)}"`)
      .join(", ");
    return place.name === null
      ? "Place: not found in the title, file name, sheet names or unit names (units are checked against this workbook's own names, not any place's registry)."
      : `Place: ${place.name} (from ${why})${place.jiaxing ? ", so Jiaxing's built-in unit registry and prior years apply" : "; units are checked against this workbook's own names"}.`;
  },
  analyzeSections: {
    recognition: "1. Recognition and validation",
    prior: "2. Prior year",
    lag: "3. Lagging tasks",
    units: (shown) => `4. By unit (top ${shown})`,
  },
  sheetTables: (sheet, tables) => `"${sheet}": ${tables.join("; ") || enUS.noTable}`,
  tableTasks: (kind, tasks, header, last) => `${enUS.tableKind[kind]}, ${count(tasks, "task")} (rows ${header}–${last})`,
  noTable: "no table found",
  sheetIssues: (c) => `${count(c.total, "issue")}: ${severities(c)}; ${fixableText(c)}`,
  analyzeExamples: "One example of each kind:",
  noPrior: "No prior year: give --prior FILE or builtin:YEAR.",
  noPriorForPlace: (place) =>
    `No prior year: the built-in years are Jiaxing's and are not used for ${place ?? "another place"}'s sheets; give last year's sheet with --prior FILE (or a .txt plan).`,
  priorGroup: (g) =>
    `${g.sheets.map((s) => `"${s}"`).join(", ")} against ${g.sources.join(", ")}${g.auto ? " (no --prior: the built-in year before the sheets' year)" : ""}: ` +
    `${g.matched} of ${count(g.tasks, "task")} matched${repeatedNote(g.repeated ?? [])}.`,
  priorExample: (sheet, seq, changes) => `${taskPlace({ sheet, seq })}: ${changes.join("; ")}`,
  priorChanged: (n) =>
    n === 0
      ? "No comparable target changed; the prior-year tab written with --out lists every match."
      : `${count(n, "task")} with a comparable target change (examples above; the prior-year tab written with --out lists them all).`,
  analyzeLag: (flag, sheet, seq, reasons) => `[${FLAGS[flag]}] ${taskPlace({ sheet, seq })}: ${reasons.join("; ")}`,
  unitLine: (u) =>
    `${String(u.rank).padStart(2)}. ${u.unit} (${u.kind}) ${count(u.tasks, "task")} (${u.lead} as lead): ${u.categories.join(", ")}${u.lagging.length ? `; lagging: ${u.lagging.join(", ")}` : ""}`,
  analyzeNext: (file) =>
    `Next: add --out summary.xlsx to write the summary tabs; taizhang validate ${JSON.stringify(file)} lists every issue; taizhang fix ${JSON.stringify(file)} --out fixed.xlsx writes a corrected copy (the input is never changed).`,
  analyzeWritten: (out, tabs) => `Wrote ${tabs.join(", ")} into ${out} (the input file is unchanged).`,
  writtenThroughLink: (link, file) => `${link} is a symbolic link: the file it points to, ${file}, was written; the link itself is unchanged.`,
  takenNames: (taken) => taken.map((t) => `"${t.wanted}" is a sheet of your own and is left as it is; the new tab is named "${t.given}".`).join(" "),

  splitHeading: (report, asOf, tasks, units) => `Send out: ${report}${asOf ? ` (as of ${asOf})` : ""}, ${tasks} tasks, ${units} responsible units`,
  splitUnit: ({ unit, file, lead, coop, seqs }) => `  ${unit} (leads ${lead}, co-operates on ${coop}) → ${file}  No. ${seqs.join(", ")}`,
  splitUnlisted: (tasks) =>
    `No unit listed: ${tasks.length} tasks name no responsible unit and are in no unit's file; add their units and send out again: ${tasks.map((t) => `No. ${t.seq || "(none)"} (row ${t.row})`).join(", ")}`,
  splitDone: (dir, files) => `${files} files written to the folder ${dir}; the input file is unchanged.`,
  merge: {
    heading: (master, sheet, returns) => `Merging returns: master ${master}, sheet "${sheet}", ${count(returns, "return")}`,
    returnLine: (r) =>
      r.unreadable
        ? `${r.file}, sheet "${r.sheet}": no table recognised, nothing read`
        : `${r.file}, sheet "${r.sheet}" → ${r.unit === null ? "sender not known" : `${r.unit} (${enUS.confidence[r.certainty ?? "tentative"]}, from the ${r.from.map((f) => enUS.merge.sender[f]).join(", ")})`}: ` +
          `${count(r.rows, "row")}, ${r.matched} matched, ${r.reported} filled in${r.missing.length > 0 ? `; ${count(r.missing.length, "task")} of the unit missing (${masterPlaces(r.missing)})` : ""}`,
    sender: { sheet: "sheet name", title: "title", file: "file name", rows: "rows' units", tasks: "units of the tasks matched" },
    column: { progress: "progress", status: "status" },
    changes: (c) =>
      `${count(c.progress + c.status, "cell")} to write (progress ${c.progress}, status ${c.status}${c.replaces > 0 ? `; ${c.replaces} of them replace text already there` : ""}):`,
    change: (cell, before, after, replaces) => `  ${cell}  ${before} → ${after}${replaces ? " (replaces the text there)" : ""}`,
    empty: "(empty)",
    seqChanges: (n) => `No. differs from the master's (${count(n, "row")}, matched by the task's text; the master's no. is kept):`,
    seqChange: (m) => `  ${returnPlace(m)}, no. ${m.seq || "(empty)"} → master ${masterPlace(m.master)}: ${cut(m.master.text)}`,
    textChanges: (n) => `Task text or units differ from the master's (${count(n, "row")}, reported only; the master is not changed):`,
    textChange: (m) =>
      `  ${returnPlace(m)} (${enUS.confidence[m.confidence]}) → master ${masterPlace(m.master)}: ${[m.textChanged ? `task reads "${cut(m.text)}"` : null, m.unitsChanged ? `units read "${m.units.join("、")}"` : null].filter((x) => x !== null).join("; ")}`,
    unmatched: (n) => `Returned rows matching no task of the master (${count(n, "row")}, perhaps new tasks; not written, please check):`,
    unmatchedRow: (u) =>
      `  ${returnPlace(u)}${u.seq ? `, no. ${u.seq}` : ""}${u.reason === "duplicate" ? " (matches the same task as a row above it)" : ""}: ${cut(u.text)}`,
    withoutReturn: (n) => `Tasks no return reported on (${n}):`,
    masterLine: (t) => `  ${masterPlace(t)}${t.units && t.units.length > 0 ? ` (${t.units.join("、")})` : ""}: ${cut(t.text)}`,
    chase: (n) => `To chase (${count(n, "unit")} sent nothing):`,
    chaseUnit: (c) =>
      `  ${c.unit}: ${[c.lead.length > 0 ? `leads ${masterPlaces(c.lead)}` : null, c.coop.length > 0 ? `co-operates on ${masterPlaces(c.coop)}` : null].filter((x) => x !== null).join("; ")}`,
    conflicts: (n) => `Statuses differ (${count(n, "task")}; the status cell is left for you to decide):`,
    conflict: (c) => `  ${c.cell} ${masterPlace(c)}: ${c.statuses.map((s) => `${s.unit} "${s.status}"`).join(", ")}`,
    missingColumns: (columns) => `The master has no ${columns.map((c) => enUS.merge.column[c]).join(" or ")} column: that was not written.`,
    done: (out, cells) =>
      `Written to ${out} (${count(cells, "cell")} changed); the master and the returns are unchanged. Opened in Excel, the pane's Undo fixes undoes this merge.`,
    previewOnly: (cells) => `A preview (${count(cells, "cell")}); nothing was written. Add --out merged.xlsx to write it.`,
  },
};
