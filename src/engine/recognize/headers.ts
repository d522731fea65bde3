import { boundedMemo } from "../collections";
import { foldText, withoutBrackets } from "../text";
import type { ColumnRole } from "./types";

/**
 * What a header cell's words say about its column: each role it may name, with how strongly. Words alone do not
 * decide (recognition weighs them with the column's cells, see columnRoles.ts): "目标任务" heads a column of
 * tasks in one city and a column of quantities in another, "进度" a status or a percentage.
 */
export interface HeaderCue {
  role: ColumnRole;
  strength: CueStrength;
}

/** 3: the usual name of the role; 2: a phrasing that names it; 1: a word that may name it. */
export type CueStrength = 1 | 2 | 3;

/** Usual names of each role, compared after folding (spaces and full width removed) and dropping bracketed asides. */
const USUAL_NAMES: Record<ColumnRole, readonly string[]> = {
  seq: ["序号", "编号", "序", "no", "no.", "项目序号", "任务序号"],
  task: [
    "主要工作任务",
    "工作任务",
    "重点工作任务",
    "重点工作",
    "主要任务",
    "任务",
    "任务内容",
    "任务名称",
    "重点任务",
    "具体任务",
    "工作事项",
    "事项",
    "项目名称",
    "项目",
    "实事项目",
    "民生实事",
    "民生实事项目",
    "专项行动",
    "工作目标任务",
    "指标名称",
    "指标",
    "主要指标",
    "主要目标",
    "目标指标",
    "考核指标",
    "重点工作事项",
    "主要工作",
    "工作内容及目标",
    // Beside a parent project's name, its sub-projects are what is assigned and reported on.
    "子项目",
    "子任务",
    "具体项目",
    "子项目名称",
  ],
  units: [
    "责任单位",
    "牵头单位",
    "牵头部门",
    "责任部门",
    "牵头责任单位",
    "主办单位",
    "主责单位",
    "责任主体",
    "实施单位",
    "承办单位",
    "责任科室",
    "责任处室",
    "牵头科室",
    "牵头处室",
    "主责部门",
    "责任单位(部门)",
  ],
  coUnits: ["配合单位", "协办单位", "配合部门", "协同单位", "参与单位", "协助单位", "协办部门", "配合科室", "相关单位", "相关部门", "协同部门"],
  leader: [
    "分管领导",
    "责任领导",
    "牵头领导",
    "包抓领导",
    "联系领导",
    "挂点领导",
    "包保领导",
    "责任人",
    "负责人",
    "县级领导",
    "区级领导",
    "市级领导",
    "分管县领导",
    "分管区领导",
    "分管市领导",
    "牵头县领导",
    "牵头区领导",
    "牵头市领导",
    "领导",
    "具体责任人",
    "责任领导及责任人",
  ],
  progress: [
    "进展情况",
    "完成情况",
    "工作进展",
    "推进情况",
    "工作推进情况",
    "进展",
    "进度情况",
    "工作完成情况",
    "落实情况",
    "当前进度",
    "目前进度",
    "实施情况",
    "目前实施情况",
    "执行情况",
    "办理情况",
    "年度完成情况",
    "工作落实情况",
    "进展情况及存在问题",
    "完成情况及存在问题",
    "目前进展",
    "当前进展",
    "最新进展",
    "工作进度",
  ],
  status: ["进展状态", "状态", "完成状态", "推进状态", "进度状态", "完成成效", "是否完成", "完成等次", "评价", "进度评价", "推进评价"],
  content: ["项目内容", "建设内容", "工作内容", "主要内容", "具体内容", "实施内容", "建设规模及内容", "建设规模和内容", "主要建设内容", "工作措施", "具体措施"],
  deadline: ["完成时限", "时间节点", "完成时间", "时限", "时限要求", "计划完成时间", "完成期限", "完成节点", "时间要求", "办结时限"],
  target: ["目标", "年度目标", "预期目标", "目标值", "全年目标", "年度目标任务", "年度任务", "计划数", "任务数", "目标数", "计划目标", "目标要求"],
  done: ["完成数", "累计完成", "实际完成", "完成量", "完成值", "已完成数", "完成数量", "累计完成数", "实际完成数"],
  rate: ["完成率", "实际完成率", "完成比例", "完成百分比", "完成进度(%)", "进度(%)", "完成率(%)"],
  measure: ["计量单位", "单位名称(计量)", "指标单位"],
  note: ["备注", "说明", "原文"],
};

