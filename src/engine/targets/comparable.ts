import { boundedMemo } from "../collections";
import type { Target } from "./types";

/**
 * Whether two targets measure the same thing, so that a change between them (8% → 6%, 16万人 → 11万人) or a
 * share of one in the other (24 of 100 家 done) means something. This is the one decision behind every figure
 * the product sets beside another: the prior-year changes (tabs, pane, `match`, =TAIZHANG.CHANGE) and the
 * progress figures lag reads against a task's targets. A figure a clerk passes on must be right or absent, so
 * the decision errs towards "not comparable": a missing change costs a reader a look; a wrong one misleads.
 *
 * Two targets are comparable when
 * - their units measure the same quantity (亿元 and 万元; 人 and 名; never % and 个百分点, 亿元 and 亿美元),
 * - their metrics are the same once the words that do not change what is counted are set aside — the verb
 *   (新增 / 引进 / 新认定 …), intent (力争), the place (全市), the period (1-6月, 2025年), a measure word
 *   (人数, 总额) — and nothing else is left on either side: 制造业中长期贷款 is not 贷款, 省级以上高层次人才 is
 *   not 高层次人才, however close they read;
 * - and their actions do not say different work (新建 and 改造 of the same facility; 开工 and 建成).
 */
export type Comparability =
  { comparable: true; /** The prior (or other) target's value in the first target's unit. */ value: number } | { comparable: false; why: Incomparable };

/** Why two targets are not compared, with the words that differ, for the message a clerk reads. */
export type Incomparable =
  | { kind: "unit"; first: string; second: string }
  | { kind: "scope"; /** The words only the first metric has ("制造业中长期"), "" when none. */ firstOnly: string; secondOnly: string }
  | { kind: "metric" }
  | { kind: "action"; first: string; second: string };

/** The other target's value in this target's unit, when the two units measure the same quantity; else null. */
export function valueInUnitOf(current: Target, other: Target): number | null {
  if (current.unit === other.unit) return other.value;
  const base = sameQuantityUnit(current.baseUnit);
  // 万亩 and 亩, 亿元 and 万元: the same base unit at another multiplier. % and 个百分点 never compare.
  if (base === sameQuantityUnit(other.baseUnit) && base !== "%" && current.multiplier > 0) return (other.value * other.multiplier) / current.multiplier;
  return null;
}

/** Whether `current` and `other` measure the same thing; when they do, `other`'s value in `current`'s unit. */
export function comparability(current: Target, other: Target): Comparability {
  const value = valueInUnitOf(current, other);
  if (value === null) return { comparable: false, why: { kind: "unit", first: current.unit, second: other.unit } };
  const a = coreMetric(current);
  const b = coreMetric(other);
  if (a === "" || b === "") return { comparable: false, why: { kind: "metric" } };
  if (a !== b) {
    // The same head with words in front (制造业中长期贷款 / 贷款) is another scope of one indicator; a name found
    // elsewhere inside another (工业 in 省级工业互联网平台) is another indicator.
    if (a.endsWith(b)) return { comparable: false, why: { kind: "scope", firstOnly: a.slice(0, a.length - b.length), secondOnly: "" } };
    if (b.endsWith(a)) return { comparable: false, why: { kind: "scope", firstOnly: "", secondOnly: b.slice(0, b.length - a.length) } };
    return { comparable: false, why: { kind: "metric" } };
  }
  const first = actionOf(current.verb);
  const second = actionOf(other.verb);
  if (first !== null && second !== null && first !== second) return { comparable: false, why: { kind: "action", first: current.verb, second: other.verb } };
  return { comparable: true, value };
}

/**
 * How a figure of a progress text counts against one of the task's annual targets: "same" where
 * `comparability` says they measure the same thing, "shorthand" for the two shorthands progress texts use, each
 * only where the figure can mean no other target of the task (`otherGoals`: the task's targets, this one among
 * them or not), null where it does not count:
 * - a figure with no name, in the task's own progress cell: "完成736人" against "新增技能人才4000人";
 * - the last words of the target's name: "已建成建筑垃圾中转站7个、分类池17个" against "建筑垃圾分类池20个",
 *   "完成新增(优化)线路37条" against "城乡公交线路35条".
 * A wider or other scope never counts: "高层次人才12名" against "省级以上高层次人才50名" does only because its words
 * are the end of the target's name and no other target ends so; "省级以上人才" against "高层次人才" never.
 */
