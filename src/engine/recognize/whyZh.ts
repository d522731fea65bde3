import type { CellKind } from "./cellKinds";
import type { RoleWhy } from "./columnRoles";

/** What a column's cells hold, in the clerks' words (the pane and the command line say it alike). */
export const CELL_KIND_WORDS_ZH: Readonly<Record<CellKind, string>> = {
  seq: "序号",
  quantity: "数量",
  percent: "百分比",
  date: "日期",
  status: "状态词",
  units: "单位名称",
  people: "人名或职务",
  measure: "计量单位",
  sentence: "长句",
  phrase: "短语",
};

/** Why a column got its role, in Chinese: its header words and what its cells hold (describeWhy in English). */
export function describeWhyZh(why: RoleWhy): string {
  return [
    why.cue === 0 ? `表头“${why.header}”未直接写明` : `表头“${why.header}”${why.cue === 1 ? "（可能指此）" : ""}`,
    why.filled === 0 ? "列中尚无内容" : why.kind === null ? `${why.filled} 格内容不像此列` : `${why.count}/${why.filled} 格为${CELL_KIND_WORDS_ZH[why.kind]}`,
    ...(why.standIn ? ["没有列标明任务，取此列"] : []),
  ].join("；");
}
