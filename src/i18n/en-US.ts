import { KIND_WORDS } from "../engine/recognize";
import type { HostTexts, Messages, SplitHostTexts } from "./index";
import { HOST_WORDS, type HostWords, type SpreadsheetHost } from "./host";
import { CONFIDENCE_WORDS } from "../engine/matching";
import { percentText } from "../engine/rounding";

/** English, for Office running in English. Chinese terms the clerks use stay recognisable in brackets. */
const enKinds: Messages["cellKinds"] = KIND_WORDS;

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** The texts that name the spreadsheet program (Excel, WPS): messagesFor fills them in for the face's host. */
export const enHostTexts = (host: HostWords): HostTexts => ({
  notInHost: `Open Taizhang from ${host.name}: on the ${host.tab} tab, choose ${host.openButton}.`,
  errorUnexpected: (detail) =>
    `${host.name} did not finish reading the sheet (${detail}). If you are editing a cell, press Enter or Esc first, then choose the same button again; if it still fails, close the task pane and open it again.`,
  importNeedsXlsx: (name) => `"${name}" is not an .xlsx workbook. Save it as .xlsx in ${host.name}, then import it.`,
});

const inExcel = enHostTexts(HOST_WORDS["en-US"].excel);

export const enSplitHostTexts: Record<SpreadsheetHost, SplitHostTexts> = {
  excel: {
    cannotOpen:
      "This version of Excel cannot open a new workbook from the pane (Excel 2019 or later, Microsoft 365 or Excel on the web can). Use “Download the units' files (.zip)”, or run taizhang split on a computer.",
    cannotOpenHere:
      "This version of Excel cannot open a new workbook (Excel 2019 or later, Microsoft 365 or Excel on the web can). Download the units' files (.zip) in the pane: Summary, “Send out”.",
    zipHint:
      "One .xlsx per unit, as taizhang split writes them. Downloads work in Excel on the web; Excel's desktop task pane often cannot download: use the button above there.",
  },
  wps: {
    cannotOpen: "WPS Spreadsheets cannot open a new workbook from the pane yet. Use “Download the units' files (.zip)”, or run taizhang split on a computer.",
    cannotOpenHere: "WPS Spreadsheets cannot open a new workbook yet. Download the units' files (.zip) in the pane: Summary, “Send out”.",
    zipHint: "One .xlsx per unit, as taizhang split writes them. If no download appears, run taizhang split on a computer.",
  },
};

/** yyyy-mm-dd as a date is read in English: 30 June 2021. */
const enDate = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
};

/** Several lines of the master: "nos. 1, 2, 5" (lines without a no. by their rows: "row 14"), as the command line says them. */
const enPlaces = (lines: readonly { seq: string; row: number }[]) => {
  const seqs = [...new Set(lines.filter((l) => l.seq).map((l) => l.seq))];
  const numbered = seqs.length === 0 ? null : `${seqs.length === 1 ? "no." : "nos."} ${seqs.join(", ")}`;
  return [numbered, ...lines.filter((l) => !l.seq).map((l) => `row ${l.row}`)].filter((x) => x !== null).join(", ");
};