export function figureAgainstGoal(goal: Target, figure: Target, otherGoals: readonly Target[]): "same" | "shorthand" | null {
  const judged = comparability(goal, figure);
  if (judged.comparable) return "same";
  const why = judged.why;
  if (why.kind === "unit" || why.kind === "action") return null;
  // "其中新增11条": a part of the figure before it, never the whole a shorthand would stand for.
  if (PART_OF.test(figure.metric)) return null;
  const name = coreMetric(figure);
  const rivals = otherGoals.filter((other) => other !== goal && valueInUnitOf(other, figure) !== null);
  const shorthand =
    name === ""
      ? coreMetric(goal) !== "" && rivals.length === 0
      : why.kind === "scope" && why.secondOnly === "" && coreMetric(goal).endsWith(name) && !rivals.some((other) => coreMetric(other).endsWith(name));
  return shorthand ? "shorthand" : null;
}

/**
 * Whether two targets are about nearly the same thing without being comparable: one metric the other with words
 * in front (贷款 / 制造业中长期贷款), or a long stretch in common. Such pairs are shown as "not comparable" with both
 * metrics; others are simply listed apart.
 */
export function nearlyComparable(current: Target, other: Target): boolean {
  const a = coreMetric(current);
  const b = coreMetric(other);
  if (a === "" || b === "") return false;
  if (a.endsWith(b) || b.endsWith(a)) return true;
  const common = longestCommonRun(a, b);
  return common >= 3 && common * 2 >= Math.min(a.length, b.length);
}

function longestCommonRun(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      let k = 0;
      while (i + k < a.length && j + k < b.length && a[i + k] === b[j + k]) k++;
      if (k > best) best = k;
    }
  }
  return best;
}

const PART_OF = /^\s*其中/u;

/** People are counted in 人, 名 and 位 alike; 人次 counts visits, not people. */
const sameQuantityUnit = (base: string) => (base === "名" || base === "位" ? "人" : base === "吨标准煤" ? "吨标煤" : CLASSIFIERS.has(base) ? "个" : base);

/** Classifiers 个 stands for in plain writing (小微企业园20家 / 20个); people, visits and households are not among them. */
const CLASSIFIERS = new Set(["家", "项", "所", "座", "处", "条", "件", "套", "台", "支", "间", "张", "批", "宗", "只", "块", "片", "段", "栋", "幢", "部"]);

/**
 * A metric's words that say what is counted, without what only says how, where or when. Called for every pair
 * a task's targets form with its partner's: the answer is kept per unit and metric.
 */
export const coreMetric = (target: Pick<Target, "metric" | "unit">): string => coreOfKey(`${target.unit}\u0000${target.metric}`);

const coreOfKey = boundedMemo((key: string) => {
  const cut = key.indexOf("\u0000");
  return foldMetric(key.slice(cut + 1), key.slice(0, cut));
}, 20_000);

function foldMetric(metric: string, unit: string): string {
  let m = metric.normalize("NFKC").replace(NOTES, "").replace(DATES, "").replace(NOT_WORDS, "");
  for (const [pattern, replacement] of SYNONYMS) m = m.replace(pattern, replacement);
  let before: string;
  do {
    before = m;
    m = m.replace(PERIOD_PLACE_LEAD, "").replace(TRAILING_MEASURE, "");
  } while (m !== before);
  m = m.replace(VERBS_INSIDE, "");
  // Once more: an indicator's other name may only show once the words around it are gone (全社会研发投入占…).
  for (const [pattern, replacement] of SYNONYMS) m = m.replace(pattern, replacement);
  for (const [designation, implied] of IMPLIED_SCOPE) if (m.includes(designation)) m = m.replace(implied, "");
  // A rate target's metric may say 增速 or 增长 or nothing: 固定资产投资增速 8% is 固定资产投资增长 8%.
  if (unit === "%" || unit === "个百分点") m = m.replace(RATE_SUFFIX, "");
  // 家 counts firms: 专精特新"小巨人"企业 50家 and 专精特新"小巨人" 10家 count the same firms.
  else if (unit.endsWith("家")) m = m.replace(FIRM_NOUN, "");
  return m;
}

/**
 * Bracketed notes, quotes and marks (专精特新“小巨人” is 专精特新小巨人), a batch (第一批), and words that only say
 * the figure is on a comparable basis (同口径).
 */
