import type { Catalogue, UnfixedNotes } from "./catalogue";

const ROLE_NAMES: Record<string, string> = {
  task: "主要工作任务",
  units: "责任单位（牵头单位）",
  seq: "序号",
  progress: "进展情况",
  status: "进展状态",
  coUnits: "配合单位",
};

const SEPARATORS: Record<string, string> = {
  comma: "逗号",
  semicolon: "分号",
  space: "空格",
  "line-break": "换行",
  "stray-space": "“、”后多余的空格",
  "aside-break": "单位与括号说明之间的换行",
  extra: "多余的“、”",
  missing: "缺少分隔",
};
const separators = (kinds: string | undefined) =>
  (kinds ?? "")
    .split("、")
    .map((k) => SEPARATORS[k] ?? k)
    .join("、");

const role = (key: string | undefined) => (key ? (ROLE_NAMES[key] ?? key) : "");
const maybe = (text: string | undefined, lead: string) => (text ? `${lead}${text}` : "");

export const zhCN: Catalogue = {
  "header/not-found": (_i, p) => `未找到表头（已查看 ${p.rowsExamined} 行）：需要一行含“序号、主要工作任务、责任单位”等列名的表头。`,
  "header/missing-column": (_i, p) => `表头缺少“${role(p.role)}”列。`,
  "header/duplicate-role": (_i, p) => `表头中“${role(p.role)}”列出现了不止一次，只有第一列会被使用。`,
  "header/unrecognized": (_i, p) => `未识别的列名“${p.header}”，该列不参与校验。`,
  "seq/not-a-number": (i) => `序号“${i.value}”不是数字。`,
  "seq/duplicate": (_i, p) => `序号 ${p.seq} 重复。`,
  "seq/gap": (_i, p) => (p.missingFrom === p.missingTo ? `序号不连续：缺少 ${p.missingFrom}。` : `序号不连续：缺少 ${p.missingFrom}–${p.missingTo}。`),
  "seq/out-of-order": (_i, p) => `序号 ${p.seq} 排在 ${p.previous} 之后，顺序有误。`,
  "seq/number-stored-as-text": () => `序号是以文本形式存储的数字，排序和筛选会出错。`,
  "task/empty": () => `主要工作任务为空。`,
  "task/duplicate": (_i, p) => `与第 ${p.firstRow} 行的任务重复。`,
  "text/spaces": () => `文字首尾或中间有多余空格。`,
  "text/half-width-punctuation": (_i, p) => `中文中有 ${p.count} 处半角标点（${p.marks}），应为全角。`,
  "text/line-break": () => `任务文字中有换行。`,
  "units/empty": () => `责任单位为空。`,
  "units/unknown": (_i, p) => `单位“${p.unit}”不在单位名录中${maybe(p.suggestions, "，是否为：")}。可在“单位名录”表中添加。`,
  "units/alias": (_i, p) =>
    p.via !== "former"
      ? `“${p.unit}”应写作规范名称“${p.canonical}”。`
      : p.sheetYear
        ? `“${p.unit}”在 ${p.sheetYear} 年是正确名称，自 ${p.until} 年起更名为“${p.canonical}”（仅提示）。`
        : `“${p.unit}”${p.until ? `自 ${p.until} 年起` : "已"}更名为“${p.canonical}”。`,
  "units/separator": (_i, p) => (p.units ? `“${p.units}”之间缺少“、”分隔。` : `多个单位之间应以“、”分隔（发现${separators(p.kinds)}）。`),
  "units/duplicate": (_i, p) => `单位重复：${p.units}。`,
  "units/variant": (_i, p) =>
    p.certain === "1"
      ? `“${p.unit}”与本表的“${p.other}”（${p.where}）是同一单位，写法不一（全角半角或空格），应统一为“${p.other}”。`
      : `“${p.unit}”与本表的“${p.other}”（${p.where}）似指同一单位，请确认后统一写法；若是两个单位，可在“单位名录”表中分别登记。`,
  "status/empty": () => `进展状态为空。`,
  "status/unknown": (i, p) => `进展状态“${i.value}”不在状态词表中${maybe(p.suggestions, "，可选：")}。`,
  "status/progress-missing": () => `已填写进展状态，但进展情况为空。`,
  "cell/error-value": (_i, p) => `单元格为错误值 ${p.error}。`,
};

export const zhCNUnfixed: UnfixedNotes = {
  "formula-like": "未自动修复：修复后文字会以 = + - @ 开头，可能被当作公式，请手工修改。",
};