export const enUS: Messages = {
  language: "en-US",
  productName: "Taizhang",
  tagline: "Recognises responsibility sheets and progress reports",
  recognizeButton: "Recognise this sheet",
  recognizing: "Recognising…",
  notInHost: inExcel.notInHost,
  sheetHeading: (sheet) => `Sheet "${sheet}"`,
  tablesFound: (count) => `${count} ${count === 1 ? "table" : "tables"} found`,
  tableHeading: (index, kind) => `Table ${index}: ${kind}`,
  kinds: {
    tasks: "Task breakdown (任务分解表)",
    progress: "Progress report (进展情况表)",
    indicators: "Indicators and targets (指标目标表)",
    projects: "Project list (项目清单)",
  },
  title: (title) => `Title: ${title}`,
  rows: (header, last) => `Header on row ${header}, table ends on row ${last}`,
  columnsCaption: "Columns recognised",
  roleHeader: "Holds",
  columnHeader: "Column",
  roles: {
    seq: "Number (序号)",
    task: "Task (主要工作任务)",
    units: "Responsible units (责任单位)",
    coUnits: "Supporting units (配合单位)",
    leader: "Leaders (分管领导)",
    progress: "Progress (进展情况)",
    status: "Status (进展状态)",
    content: "Content (工作内容)",
    deadline: "Deadline (完成时限)",
    target: "Target (目标)",
    done: "Done (完成数)",
    rate: "Completion rate (完成率)",
    measure: "Unit of measure (计量单位)",
    note: "Note (备注)",
  },
  roleWhy: (why) =>
    [
      why.cue === 0 ? `header "${why.header}" does not say so` : `header "${why.header}"${why.cue === 1 ? " (may mean it)" : ""}`,
      why.filled === 0
        ? "no cells filled yet"
        : why.kind === null
          ? `none of ${why.filled} cells like it`
          : `${why.count} of ${why.filled} cells ${enKinds[why.kind]}`,
      ...(why.standIn ? ["no column is headed as the task"] : []),
    ].join("; "),
  cellKinds: enKinds,
  counts: ({ task, continuation, section }) =>
    `${task} numbered ${task === 1 ? "task" : "tasks"}, ${continuation} continuation ${continuation === 1 ? "row" : "rows"}, ${section} ${section === 1 ? "section" : "sections"}`,
  noHeaderTitle: "No header row found",
  noHeader: (rows) =>
    `None of the ${rows} rows on this sheet looks like a header (it should name columns such as 序号, 主要工作任务, 责任单位). Switch to the sheet that holds the table and try again; if the column names are spread over merged cells or several rows, put them on one row.`,
  emptySheet: "This sheet is empty. Switch to the sheet that holds the table and try again.",
  errorTitle: "Could not recognise this sheet",
  errorUnexpected: inExcel.errorUnexpected,
  privacy: "Everything stays in this workbook; nothing is uploaded.",
  areas: {
    tabs: { overview: "Overview", validate: "Validate", prior: "Last year", lag: "Lagging", summary: "Summary" },
    done: "Done",
    tabsLabel: "Taizhang features",
    working: "Working…",
    failed: "Not done",
    validateButton: "Validate this sheet",
    issueCounts: (c) =>
      `${c.total} issues: ${c.error} errors, ${c.warning} warnings, ${c.info} notes; ${c.fixable === 0 ? "none can be fixed in one click" : `${c.fixable} of them can be fixed in one click (${c.cells} cells)`}`,
    noIssues: "No issues found.",
    severity: { error: "Error", warning: "Warning", info: "Note" },
    goTo: (cell) => `Go to ${cell}`,
    issueKinds: {
      "header/not-found": "No header found",
      "header/missing-column": "A column missing from the header",
      "header/duplicate-role": "A column twice in the header",
      "header/unrecognized": "Unrecognised column names",
      "seq/not-a-number": "序号 not a number",
      "seq/duplicate": "序号 repeated",
      "seq/gap": "Gaps in the numbering",
      "seq/out-of-order": "序号 out of order",
      "seq/number-stored-as-text": "序号 stored as text",
      "task/empty": "Empty tasks",
      "task/duplicate": "Repeated tasks",
      "text/spaces": "Extra spaces",
      "text/half-width-punctuation": "Half-width punctuation in Chinese text",
      "text/line-break": "Line breaks in task text",
      "units/empty": "No responsible unit",
      "units/unknown": "Units not in the unit registry",
      "units/alias": "Units not under their canonical name",
      "units/separator": 'Units not separated by "、"',
      "units/duplicate": "Units listed twice",
      "units/variant": "One unit written two ways",
      "status/empty": "Empty status",
      "status/unknown": "Status not in the vocabulary",
      "status/progress-missing": "A status without progress text",
      "cell/error-value": "Error values",
    },
    groupCount: (n) => (n === 1 ? "1 issue" : `${n} issues`),
    groupFixable: (fixable, total) => (fixable === total ? "fixable in one click" : `${fixable} fixable in one click`),
    fixGroup: (kind) => `Fix these: ${kind}`,
    fixSelected: (issues, cells) => `Fix ${issues} selected issue${issues === 1 ? "" : "s"} (${cells} cell${cells === 1 ? "" : "s"})`,
    previewSelected: (ticked, total) => `${ticked} of ${total} cells ticked; unticked cells are left as they are.`,
    wholeCell: "Whole cell",
    changesOnly: "Changes only",
    removed: "removed: ",
    added: "inserted: ",
    typeOnly: "Number stored as text becomes a number",
    showMoreCells: (n) => `Show ${n} more cells`,
    allCells: "All",
    previewTitle: (n) => `${n} cells will change`,
    previewNote:
      "Only fixes that keep the meaning (spaces, punctuation width, separators, canonical unit names). The old values are kept in the workbook; Undo fixes puts them back.",
    apply: "Apply",
    cancel: "Cancel",
    applied: (n) => `${n} cells changed. Undo fixes puts the old values back.`,
    showMore: (n) => `Show ${n} more`,
    dropdown: "Status dropdown",
    dropdownAdded: (cells, values) => `Dropdown added to ${cells} status cells: ${values.join(", ")}.`,
    noStatusColumn: "This sheet has no status (进展状态) column.",
    revert: "Undo fixes",
    reverted: (restored, conflicts) =>
      `${restored} cells restored.` + (conflicts.length ? ` Changed again since, left as they are: ${conflicts.join(", ")}.` : ""),
    nothingToRevert: "There are no fixes to undo.",
    priorSheet: "Sheet with last year's tasks",
    builtinAuto: "Built-in Jiaxing material (the year before this sheet's)",
    builtinYear: (year) => `Built-in Jiaxing ${year}`,
    builtinUsed: (label) => `No sheet chosen: compared with ${label}.`,
    noBuiltinBefore: "No built-in material is older than this sheet: choose the sheet with last year's tasks.",
    planPaste: "Or make an indicator sheet from a plan: paste the 国民经济和社会发展计划 text",
    planPlaceholder: "e.g. 全市生产总值增长6%左右，固定资产投资增长6%以上…",
    planImport: "Make indicator sheet",
    planPick: "Pick a .txt file…",
    planImported: (sheet, n) => `${n} indicators written to the new sheet "${sheet}", now the prior-year source.`,
    planNoTargets: "No numeric target found in this text. Paste the plan itself (e.g. 地区生产总值增长6%左右).",
    importPrior: "Import last year's file…",
    importHint: "Pick last year's .xlsx: its sheets are added to this workbook as reference sheets (no existing sheet changes).",
    importNeedsXlsx: inExcel.importNeedsXlsx,
    imported: (names, prior) => `Imported: ${names.join(", ")}.` + (prior ? ` "${prior}" is now the prior-year sheet.` : " None holds tasks: choose a sheet."),
    compareButton: "Compare with last year",
    noPrior: "No task last year",
    priorOf: (seq) => `Last year${seq ? ` #${seq}` : ""}`,
    confidence: (level) => CONFIDENCE_WORDS[level].en,
    matched: (matched, total) => `${matched} of ${total} tasks have a task last year`,
    priorPickSheet: "Choose the sheet with last year's tasks",
    priorEarlierSheets: (year) => (year === null ? "Sheets of this workbook" : `Sheets of this workbook before ${year}`),
    priorBuiltinGroup: "Built-in material",
    priorUnknownGroup: "Sheets of no known year",
    priorUnknownYear: (sheet) => `${sheet} (year unknown)`,
    priorNoEarlier: (year, builtin) =>
      `No sheet of this workbook is from before ${year}: import last year's file${builtin ? " or use the built-in material" : ""}.`,
    confidenceAdvice: (level) => CONFIDENCE_WORDS[level].adviceEn,
    priorCounts: "Comparison",
    priorRepeated: (n, of) => `Another ${n} repeat tasks of ${of.map((s) => `"${s}"`).join(", ")} and are counted once.`,
    priorChanged: "Target changed",
    priorUnchanged: "Target unchanged",
    priorNotComparable: "Not comparable",
    priorNotComparableHint: "close targets, another scope or unit",
    priorFilter: "Task by task",
    priorFilters: { changed: "Changed", matched: "All matched", notComparable: "Not comparable", none: "No match" },
    priorChangedList: "Tasks whose comparable target changed, surest first.",
    priorShowMore: (n) => `Show more (${n} left)`,
    asOf: "As of",
    asOfHint: "Empty: read from the title (e.g. 上半年) or the progress texts",
    lagButton: "Find lagging tasks",
    asOfUsed: (date, pace, source) =>
      date === null
        ? "No as-of date found: judged on status and words only."
        : `As of ${enDate(date)}, expected pace ${percentText(pace ?? 0)} (from: ${source})`,
    sources: { given: "the date you set", title: "the table's title", text: "the progress texts", none: "none" },
    flags: { red: "Red", yellow: "Yellow", green: "Green", none: "—" },
    lagCounts: (red, yellow, total) => `${total} tasks: ${red} red, ${yellow} yellow`,
    noLag: "No lagging tasks.",
    taskAt: (seq, row) => `#${seq} (row ${row})`,
    markRows: "Mark on the sheet",
    clearMarks: "Clear marks",
    marked: (n) => `${n} tasks marked red or yellow (your own formatting is untouched; clear them any time).`,
    cleared: (n) => `${n} marks cleared.`,
    leadOnly: "Count lead units only",
    priorForSummary: "Compare with last year (optional)",
    none: "No comparison",
    summaryButton: "Generate summary tabs",
    written: (names) => `Written: ${names.join(", ")}.`,
    takenNames: (taken) => taken.map((t) => `"${t.wanted}" is a sheet of your own and is left as it is; the new tab is named "${t.given}".`).join(" "),
    unitsCaption: "By unit (most lagging first)",
    unit: "Unit",
    tasks: "Tasks",
    lagging: "Lagging",
    onPace: "On pace",
    overview: {
      steps: ["Check", "Fix", "Lagging", "Summary"],
      stepsLabel: "Steps",
      intro: "One check of the active sheet: its tables, its issues, lagging tasks and last year's targets.",
      checkButton: "Check this sheet",
      checking: "Checking…",
      cardLabel: (sheet) => `Check of “${sheet}”`,
      what: (kinds, tasks) => `${kinds.join(", ")} · ${tasks} task${tasks === 1 ? "" : "s"}`,
      yearPlace: (year, place) => [year === null ? "year not given" : String(year), place ?? "place not known"].join(" · "),
      noTable: "No responsibility table found: its header needs columns such as 序号, 主要工作任务 and 责任单位.",
      issues: (c) =>
        c.total === 0
          ? "No issues found"
          : `${c.total} issues: ${c.error} errors, ${c.warning} warnings, ${c.info} notes` +
            (c.fixable === 0 ? "; none fixable in one click" : `; ${c.fixable} fixable in one click (${c.cells} cells)`),
      lag: (c, asOf) =>
        `${c.red + c.yellow === 0 ? `None of ${c.tasks} tasks lagging` : `${c.red} red, ${c.yellow} yellow of ${c.tasks} tasks`}; ` +
        (asOf.date === null
          ? "no as-of date found"
          : `as of ${asOf.date}, expected pace ${percentText(asOf.pace ?? 0)} (from ${asOf.source}${asOf.evidence ? ` “${asOf.evidence}”` : ""})`),
      noProgress: "No progress, done or status column on this sheet: lag cannot be judged",
      prior: (source, tasks, matched, changed) => `${source}: ${matched} of ${tasks} tasks found last year, ${changed} with changed targets`,
      priorOff: "Not compared with last year: No comparison is chosen in Summary",
      priorOtherPlace: (place) =>
        `Not compared with last year: the built-in material is Jiaxing's, this sheet is ${place ?? "of a place not known"}. Import last year's file in Last year`,
      priorNoYearBefore: (year) =>
        `Not compared with last year: no built-in material is older than ${year === null ? "this sheet" : year}. Choose last year's sheet in Last year`,
      priorMissingSheet: (sheet) => `Not compared with last year: the sheet “${sheet}” chosen as last year's is gone`,
      priorNoTasks: "Not compared with last year: this sheet has no tasks",
      next: {
        fix: (issues, cells) => `Next: fix ${issues} issues in one click (${cells} cells)`,
        review: (errors) => `Next: read ${errors} errors`,
        summary: "Next: write the summary",
        openSheet: "Go to the sheet with the responsibility table, then Check this sheet again.",
      },
    },
    date: {
      text: enDate,
      month: (year, month) => `${MONTHS[month - 1]} ${year}`,
      weekdays: ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"],
      pick: "Pick from a calendar",
      prevMonth: "Previous month",
      nextMonth: "Next month",
      invalid: "Not a date this field knows. Type 2021-06-30, 2021/6/30, 30 June 2021 or 2021年6月30日.",
      fromSheet: (source, evidence) => `Read from ${source}${evidence ? ` (“${evidence}”)` : ""}; change it if needed`,
      given: "The date you set",
      useSheet: "Use the sheet's date",
    },
    summaryAsOf: (date) => (date === null ? "As of: each table's own date (its title or progress texts)" : `As of ${enDate(date)} (the date you set)`),
    changeAsOf: "Change it in Lagging",
    priorDefault: "Built-in Jiaxing material (the year before each sheet's)",
    priorDefaultHint: "As the command line's analyze: Jiaxing's sheets are compared with the built-in year before their own; other places' are not compared.",
    priorUsed: (sources) => (sources.length === 0 ? "No prior-year tab: no built-in year applies." : `Prior year compared with: ${sources.join(", ")}.`),
    compare: {
      heading: "Since the last report",
      intro:
        "Pick the previous period's progress report to list what changed since: behind in both, newly behind, recovered, done since, progress not updated. This report's as-of date is the one above.",
      pick: "Previous report",
      pickPlaceholder: "Choose the sheet holding the previous report",
      noChoices: "No other sheet of this workbook holds progress or status; import the previous report from a file.",
      importFile: "Import the previous report from a file…",
      imported: (names, picked) =>
        `Imported: ${names.join(", ")}.` + (picked ? ` “${picked}” is now the previous report.` : " None of them holds progress or status."),
      button: "Compare with previous",
      needPick: "Choose the previous report first.",
      group: (name, count) => `${name} (${count})`,
      statuses: (before, now) => `Previous: ${before} → now: ${now}`,
      emptyStatus: "empty",
      units: (lead, co) => [lead.length > 0 ? `Lead: ${lead.join(", ")}` : "", co.length > 0 ? `With: ${co.join(", ")}` : ""].filter(Boolean).join("; "),
      certainty: (level) => `Match: ${level}`,
      previousAt: (seq, row) => `Previous No. ${seq || "none"} (row ${row} of the previous sheet)`,
      writeButton: "Write the “Since last report” tab",
    },
    split: {
      heading: "Send out (a return per unit)",
      intro:
        "Splits this sheet's tasks by responsible unit: a sheet per unit with only the tasks it leads or co-operates on; 序号 and task are locked (grey), progress and status left empty to fill. This sheet is not changed.",
      asOf: (date) => (date === null ? "As of: not stated in this sheet; the returns' titles give no date" : `As of ${enDate(date)}`),
      counts: (units, tasks) => `${units} units, ${tasks} tasks`,
      unlisted: (count) => `${count} task(s) name no unit (in no return; add the responsible unit first):`,
      unitTasks: (lead, coop) => `lead ${lead}, with ${coop}`,
      unitsLabel: "Tasks per unit",
      newWorkbook: "Make them in a new workbook",
      newWorkbookHint: "Makes one new workbook with a sheet per unit; save it and send it to the units.",
      opened: (sheets) => `Made ${sheets} unit sheets in a new workbook. Save it from its window; this sheet is unchanged.`,
      ...enSplitHostTexts.excel,
      zip: "Download the units' files (.zip)",
      zipped: (name, files) => `Downloading “${name}” (${files} files). If no download appears, use “Make them in a new workbook”.`,
      noUnits: "No task of this sheet names a responsible unit: nothing to send out.",
      reload: "Read this sheet again",
    },
    merge: {
      heading: "Merge returns (the units' reports)",
      intro:
        "Pick the files the units sent back (.xlsx or .csv, several at once). They are read on this machine only: nothing is uploaded or inserted into this workbook. Preview the progress and status cells of the active sheet first, then write them; they can be undone. Task texts and units are never changed: differences are only listed.",
      pick: "Pick returned files…",
      unread: (n) => `${n === 1 ? "1 file" : `${n} files`} could not be read; the others are merged all the same:`,
      summary: (sheet, c) =>
        `Master sheet “${sheet}”: ${c.progress + c.status} cells to write (progress ${c.progress}, status ${c.status}${c.replaces > 0 ? `; ${c.replaces} of them replace other text` : ""}).`,
      nothingToWrite: (sheet) => `The returns agree with the master sheet “${sheet}”: no cell to write.`,
      returnsHeading: (n) => `Returns received (${n})`,
      returnFile: (file, sheet) => `${file}, sheet “${sheet}”`,
      returnLine: (unit, certainty, rows, matched, reported, cells) =>
        `${unit === null ? "Sender not known" : `${unit} (${certainty})`}: ${rows} rows, ${matched} matched, ${reported} filled, ${cells} cells to write`,
      returnMissing: (places) => `Lacks the unit's tasks ${places}`,
      unreadable: "No task table found: not read",
      apply: "Write into the master…",
      previewNote:
        "The units' progress and status go into the master sheet; unticked cells are left as they are. The old values are kept in the workbook, so this can be undone.",
      applied: (n) => `${n} cells written. Undo puts the master sheet back as it was (so does Undo fixes in Validate).`,
      undo: "Undo",
      groups: {
        chase: { heading: (n) => `To chase: units that sent nothing (${n})`, note: "These units sent no return." },
        withoutReturn: { heading: (n) => `Tasks nobody reported on (${n})`, note: "No returned row gives progress or status for these tasks." },
        unmatched: { heading: (n) => `Returned rows matching no task (${n})`, note: "Perhaps tasks the unit added; not written, please check." },
        seqChanges: { heading: (n) => `Numbers differing from the master (${n})`, note: "Matched by the task's text; the master's numbers are kept." },
        textChanges: { heading: (n) => `Task text or units differing (${n})`, note: "Listed only: the master's tasks and units are not changed." },
        conflicts: { heading: (n) => `Differing statuses (${n})`, note: "The units report different statuses: the status cell is left for you to decide." },
        unreadable: { heading: (n) => `Sheets not read (${n})`, note: "No task table was found on these sheets." },
      },
      masterAt: (seq, row) => (seq ? `#${seq} (row ${row})` : `row ${row}`),
      masterPlaces: enPlaces,
      returnAt: (file, sheet, row) => `${file}, sheet “${sheet}”, row ${row}`,
      returnSeq: (seq) => `No. ${seq}`,
      sender: (unit) => `Sent by: ${unit ?? "not known"}`,
      units: (units) => `Units: ${units.join(", ")}`,
      chaseDuties: (lead, coop) => [lead ? `leads ${lead}` : null, coop ? `co-operates on ${coop}` : null].filter((x) => x !== null).join("; "),
      seqChanged: (seq, master) => `Return's no. ${seq || "(empty)"} → master ${master}`,
      textChanged: (text, units) =>
        [text === null ? null : `task now reads “${text}”`, units === null ? null : `units written “${units.join(", ")}”`].filter((x) => x !== null).join("; "),
      unmatchedWhy: (reason) => (reason === "duplicate" ? "matches the same task as an earlier row of its sheet" : "no task of the master is like it"),
      conflictStatus: (unit, status, file) => `${unit}: “${status}” (${file})`,
    },
  },
  commands: {
    title: { validate: "Validate this sheet", summarize: "Write summary", clearMarks: "Clear marks", split: "Send out" },
    validated: (sheet, c) =>
      c.error + c.warning + c.info === 0
        ? `No problems found on “${sheet}”.`
        : `“${sheet}”: ${c.error} errors, ${c.warning} warnings, ${c.info} notes; ${c.marked} cells marked red or yellow. Open Check to go through and fix them.`,
    failed: (detail) => `Not done: ${detail}`,
    dismiss: "Dismiss",
  },
};