const NOTES = /[（(][^）)]*[）)]|[“”"‘’'《》〈〉「」]|第[一二三四五六七八九十\d]+批|同口径|可比口径|按可比价计算/gu;
/** A period written with digits: 1-6月, 2025年底, 6月30日. */
const DATES = /(?<![A-Za-z.\d])\d+(?:\s*[-—~至]\s*\d+)?\s*(?:年底|年末|年|月份|月底|月末|月|日|号)?/gu;
/** Digits, punctuation and spaces: what remains of a period (1-6月) or a list mark once words are gone. */
const NOT_WORDS = /[^\p{Script=Han}A-Za-z]/gu;

/**
 * Spellings of one indicator. Kept short on purpose: only renamings a reviewer takes as the same indicator
 * without a second thought.
 */
const SYNONYMS: readonly [RegExp, string][] = [
  [/规模以上/gu, "规上"],
  [/限额以上/gu, "限上"],
  [/及以上/gu, "以上"],
  [/实际使用外资/gu, "实际利用外资"],
  [/社零总额|社零/gu, "社会消费品零售总额"],
  [/地区生产总值|生产总值/gu, "GDP"],
  [/第三产业/gu, "服务业"],
  [/研发经费投入|研发经费支出|RD经费投入|RD投入/gu, "研发投入"],
  [/^研发投入占GDP比重$/u, "研发投入强度"],
  // 总投资超亿元项目 are 超亿元项目: the size class is the investment.
  [/总投资(?=超|亿|\d)/gu, ""],
];

/**
 * Designations that carry their level in the name: 专精特新"小巨人" are national by definition, 高新技术企业 are
 * certified by the state, 科技型中小企业 by the province; writing the level adds nothing.
 */
const IMPLIED_SCOPE: readonly [string, RegExp][] = [
  ["小巨人", /国家级|国家/u],
  ["高新技术企业", /国家级|国家/u],
  ["科技型中小企业", /^省级?/u],
];

/**
 * What may open a metric without changing what is counted: a period, a place, an intent or a verb, repeated
 * ("1-6月全市累计新增…"). Verbs here are the ones that say "more of it", not which work: 改造 and 开工 stay
 * in the metric's action (see `actionOf`), they never reach here because the extractor keeps them as verbs.
 */
const PERIOD_PLACE_LEAD = new RegExp(
  `^(?:${[
    "年底前",
    "年底",
    "年末",
    "年内",
    "全年",
    "今年以来",
    "今年",
    "当年",
    "上半年",
    "下半年",
    "一季度",
    "前三季度",
    "截至",
    "截止",
    "目前",
    "其中",
    "已经",
    "已",
    "共计",
    "共",
    "合计",
    "总计",
    "全社会",
    "全市",
    "全区",
    "全县",
    "全省",
    "全镇",
    "全国",
    "我市",
    "我区",
    "我县",
    "本市",
    "本区",
    "本县",
    "市区",
    "力争",
    "确保",
    "争取",
    "计划",
    "预计",
    "累计",
    "年度",
    "分别",
    "实现",
    "完成",
    "达到",
    "各项",
    "新认定",
    "新引进",
    "新建成",
    "新创建",
    "新增",
    "新建",
    "认定",
    "引进",
    "建成",
    "创建",
    "培育",
    "为",
  ].join("|")})`,
  "u",
);

/** Verbs that drift into the middle of a metric between years (城镇新增就业 / 新增城镇就业). */
const VERBS_INSIDE = /新增|新认定|新引进|累计|共计|预计|年均/gu;

/**
 * Words after the thing counted that only say it is counted (就业人数 is 就业; 零售总额 stays, it is the name), or
 * that say how sure or how far the figure is (固定资产投资预计完成…, …已建成…).
 */
const TRAILING_MEASURE = /(?:人数|数量|总量|总额|个数|家数|(?<!指)数|规模|方面|等|预计|预估|已经|已|累计|共计|共|同比|计划|力争|确保|争取|全年|当年|为)$/u;

const FIRM_NOUN = /(?:企业|公司)$/u;

const RATE_SUFFIX = /(?:同比)?(?:增速|增幅|增长率|增长|增加)$/u;

/**
 * What kind of work a verb names, or null for verbs that only say "more of it" or carry the sentence (新增,
 * 引进, 完成, 推进 …) and for no verb. Two targets whose verbs name different work count different things.
 */
function actionOf(verb: string): string | null {
  for (const [action, verbs] of ACTIONS) if (verbs.includes(verb)) return action;
  return null;
}

const ACTIONS: readonly [string, readonly string[]][] = [
  ["build", ["新建", "建成", "建好", "新建成", "建设"]],
  ["renovate", ["改造", "提标改造", "新增改造", "数字化改造", "建设提升", "整治", "修复", "提升改造"]],
  ["start", ["开工", "新开工"]],
  ["finish", ["竣工", "投用", "交付"]],
  ["remove", ["腾退", "腾出", "盘活", "淘汰", "压减"]],
  ["train", ["培训"]],
  ["up", ["增长", "提高", "提升", "上升", "增长到", "提高到", "提高至", "提升到", "增至", "增加到"]],
  ["down", ["下降", "降低", "减少", "降至", "下降到", "降低到"]],
];
