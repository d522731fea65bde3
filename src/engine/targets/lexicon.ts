/**
 * Word lists for reading the words around a target number. Kept apart from the extractor so that a reviewer
 * can extend them without touching the logic.
 */
import type { Comparator } from "./types";

/**
 * Action verbs that govern a target. Words that also occur inside indicator names are left out on purpose
 * (覆盖 in 覆盖率, 利用 in 实际利用外资, 集聚 in 集聚度, 治理, 检测, 服务, 发展, 创新, 上市 in 上市公司), because a verb found inside a
 * metric would cut the metric in two.
 */
export const VERBS: readonly string[] = [
  // compounds written as one action in the plans
  "向上争取",
  "柔性引进",
  "新增改造",
  "建设提升",
  "提升发展",
  "培育形成",
  "数字化改造",
  "联动推进",
  "提高到",
  "提升到",
  "提高至",
  "下降到",
  "降低到",
  "增长到",
  "增加到",
  "稳定在",
  "控制在",
  "保持在",
  "新认定",
  "新引进",
  "新引入",
  "新建成",
  "新创建",
  "新列入",
  "新开工",
  "新增",
  "增加",
  "增长",
  "提高",
  "提升",
  "上升",
  "下降",
  "降低",
  "减少",
  "压减",
  "减负",
  "降至",
  "增至",
  "突破",
  "达到",
  "完成",
  "实现",
  "保持",
  "认定",
  "引进",
  "引入",
  "引育",
  "招引",
  "吸引",
  "建好",
  "建成",
  "建设",
  "新建",
  "创建",
  "创成",
  "争创",
  "打造",
  "培育",
  "形成",
  "组建",
  "组织",
  "腾退",
  "腾出",
  "盘活",
  "整治",
  "淘汰",
  "提标改造",
  "改造",
  "实施",
  "推进",
  "推动",
  "推广",
  "深化",
  "深耕",
  "抓好",
  "办好",
  "列入",
  "入驻",
  "供应",
  "供给",
  "推出",
  "开展",
  "举办",
  "举行",
  "发放",
  "帮扶",
  "救助",
  "培训",
  "安置",
  "修复",
  "开工",
  "竣工",
  "投用",
  "交付",
  "筹集",
  "吸纳",
  "带动",
  "呈现",
  "建立",
  "新开",
  "开通",
  "进行",
  "配置",
  "配备",
  "设置",
];

/** "达" is a verb only right before its number ("达50%"); elsewhere it is part of 达标, 通达 …. */
export const ADJACENT_ONLY_VERBS = ["达"];

/** Prefixes that join the verb they stand before (加快建设, 联动推进). */
export const VERB_PREFIXES = ["加快", "联动", "柔性", "数字化", "新"];

/** Verbs that state a level ("X达到N") rather than an action on a thing: the metric is what stands before. */
export const LEVEL_VERBS = new Set([
  "达到",
  "达",
  "增长",
  "增加",
  "提高",
  "提升",
  "上升",
  "下降",
  "降低",
  "减少",
  "突破",
  "保持",
  "稳定在",
  "控制在",
  "保持在",
  "提高到",
  "提升到",
  "提高至",
  "下降到",
  "降低到",
  "增长到",
  "增加到",
  "降至",
  "增至",
]);

/** Verbs strong enough to let a number in words (新增两家) count as a target; 推进三个… does not. */
export const STRONG_VERBS = [
  "新增",
  "新建",
  "建成",
  "建好",
  "引进",
  "达到",
  "完成",
  "培育",
  "创建",
  "增加",
  "减少",
  "突破",
  "超过",
  "认定",
  "腾退",
  "供应",
  "盘活",
  "减负",
  "培训",
];

/** Intent words: apply to the target they stand before, or to the whole clause they open. */
export const INTENTS = ["力争", "确保", "争取"];

/**
 * Qualifiers written right before the number (or before its verb); 各 (each): "省、市名牌产品各1个"; signs as
 * tables write them: "泰顺>85.8%", "≤5%".
 */
export const PRE_QUALIFIERS = [
  "不低于",
  "不少于",
  "不超过",
  "不高于",
  "不多于",
  "超过",
  "低于",
  "高于",
  "少于",
  "多于",
  "累计",
  "约",
  "近",
  "超",
  "再",
  "各",
  ">=",
  "<=",
  ">",
  "<",
  "≥",
  "≤",
  "＞",
  "＜",
];

