import type { Catalogue, UnfixedNotes } from "./catalogue";

const SEPARATORS: Record<string, string> = {
  comma: "commas",
  semicolon: "semicolons",
  space: "spaces",
  "line-break": "line breaks",
  "stray-space": "a space after 、",
  "aside-break": "a line break before a unit's bracketed note",
  extra: "an extra 、",
  missing: "no separator",
};
const separators = (kinds: string | undefined) =>
  (kinds ?? "")
    .split(", ")
    .map((k) => SEPARATORS[k] ?? k)
    .join(", ");

const maybe = (text: string | undefined, lead: string) => (text ? `${lead}${text}` : "");

export const enUS: Catalogue = {
  "header/not-found": (_i, p) => `No header row found (${p.rowsExamined} rows looked at): a header names columns such as 序号, 主要工作任务, 责任单位.`,
  "header/missing-column": (_i, p) => `The header has no ${p.role} column.`,
  "header/duplicate-role": (_i, p) => `More than one ${p.role} column; only the first is used.`,
  "header/unrecognized": (_i, p) => `Unrecognised column "${p.header}"; it is not checked.`,
  "seq/not-a-number": (i) => `序号 "${i.value}" is not a number.`,
  "seq/duplicate": (_i, p) => `序号 ${p.seq} appears twice.`,
  "seq/gap": (_i, p) => (p.missingFrom === p.missingTo ? `Numbering skips ${p.missingFrom}.` : `Numbering skips ${p.missingFrom}–${p.missingTo}.`),
  "seq/out-of-order": (_i, p) => `序号 ${p.seq} comes after ${p.previous}.`,
  "seq/number-stored-as-text": () => `The number is stored as text; sorting and filtering will go wrong.`,
  "task/empty": () => `The task is empty.`,
  "task/duplicate": (_i, p) => `Same task as row ${p.firstRow}.`,
  "text/spaces": () => `Extra spaces at the start, end or inside the text.`,
  "text/half-width-punctuation": (_i, p) => `${p.count} half-width punctuation mark(s) (${p.marks}) in Chinese text.`,
  "text/line-break": () => `Line break inside the task text.`,
  "units/empty": () => `No responsible unit.`,
  "units/unknown": (_i, p) => `"${p.unit}" is not in the unit registry${maybe(p.suggestions, "; did you mean ")}. Add it on the 单位名录 sheet.`,
  "units/alias": (_i, p) =>
    p.via !== "former"
      ? `Write "${p.unit}" as "${p.canonical}".`
      : p.sheetYear
        ? `"${p.unit}" was right in ${p.sheetYear}; it has been "${p.canonical}" since ${p.until} (note only).`
        : `"${p.unit}" has been renamed "${p.canonical}"${p.until ? ` (since ${p.until})` : ""}.`,
  "units/separator": (_i, p) => (p.units ? `Units run together without "、": ${p.units}.` : `Separate units with "、" (found ${separators(p.kinds)}).`),
  "units/duplicate": (_i, p) => `Unit listed twice: ${p.units}.`,
  "units/variant": (_i, p) =>
    p.certain === "1"
      ? `"${p.unit}" is "${p.other}" (${p.where}) written with other widths or spaces; write it one way.`
      : `"${p.unit}" looks like the same unit as "${p.other}" (${p.where}) in this table; check and write it one way, or list both on the 单位名录 sheet.`,
  "status/empty": () => `The status is empty.`,
  "status/unknown": (i, p) => `Status "${i.value}" is not in the vocabulary${maybe(p.suggestions, "; allowed: ")}.`,
  "status/progress-missing": () => `A status is set but the progress text is empty.`,
  "cell/error-value": (_i, p) => `The cell holds the error ${p.error}.`,
};

export const enUSUnfixed: UnfixedNotes = {
  "formula-like": "Not fixed automatically: the fixed text would start with = + - or @ and could be taken for a formula; edit it by hand.",
};
