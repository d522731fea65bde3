/**
 * What the worksheet functions' error values say on hover, as data ({reason, params}) worded from one catalogue
 * per language. The language is Excel's display language, read once the functions load (see functions.ts);
 * Chinese, the product's language, until then and outside Excel.
 */
import type { Language } from "../engine/language";

/** The functions' arguments a message may name. */
export type ArgumentName = "text" | "priorText" | "status" | "cell";

export type FunctionProblem =
  | { reason: "not-text"; params: { argument: ArgumentName } }
  | { reason: "bad-ordinal"; params: { given: string } }
  | { reason: "no-target"; params: Record<string, never> }
  | { reason: "no-such-target"; params: { which: number; count: number } }
  | { reason: "prior-not-range"; params: Record<string, never> }
  | { reason: "prior-targets-shape"; params: Record<string, never> }
  | { reason: "nothing-to-match"; params: Record<string, never> }
  | { reason: "no-close-prior"; params: Record<string, never> }
  | { reason: "no-comparable-target"; params: Record<string, never> }
  | { reason: "no-such-comparable"; params: { which: number; count: number; changes: string } }
  | { reason: "status-empty"; params: Record<string, never> }
  | { reason: "unknown-status"; params: { status: string; near: readonly string[] } }
  | { reason: "no-unit"; params: Record<string, never> }
  | { reason: "vocabulary-not-range"; params: Record<string, never> }
  | { reason: "vocabulary-empty"; params: Record<string, never> }
  | { reason: "registry-not-range"; params: Record<string, never> }
  | { reason: "registry-empty"; params: Record<string, never> }
  | { reason: "internal"; params: { detail: string } };

type Catalogue = { [R in FunctionProblem["reason"]]: (params: Extract<FunctionProblem, { reason: R }>["params"]) => string };

const ARGUMENTS: Record<Language, Record<ArgumentName, string>> = {
  "zh-CN": { text: "任务文字", priorText: "上年任务文字", status: "进展状态", cell: "责任单位" },
  "en-US": { text: "text", priorText: "priorText", status: "status", cell: "cell" },
};

const zhCN: Catalogue = {
  "not-text": ({ argument }) => `${ARGUMENTS["zh-CN"][argument]}须为文字`,
  "bad-ordinal": ({ given }) => `n 须为正整数（收到 ${given}）`,
  "no-target": () => "没有找到数字目标",
  "no-such-target": ({ which, count }) => `第 ${which} 个目标不存在（共 ${count} 个）`,
  "prior-not-range": () => "上年任务须为一个区域",
  "prior-targets-shape": () => "上年目标须与上年任务区域同样大小",
  "nothing-to-match": () => "没有可比的任务",
  "no-close-prior": () => "上年没有相近的任务",
  "no-comparable-target": () => "没有可比较的目标（指标、口径或单位不同）",
  "no-such-comparable": ({ which, count, changes }) => `第 ${which} 个可比目标不存在（共 ${count} 个：${changes}）`,
  "status-empty": () => "进展状态为空",
  "unknown-status": ({ status, near }) => `不是已知的状态词：${status}${near.length ? `（相近：${near.join("、")}）` : ""}`,
  "no-unit": () => "没有责任单位",
  "vocabulary-not-range": () => "状态词表须为一个区域",
  "vocabulary-empty": () => "状态词表区域须含表头“状态 | 类别”和至少一个词",
  "registry-not-range": () => "单位名录须为一个区域",
  "registry-empty": () => "单位名录区域须含表头“规范名称 | 别名 | 类别”和至少一个单位",
  internal: ({ detail }) => `内部错误：${detail}`,
};

const enUS: Catalogue = {
  "not-text": ({ argument }) => `${ARGUMENTS["en-US"][argument]} must be text`,
  "bad-ordinal": ({ given }) => `n must be a whole number from 1 (got ${given})`,
  "no-target": () => "No numeric target found",
  "no-such-target": ({ which, count }) => `There is no target ${which} (there are ${count})`,
  "prior-not-range": () => "priorTasks must be a range",
  "prior-targets-shape": () => "priorTargets must be the same size as priorTasks",
  "nothing-to-match": () => "Nothing to match",
  "no-close-prior": () => "No prior-year task is close enough",
  "no-comparable-target": () => "No comparable target (another metric, scope or unit)",
  "no-such-comparable": ({ which, count }) => `There is no comparable target ${which} (there are ${count})`,
  "status-empty": () => "The status is empty",
  "unknown-status": ({ status, near }) => `Not a known status word: ${status}${near.length ? ` (close: ${near.join(", ")})` : ""}`,
  "no-unit": () => "No unit in the cell",
  "vocabulary-not-range": () => "vocabulary must be a range",
  "vocabulary-empty": () => "The vocabulary range needs a 状态 | 类别 header and at least one word",
  "registry-not-range": () => "registry must be a range",
  "registry-empty": () => "The unit list range needs its header (规范名称 | 别名 | 类别) and at least one unit",
  internal: ({ detail }) => `Internal error: ${detail}`,
};

const CATALOGUES: Record<Language, Catalogue> = { "zh-CN": zhCN, "en-US": enUS };

export function functionProblemText(problem: FunctionProblem, language: Language): string {
  return (CATALOGUES[language][problem.reason] as (params: FunctionProblem["params"]) => string)(problem.params);
}
