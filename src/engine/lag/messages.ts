import type { LagReason, LagReasonCode } from "./detectLag";
import type { Language } from "../language";

export type LagLocale = Language;

type Params = Record<string, string | number>;
type Template = (p: Params) => string;

/** The figure a share was read from, with its numbers: the columns, the rate cell, or the words as written. */
function figureZh(p: Params): string {
  if (p.from === "columns") return `完成 ${p.count}${p.unit}，目标 ${p.planned}${p.unit}（完成 ${p.done}%）`;
  if (p.from === "rate") return `完成率“${p.raw}”（${p.done}%）`;
  return `“${p.raw}”（${p.count !== undefined ? `${p.count}/${p.planned}${p.unit}，` : ""}完成 ${p.done}%）`;
}

function figureEn(p: Params): string {
  if (p.from === "columns") return `${p.count}${p.unit} done of a ${p.planned}${p.unit} target (${p.done}%)`;
  if (p.from === "rate") return `completion rate "${p.raw}" (${p.done}%)`;
  return `"${p.raw}" (${p.count !== undefined ? `${p.count}/${p.planned}${p.unit}, ` : ""}${p.done}% done)`;
}

/** A status read from a phrase says which term it was read by. */
const statusZh = (p: Params) => `进展状态为“${p.status}”${p.term !== undefined ? `（按“${p.term}”判断）` : ""}`;
const statusEn = (p: Params, category: string) => `Status is "${p.status}"${p.term !== undefined ? `, read as "${p.term}"` : ""}${category}`;

const ZH: Record<LagReasonCode, Template> = {
  "status/behind": statusZh,
  "status/partly-behind": statusZh,
  "status/not-started": statusZh,
  "status/on-pace": statusZh,
  "status/unknown": (p) => `进展状态“${p.status}”不在状态词表中，无法判断`,
  "status/empty": () => `进展状态为空`,
  "numbers/behind": (p) => `${figureZh(p)}，低于序时进度 ${p.pace}%`,
  "numbers/ahead": (p) => `${figureZh(p)}，快于序时进度 ${p.pace}%`,
  "numbers/on-pace": (p) => `${figureZh(p)}，${Number(p.done) < Number(p.pace) ? "接近" : "达到"}序时进度 ${p.pace}%`,
  "rates/behind": (p) => `“${p.raw}”（${p.value}%）未达年度目标“${p.goal}”（${p.target}%）；增速直接比较，不按序时折算`,
  "rates/on-target": (p) => `“${p.raw}”（${p.value}%）达到年度目标“${p.goal}”（${p.target}%）`,
  "words/stalled": (p) => `进展情况提到“${p.word}”：${p.clause}`,
  "words/behind": (p) => `进展情况说“${p.word}”：${p.clause}`,
  "words/done": (p) => `进展情况写“${p.word}”，视为已完成${p.clause === p.word ? "" : `：${p.clause}`}`,
  "status/contradicted": (p) => `状态填“${p.status}”，但上述数字或文字显示滞后`,
};

const EN: Record<LagReasonCode, Template> = {
  "status/behind": (p) => statusEn(p, " (behind)"),
  "status/partly-behind": (p) => statusEn(p, " (partly behind)"),
  "status/not-started": (p) => statusEn(p, " (not started)"),
  "status/on-pace": (p) => statusEn(p, ""),
  "status/unknown": (p) => `Status "${p.status}" is not in the vocabulary`,
  "status/empty": () => `No status`,
  "numbers/behind": (p) => `${figureEn(p)}, behind the ${p.pace}% pace`,
  "numbers/ahead": (p) => `${figureEn(p)}, ahead of the ${p.pace}% pace`,
  "numbers/on-pace": (p) => `${figureEn(p)}, ${Number(p.done) < Number(p.pace) ? "close to" : "on"} the ${p.pace}% pace`,
  "rates/behind": (p) =>
    `"${p.raw}" (${p.value}%) falls short of the annual target "${p.goal}" (${p.target}%); rates are compared as they are, not against the pace`,
  "rates/on-target": (p) => `"${p.raw}" (${p.value}%) meets the annual target "${p.goal}" (${p.target}%)`,
  "words/stalled": (p) => `Progress text says "${p.word}": ${p.clause}`,
  "words/behind": (p) => `Progress text says "${p.word}" (behind): ${p.clause}`,
  "words/done": (p) => `Progress text says "${p.word}", read as done${p.clause === p.word ? "" : `: ${p.clause}`}`,
  "status/contradicted": (p) => `Status says "${p.status}", but the numbers or words above say behind`,
};

export function renderLagReason(reason: LagReason, locale: LagLocale = "zh-CN"): string {
  return (locale === "en-US" ? EN : ZH)[reason.code](reason.params);
}