/** Qualifiers written right after the unit; 余/多 also stand between number and unit (100余家). */
export const POST_QUALIFIERS = ["及以上", "以上", "以下", "以内", "左右", "之内"];
export const INNER_QUALIFIERS = ["余", "多"];

/** Words that may sit between a pre-qualifier run and the number without breaking it (分别达到). */
export const FILLERS = ["分别", "均", "将", "要"];

/** Scope and manner words before a verb that do not belong to the metric (全年实施…, 高标准建好…). */
export const SCOPE_WORDS = [
  "全年",
  "今年",
  "年内",
  "当年",
  "每年",
  "全市",
  "全县",
  "全区",
  "全省",
  "市区",
  "高标准",
  "高质量",
  "高水平",
  "多形式",
  "多渠道",
  "大力",
  "积极",
  "全力",
  "持续",
  "进一步",
  "新一轮",
  "共",
  "计划",
  "力争",
  "确保",
  "争取",
];

/** Manner adverbs that open a trailing verb phrase ("12项重点工程精彩呈现"). */
export const TRAILING_ADVERBS = ["精彩", "逐步", "全面", "顺利", "如期", "成功", "基本", "全部"];

const COMPARATOR_OF: Record<string, Comparator> = {
  以上: ">=",
  及以上: ">=",
  超过: ">=",
  超: ">=",
  不低于: ">=",
  不少于: ">=",
  高于: ">=",
  多于: ">=",
  余: ">=",
  多: ">=",
  以内: "<=",
  之内: "<=",
  内: "<=",
  以下: "<=",
  不超过: "<=",
  不高于: "<=",
  不多于: "<=",
  低于: "<=",
  少于: "<=",
  左右: "≈",
  约: "≈",
  近: "≈",
  ">=": ">=",
  ">": ">=",
  "≥": ">=",
  "＞": ">=",
  "<=": "<=",
  "<": "<=",
  "≤": "<=",
  "＜": "<=",
};

/** The comparator the qualifiers imply; the first qualifier that implies one wins. */
export function comparatorOf(qualifiers: readonly string[]): Comparator {
  for (const q of qualifiers) {
    const c = COMPARATOR_OF[q];
    if (c) return c;
  }
  return "=";
}

/** Whether the qualifier implies a comparator of its own (以上, 左右, …), not "=". */
export function isComparing(qualifier: string): boolean {
  return Boolean(COMPARATOR_OF[qualifier]);
}

/**
 * A word list by first and by last character (UTF-16 unit), built once per list: most positions of a long text
 * start or end no word at all. Each bucket holds its longest words first, ties in the list's order, so the
 * first word that fits is the one to take.
 */
export interface WordIndex {
  byFirst: Map<number, readonly string[]>;
  byLast: Map<number, readonly string[]>;
}

export function indexWords(words: readonly string[]): WordIndex {
  const longestFirst = [...words].sort((a, b) => b.length - a.length); // stable: ties keep the list's order
  const byFirst = new Map<number, string[]>();
  const byLast = new Map<number, string[]>();
  for (const w of longestFirst) {
    for (const [index, code] of [
      [byFirst, w.charCodeAt(0)],
      [byLast, w.charCodeAt(w.length - 1)],
    ] as const) {
      const bucket = index.get(code);
      if (bucket) bucket.push(w);
      else index.set(code, [w]);
    }
  }
  return { byFirst, byLast };
}

/** The longest word of the index that ends exactly at `end`, or null. */
export function wordEndingAt(text: string, end: number, index: WordIndex): string | null {
  if (end <= 0) return null;
  const bucket = index.byLast.get(text.charCodeAt(end - 1));
  if (bucket === undefined) return null;
  for (const w of bucket) if (w.length <= end && text.startsWith(w, end - w.length)) return w;
  return null;
}

/** The longest word of the index that starts exactly at `at`, or null. */
export function wordStartingAt(text: string, at: number, index: WordIndex): string | null {
  const bucket = index.byFirst.get(text.charCodeAt(at));
  if (bucket === undefined) return null;
  for (const w of bucket) if (text.startsWith(w, at)) return w;
  return null;
}
