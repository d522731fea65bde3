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
  "向上争取", "柔性引进", "新增改造", "建设提升", "提升发展", "培育形成", "数字化改造", "联动推进",
  "提高到", "提升到", "提高至", "下降到", "降低到", "增长到", "增加到", "稳定在", "控制在", "保持在",
  "新认定", "新引进", "新引入", "新建成", "新创建", "新列入", "新开工",
  "新增", "增加", "增长", "提高", "提升", "上升", "下降", "降低", "减少", "压减", "减负", "降至", "增至", "突破",
  "达到", "完成", "实现", "保持", "认定", "引进", "引入", "引育", "招引", "吸引",
  "建好", "建成", "建设", "新建", "创建", "创成", "争创", "打造", "培育", "形成", "组建", "组织",
  "腾退", "腾出", "盘活", "整治", "淘汰", "提标改造", "改造", "实施", "推进", "推动", "推广", "深化", "深耕",
  "抓好", "办好", "列入", "入驻", "供应", "供给", "推出", "开展", "举办", "举行", "发放", "帮扶", "救助",
  "培训", "安置", "修复", "开工", "竣工", "投用", "交付", "筹集", "吸纳", "带动", "呈现", "建立",
  "新开", "开通", "进行", "配置", "配备", "设置",
];

/** "达" is a verb only right before its number ("达50%"); elsewhere it is part of 达标, 通达 …. */
export const ADJACENT_ONLY_VERBS = ["达"];

/** Prefixes that join the verb they stand before (加快建设, 联动推进). */
export const VERB_PREFIXES = ["加快", "联动", "柔性", "数字化", "新"];

/** Verbs that state a level ("X达到N") rather than an action on a thing: the metric is what stands before. */
export const LEVEL_VERBS = new Set([
  "达到", "达", "增长", "增加", "提高", "提升", "上升", "下降", "降低", "减少", "突破", "保持", "稳定在", "控制在",
  "保持在", "提高到", "提升到", "提高至", "下降到", "降低到", "增长到", "增加到", "降至", "增至",
]);

/** Verbs strong enough to let a number in words (新增两家) count as a target; 推进三个… does not. */
export const STRONG_VERBS = [
  "新增", "新建", "建成", "建好", "引进", "达到", "完成", "培育", "创建", "增加", "减少", "突破", "超过", "认定", "腾退",
  "供应", "盘活", "减负", "培训",
];

/** Intent words: apply to the target they stand before, or to the whole clause they open. */
export const INTENTS = ["力争", "确保", "争取"];

/** Qualifiers written right before the number (or before its verb). */
export const PRE_QUALIFIERS = [
  "不低于", "不少于", "不超过", "不高于", "不多于", "超过", "低于", "高于", "少于", "多于", "累计", "约", "近", "超", "再",
];

/** Qualifiers written right after the unit; 余/多 also stand between number and unit (100余家). */
export const POST_QUALIFIERS = ["及以上", "以上", "以下", "以内", "左右", "之内"];
export const INNER_QUALIFIERS = ["余", "多"];

/** Words that may sit between a pre-qualifier run and the number without breaking it (分别达到). */
export const FILLERS = ["分别", "均", "将", "要"];

/** Scope and manner words before a verb that do not belong to the metric (全年实施…, 高标准建好…). */
export const SCOPE_WORDS = [
  "全年", "今年", "年内", "当年", "每年", "全市", "全县", "全区", "全省", "市区", "高标准", "高质量", "高水平",
  "多形式", "多渠道", "大力", "积极", "全力", "持续", "进一步", "新一轮", "共", "计划", "力争", "确保", "争取",
];

/** Manner adverbs that open a trailing verb phrase ("12项重点工程精彩呈现"). */
export const TRAILING_ADVERBS = ["精彩", "逐步", "全面", "顺利", "如期", "成功", "基本", "全部"];

const COMPARATOR_OF: Record<string, Comparator> = {
  以上: ">=", 及以上: ">=", 超过: ">=", 超: ">=", 不低于: ">=", 不少于: ">=", 高于: ">=", 多于: ">=", 余: ">=", 多: ">=",
  以内: "<=", 之内: "<=", 以下: "<=", 不超过: "<=", 不高于: "<=", 不多于: "<=", 低于: "<=", 少于: "<=",
  左右: "≈", 约: "≈", 近: "≈",
};

/** The comparator the qualifiers imply; the first qualifier that implies one wins. */
export function comparatorOf(qualifiers: readonly string[]): Comparator {
  for (const q of qualifiers) {
    const c = COMPARATOR_OF[q];
    if (c) return c;
  }
  return "=";
}

// Word lists by first and by last character (UTF-16 unit), built once per list: most positions of a long
// text start or end no word at all. Each bucket keeps the list's order, so ties go as in the whole list.
const BY_FIRST = new WeakMap<readonly string[], Map<number, string[]>>();
const BY_LAST = new WeakMap<readonly string[], Map<number, string[]>>();

/** The last few lists asked for and their indexes, checked by identity before the WeakMap: a scan over a text asks for the same few lists at every position. */
interface Recent {
  lists: (readonly string[] | null)[];
  indexes: Map<number, string[]>[];
  next: number;
}
const RECENT_FIRST: Recent = { lists: [null, null, null, null], indexes: [], next: 0 };
const RECENT_LAST: Recent = { lists: [null, null, null, null], indexes: [], next: 0 };

function indexed(cache: WeakMap<readonly string[], Map<number, string[]>>, words: readonly string[], last: boolean): Map<number, string[]> {
  const recent = last ? RECENT_LAST : RECENT_FIRST;
  const slot = recent.lists.indexOf(words);
  if (slot >= 0) return recent.indexes[slot];
  let index = cache.get(words);
  if (!index) {
    index = new Map();
    for (const w of words) {
      const code = w.charCodeAt(last ? w.length - 1 : 0);
      const list = index.get(code);
      if (list) list.push(w);
      else index.set(code, [w]);
    }
    cache.set(words, index);
  }
  recent.lists[recent.next] = words;
  recent.indexes[recent.next] = index;
  recent.next = (recent.next + 1) % recent.lists.length;
  return index;
}

/** The longest word of `words` that ends exactly at `end`, or null. */
export function wordEndingAt(text: string, end: number, words: readonly string[]): string | null {
  if (end <= 0) return null;
  const bucket = indexed(BY_LAST, words, true).get(text.charCodeAt(end - 1));
  if (bucket === undefined) return null;
  let best: string | null = null;
  for (const w of bucket) {
    if (w.length <= end && text.startsWith(w, end - w.length) && (!best || w.length > best.length)) best = w;
  }
  return best;
}

/** The longest word of `words` that starts exactly at `at`, or null. */
export function wordStartingAt(text: string, at: number, words: readonly string[]): string | null {
  const bucket = indexed(BY_FIRST, words, false).get(text.charCodeAt(at));
  if (bucket === undefined) return null;
  let best: string | null = null;
  for (const w of bucket) {
    if (text.startsWith(w, at) && (!best || w.length > best.length)) best = w;
  }
  return best;
}
