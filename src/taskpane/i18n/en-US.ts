import type { Messages } from "./index";

/** English, for Office running in English. Chinese terms the clerks use stay recognisable in brackets. */
export const enUS: Messages = {
  productName: "Taizhang",
  tagline: "Recognises responsibility sheets and progress reports",
  recognizeButton: "Recognise this sheet",
  recognizing: "Recognising…",
  notInExcel: "Open Taizhang from Excel: on the Home tab, choose Open Taizhang.",
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
    progress: "Progress (进展情况)",
    status: "Status (进展状态)",
    content: "Content (工作内容)",
    deadline: "Deadline (完成时限)",
    target: "Target (目标)",
    note: "Note (备注)",
  },
  counts: ({ task, continuation, section }) =>
    `${task} numbered ${task === 1 ? "task" : "tasks"}, ${continuation} continuation ${continuation === 1 ? "row" : "rows"}, ${section} ${section === 1 ? "section" : "sections"}`,
  noHeaderTitle: "No header row found",
  noHeader: (rows) =>
    `None of the ${rows} rows on this sheet looks like a header (it should name columns such as 序号, 主要工作任务, 责任单位). Switch to the sheet that holds the table and try again; if the column names are spread over merged cells or several rows, put them on one row.`,
  emptySheet: "This sheet is empty. Switch to the sheet that holds the table and try again.",
  errorTitle: "Could not recognise this sheet",
  errorUnexpected: (detail) =>
    `Excel did not finish reading the sheet (${detail}). If you are editing a cell, press Enter or Esc first, then choose Recognise this sheet again; if it still fails, close the task pane and open it again.`,
  privacy: "Everything stays in this workbook; nothing is uploaded.",
};
