import type { Messages } from "./index";

/** 简体中文（默认）。Wording follows the clerks' own terms: 表头、序号、续行、分节. */
export const zhCN: Messages = {
  productName: "台账助手",
  tagline: "识别责任分解表和执行情况台账",
  recognizeButton: "识别当前工作表",
  recognizing: "正在识别…",
  notInExcel: "请在 Excel 中打开台账助手：在“开始”选项卡点击“打开台账助手”。",
  sheetHeading: (sheet) => `工作表“${sheet}”`,
  tablesFound: (count) => `找到 ${count} 个表格`,
  tableHeading: (index, kind) => `表 ${index}：${kind}`,
  kinds: {
    tasks: "任务分解表",
    progress: "进展情况表",
    indicators: "指标目标表",
    projects: "项目清单",
  },
  title: (title) => `标题：${title}`,
  rows: (header, last) => `表头在第 ${header} 行，表格到第 ${last} 行`,
  columnsCaption: "识别出的列",
  roleHeader: "内容",
  columnHeader: "列",
  roles: {
    seq: "序号",
    task: "主要工作任务",
    units: "责任单位",
    coUnits: "配合单位",
    progress: "进展情况",
    status: "进展状态",
    content: "工作内容",
    deadline: "完成时限",
    target: "目标",
    note: "备注",
  },
  counts: ({ task, continuation, section }) => `编号任务 ${task} 项，续行 ${continuation} 行，分节标题 ${section} 个`,
  noHeaderTitle: "没有找到台账表头",
  noHeader: (rows) =>
    `在这个工作表的 ${rows} 行中没有找到表头行（表头应包含“序号”“主要工作任务”“责任单位”等列名）。请切换到台账所在的工作表后重试；如果表头写在合并单元格或多行里，请把列名放在同一行。`,
  emptySheet: "这个工作表是空的。请切换到台账所在的工作表后重试。",
  errorTitle: "无法识别当前工作表",
  errorUnexpected: (detail) =>
    `Excel 没有完成这次读取（${detail}）。如果正在编辑单元格，请先按 Enter 或 Esc 结束编辑，再点“识别当前工作表”；如果仍然失败，请关闭任务窗格后重新打开。`,
  privacy: "所有内容只在本工作簿中处理，不会上传。",
};
