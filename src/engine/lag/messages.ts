import type { LagReason, LagReasonCode } from "./detectLag";

type Template = (p: Record<string, string | number>) => string;
export type LagLocale = "zh-CN" | "en-US";

const count = (p: Record<string, string | number>) => (p.count !== undefined ? `${p.count}/${p.planned}${p.unit}，` : "");

const ZH: Record<LagReasonCode, Template> = {
  "status/behind": (p) => `进展状态为“${p.status}”`,
  "status/partly-behind": (p) => `进展状态为“${p.status}”`,
  "status/not-started": (p) => `进展状态为“${p.status}”`,
  "status/on-pace": (p) => `进展状态为“${p.status}”`,
  "status/unknown": (p) => `进展状态“${p.status}”不在状态词表中，无法判断`,
  "status/empty": () => `进展状态为空`,
  "numbers/behind": (p) => `“${p.raw}”（${count(p)}完成 ${p.done}%），低于序时进度 ${p.pace}%`,
  "numbers/ahead": (p) => `“${p.raw}”（${count(p)}完成 ${p.done}%），快于序时进度 ${p.pace}%`,
  "numbers/on-pace": (p) => `“${p.raw}”（${count(p)}完成 ${p.done}%），${Number(p.done) < Number(p.pace) ? "接近" : "达到"}序时进度 ${p.pace}%`,
  "words/stalled": (p) => `进展情况提到“${p.word}”：${p.clause}`,
  "status/contradicted": (p) => `状态填“${p.status}”，但上述数字或文字显示滞后`,
};

const EN: Record<LagReasonCode, Template> = {
  "status/behind": (p) => `Status is "${p.status}" (behind)`,
  "status/partly-behind": (p) => `Status is "${p.status}" (partly behind)`,
  "status/not-started": (p) => `Status is "${p.status}" (not started)`,
  "status/on-pace": (p) => `Status is "${p.status}"`,
  "status/unknown": (p) => `Status "${p.status}" is not in the vocabulary`,
  "status/empty": () => `No status`,
  "numbers/behind": (p) => `"${p.raw}" (${p.count !== undefined ? `${p.count}/${p.planned}${p.unit}, ` : ""}${p.done}% done), behind the ${p.pace}% pace`,
  "numbers/ahead": (p) => `"${p.raw}" (${p.done}% done), ahead of the ${p.pace}% pace`,
  "numbers/on-pace": (p) => `"${p.raw}" (${p.done}% done), ${Number(p.done) < Number(p.pace) ? "close to" : "on"} the ${p.pace}% pace`,
  "words/stalled": (p) => `Progress text says "${p.word}": ${p.clause}`,
  "status/contradicted": (p) => `Status says "${p.status}", but the numbers or words above say behind`,
};

export function renderLagReason(reason: LagReason, locale: LagLocale = "zh-CN"): string {
  return (locale === "en-US" ? EN : ZH)[reason.code](reason.params);
}