/** Phrasings that name a role, tried after the usual names; a cell may match several (content decides). */
const PHRASINGS: { pattern: RegExp; role: ColumnRole; strength: CueStrength }[] = [
  { pattern: /^(19|20)\d{2}年.{0,6}(目标|任务)(值|数)?$/u, role: "target", strength: 3 },
  { pattern: /(配合|协办|协同|参与|协助)(单位|部门|科室)$/u, role: "coUnits", strength: 3 },
  { pattern: /(牵头|责任|主办|主责|实施|承办)(单位|部门|科室|处室)/u, role: "units", strength: 2 },
  { pattern: /(领导|责任人|负责人)$/u, role: "leader", strength: 2 },
  { pattern: /(进展|完成|推进|落实|实施|执行|办理)情况/u, role: "progress", strength: 2 },
  { pattern: /(当前|目前|工作|累计)进度$/u, role: "progress", strength: 2 },
  // "截至6月底进展", "实际进度情况", "1-8月进展": the progress of a period (a plan, 8月计划进度, is not progress).
  { pattern: /^(截至|截止)?[\d一二三四五六七八九十\-—~至月底份年度季上下半第]*(实际|目前|当前|最新)?(进展|进度)(情况)?$/u, role: "progress", strength: 2 },
  // "完成率(%)", "形象进度(%)", "实际完成率%": a percent sign as the column's unit, not a figure's (增长6%).
  { pattern: /[(（][%％][)）]|\p{Script=Han}[%％]$/u, role: "rate", strength: 2 },
  { pattern: /(占|完成).{0,6}(之比|比例|比重)$/u, role: "rate", strength: 2 },
  { pattern: /(相关|其他)(单位|部门)$/u, role: "coUnits", strength: 2 },
  { pattern: /序号$/u, role: "seq", strength: 2 },
  { pattern: /(进展|完成|推进|进度)状态$/u, role: "status", strength: 3 },
  // 是否达序, 是否按期完成: a yes/no answer about the task's pace is its status.
  { pattern: /^是否.*(达序|序时|按期|按时|完成|达到|达标|滞后)/u, role: "status", strength: 2 },
  { pattern: /(工作|目标|重点|主要|具体)任务$/u, role: "task", strength: 2 },
  { pattern: /(项目|工作|事项|任务|实事|工程|目标|指标)名称$/u, role: "task", strength: 2 },
  { pattern: /(建设|项目|工作|主要|实施)内容$/u, role: "content", strength: 2 },
  { pattern: /完成(时限|时间|期限)/u, role: "deadline", strength: 2 },
  { pattern: /完成(数|量|值)|已完成|累计完成|实际完成/u, role: "done", strength: 2 },
  { pattern: /完成(率|比例)|完成进度/u, role: "rate", strength: 2 },
];

const cue = (role: ColumnRole, strength: CueStrength): HeaderCue => ({ role, strength });
/** A task in one city's sheet, a column of quantities in another's. */
const TASK_OR_TARGET = [cue("task", 2), cue("target", 2)];

/**
 * Words that may name a role and need the column's cells to say which. A Map, not an object: a cell reading
 * "constructor" or "__proto__" must find nothing.
 */
const AMBIGUOUS = new Map<string, readonly HeaderCue[]>(
  Object.entries({
    进度: [cue("status", 1), cue("progress", 1), cue("rate", 1)],
    目标任务: TASK_OR_TARGET,
    指标任务: TASK_OR_TARGET,
    工作目标: TASK_OR_TARGET,
    完成进度: [cue("rate", 2), cue("progress", 2)],
    形象进度: [cue("progress", 2), cue("rate", 2)],
    目标完成情况: [cue("progress", 2), cue("status", 1)],
    // In an indicator table (目标 | 完成情况) it holds the figure reached; in a task list, the progress told.
    完成情况: [cue("progress", 3), cue("done", 2), cue("status", 1)],
    // A statistical table's 单位 is the unit a figure is counted in (万人, 公里); a task list's, who does it.
    单位: [cue("units", 2), cue("measure", 2)],
  }),
);

/** A 项目内容 column is the task when the table names no other: its words weakly name the task too. */
const CONTENT_AS_TASK: HeaderCue = { role: "task", strength: 1 };

const USUAL = new Map<string, ColumnRole>();
for (const [role, names] of Object.entries(USUAL_NAMES) as [ColumnRole, readonly string[]][]) {
  for (const name of names) USUAL.set(withoutBrackets(foldText(name)).toLowerCase(), role);
}

/** Longest header text the phrasings are tried on; longer cells are data. */
const MAX_HEADER_LENGTH = 20;

/** Longest raw header cell, spaces and a bracketed aside included ("重点工作任务（杭州市2项配合工作）"). */
export const MAX_RAW_HEADER_LENGTH = 60;

/** Every role a header cell may name, strongest first; empty when it names none. */
export function headerCues(cellText: string): readonly HeaderCue[] {
  // Data cells (task and progress texts) are long; skip them before folding, the costly part on big sheets.
  return cellText.length > MAX_RAW_HEADER_LENGTH ? NO_CUES : cuesOfSpelling(cellText);
}

const NO_CUES: readonly HeaderCue[] = [];
// Short data cells (units, statuses) repeat on every row: each spelling is folded and judged once.
const cuesOfSpelling = boundedMemo((text: string) => cuesOfShortText(text), 5000);

/** The folded words of a header cell, bracketed asides dropped ("完成率(%)" keeps its unit when that is all). */
export function headerWords(cellText: string): string {
  const folded = foldText(cellText).toLowerCase();
  const bare = withoutBrackets(folded);
  return bare === "" ? folded : bare;
}

function cuesOfShortText(cellText: string): readonly HeaderCue[] {
  const folded = foldText(cellText).toLowerCase();
  const words = headerWords(cellText);
  if (words === "" || words.length > MAX_HEADER_LENGTH) return NO_CUES;
  const ambiguous = AMBIGUOUS.get(words);
  if (ambiguous) return ambiguous;
  // "完成率(%)" and "进度(%)" are named with their bracket.
  const usual = USUAL.get(folded) ?? USUAL.get(words);
  const cues: HeaderCue[] = usual ? [{ role: usual, strength: 3 }] : [];
  for (const { pattern, role, strength } of PHRASINGS) {
    if ((pattern.test(words) || pattern.test(folded)) && !cues.some((cue) => cue.role === role)) cues.push({ role, strength });
  }
  if (cues.some((cue) => cue.role === "content") && !cues.some((cue) => cue.role === "task")) cues.push(CONTENT_AS_TASK);
  return cues.sort((a, b) => b.strength - a.strength);
}

/** The role a header cell names most strongly, or null when it names none. */
export function headerRole(cellText: string): ColumnRole | null {
  return headerCues(cellText)[0]?.role ?? null;
}
