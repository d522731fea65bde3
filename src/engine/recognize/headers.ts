import { foldText, withoutBrackets } from "../text";
import type { ColumnRole } from "./types";

/**
 * Header aliases per role, compared after folding (spaces and full width removed) and dropping bracketed
 * asides. Exact matches first; the suffix rules below catch the long variants official tables invent.
 */
const HEADER_ALIASES: Record<ColumnRole, readonly string[]> = {
  seq: ["序号", "编号", "序", "No", "No."],
  task: [
    "主要工作任务",
    "工作任务",
    "重点工作任务",
    "重点工作",
    "主要任务",
    "目标任务",
    "任务",
    "任务内容",
    "项目名称",
    "项目",
    "专项行动",
    "指标名称",
    "指标",
    "主要指标",
  ],
  units: ["责任单位", "牵头单位", "牵头部门", "责任部门", "牵头责任单位", "主办单位", "主责单位", "责任主体"],
  coUnits: ["配合单位", "协办单位", "配合部门", "协同单位", "参与单位", "协助单位"],
  progress: ["进展情况", "完成情况", "工作进展", "推进情况", "工作推进情况", "进展", "进度情况", "工作完成情况"],
  status: ["进展状态", "状态", "完成状态", "推进状态", "进度状态", "进度"],
  content: ["项目内容", "建设内容", "工作内容", "主要内容", "具体内容"],
  deadline: ["完成时限", "时间节点", "完成时间", "时限", "时限要求", "计划完成时间"],
  target: ["目标", "年度目标", "预期目标", "目标值"],
  note: ["备注", "说明", "原文"],
};

const EXACT = new Map<string, ColumnRole>();
for (const [role, aliases] of Object.entries(HEADER_ALIASES) as [ColumnRole, readonly string[]][]) {
  for (const alias of aliases) EXACT.set(foldText(alias).toLowerCase(), role);
}

/** Longest header text still considered a header by the suffix rules; longer cells are data. */
const MAX_HEADER_LENGTH = 16;

/** Longest raw header cell, spaces and a bracketed aside included ("重点工作任务（杭州市2项配合工作）"). */
const MAX_RAW_HEADER_LENGTH = 60;

/** The role a header cell names, or null when it names none. */
export function headerRole(cellText: string): ColumnRole | null {
  // Data cells (task and progress texts) are long; skip them before folding, the costly part on big sheets.
  if (cellText.length > MAX_RAW_HEADER_LENGTH) return null;
  // Short data cells (units, statuses) repeat on every row: fold each spelling once.
  let role = ROLE_MEMO.get(cellText);
  if (role === undefined) {
    role = roleOfShortText(cellText);
    if (ROLE_MEMO.size >= 5000) ROLE_MEMO.clear();
    ROLE_MEMO.set(cellText, role);
  }
  return role;
}

const ROLE_MEMO = new Map<string, ColumnRole | null>();

function roleOfShortText(cellText: string): ColumnRole | null {
  const folded = withoutBrackets(foldText(cellText)).toLowerCase();
  if (folded === "") return null;
  const exact = EXACT.get(folded);
  if (exact) return exact;
  if (folded.length > MAX_HEADER_LENGTH) return null;
  if (/^(19|20)\d{2}年.{0,4}目标(值)?$/u.test(folded)) return "target";
  if (/(配合|协办|协同|参与)(单位|部门)$/u.test(folded)) return "coUnits";
  if (/(牵头|责任|主办)(单位|部门)$/u.test(folded)) return "units";
  if (/(进展|完成|推进)情况$/u.test(folded)) return "progress";
  if (/(进展|完成|推进)状态$/u.test(folded)) return "status";
  if (/(工作|目标|重点)任务$/u.test(folded)) return "task";
  return null;
}
