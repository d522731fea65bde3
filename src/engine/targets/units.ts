/**
 * Units a target number may carry. A number followed by anything else (年, 月, 周年, 号, 强, 级, 版 …) is a
 * date, a rank or part of a name, never a target; this table is what keeps those out.
 */

/** count: things counted (家 个 名); measure: amounts (亩 吨 千瓦); money: 元-based; ratio: % and friends. */
export type UnitKind = "count" | "measure" | "money" | "ratio";

const BASE_UNITS: Record<string, UnitKind> = {
  个百分点: "ratio",
  百分点: "ratio",
  "%": "ratio",
  "‰": "ratio",
  倍: "ratio",
  家: "count",
  个: "count",
  名: "count",
  人次: "count",
  人: "count",
  户: "count",
  项: "count",
  件: "count",
  条: "count",
  所: "count",
  座: "count",
  套: "count",
  台: "count",
  辆: "count",
  艘: "count",
  架: "count",
  支: "count",
  场: "count",
  次: "count",
  间: "count",
  张: "count",
  批: "count",
  处: "count",
  例: "count",
  份: "count",
  部: "count",
  类: "count",
  对: "count",
  栋: "count",
  幢: "count",
  株: "count",
  棵: "count",
  床: "count",
  根: "count",
  盏: "count",
  块: "count",
  片: "count",
  段: "count",
  宗: "count",
  单: "count",
  位: "count",
  只: "count",
  节: "count",
  节次: "count",
  亩: "measure",
  平方米: "measure",
  平方公里: "measure",
  公顷: "measure",
  公里: "measure",
  千米: "measure",
  米: "measure",
  吨标准煤: "measure",
  吨标煤: "measure",
  吨: "measure",
  公斤: "measure",
  千克: "measure",
  千瓦时: "measure",
  千瓦: "measure",
  兆瓦: "measure",
  度: "measure",
  标箱: "measure",
  立方米: "measure",
  "微克/立方米": "measure",
  "毫克/立方米": "measure",
  "人/亿元": "ratio",
  微克每立方米: "measure",
  微克: "measure",
  毫克: "measure",
  升: "measure",
  千伏安: "measure",
  元: "money",
  美元: "money",
  欧元: "money",
};

// "类" and "段" are units only after a number written in digits (3类); in words they are ranks (三类水质).
// 两节 is a holiday season (春节、元旦), not two lessons.
const ARABIC_ONLY = new Set(["类", "段", "度", "对", "单", "片", "块", "节"]);

/** Units that also open common words: "两位数增长" is no count of 位, "3节能" no count of 节. */
const NOT_BEFORE: Record<string, string> = { 位: "数于置列居", 节: "能约水点日假庆", 只: "有是要能" };

/**
 * A count of places with nothing after it ("改造37个村)"): the place is what is counted, so it is the unit, as
 * the reader writes it. Before a longer noun ("376个村居广播室") 个 is the unit and the noun the metric.
 */
const PLACE_COUNTS = ["社区", "乡镇", "街道", "村", "镇"];

/** What a rate is per: 元/月/人, 元/人月, 万元/亩, 吨/亩. Longest first, so 人次 is not read as 人 and a stray 次. */
const PER_UNITS = ["平方米", "人·月", "人·年", "人次", "人月", "人年", "人", "户", "月", "年", "亩", "吨", "天", "日", "次", "床", "公里", "千瓦时"];

const MULTIPLIERS: [string, number][] = [
  ["万亿", 1e12],
  ["千万", 1e7],
  ["百万", 1e6],
  ["万", 1e4],
  ["亿", 1e8],
];

const BASES_LONGEST_FIRST = Object.keys(BASE_UNITS).sort((a, b) => b.length - a.length);

export interface UnitMatch {
  unit: string;
  baseUnit: string;
  multiplier: number;
  kind: UnitKind;
  end: number;
}

/** The base units by their first UTF-16 unit, each list longest first as above. */
const BASES_BY_FIRST = new Map<number, string[]>();
for (const base of BASES_LONGEST_FIRST) {
  const code = base.charCodeAt(0);
  BASES_BY_FIRST.set(code, [...(BASES_BY_FIRST.get(code) ?? []), base]);
}
const MULTIPLIER_FIRSTS = new Set(MULTIPLIERS.map(([prefix]) => prefix.charCodeAt(0)));

// Index loops and no empty list to fall back on: units are looked for after every number of every text.
function baseAt(text: string, at: number, arabic: boolean): string | null {
  const bases = BASES_BY_FIRST.get(text.charCodeAt(at));
  if (bases === undefined) return null;
  for (let i = 0; i < bases.length; i++) {
    if (text.startsWith(bases[i], at) && (arabic || !ARABIC_ONLY.has(bases[i]))) return bases[i];
  }
  return null;
}

/**
 * The unit starting at `at`, multiplier included (万亩, 亿美元, 万吨标煤), or null. A bare 万/亿 with no base
 * unit after it is not a unit: what it counts is unknown.
 */
export function unitAt(text: string, at: number, afterArabic = true): UnitMatch | null {
  if (MULTIPLIER_FIRSTS.has(text.charCodeAt(at))) {
    for (let i = 0; i < MULTIPLIERS.length; i++) {
      const [prefix, multiplier] = MULTIPLIERS[i];
      if (!text.startsWith(prefix, at)) continue;
      const base = baseAt(text, at + prefix.length, afterArabic);
      // 万 + 千瓦 is 万千瓦; 万 + %/倍 means nothing.
      if (base && BASE_UNITS[base] !== "ratio") return withTail(text, prefix, base, multiplier, at + prefix.length + base.length);
    }
  }
  const base = baseAt(text, at, afterArabic);
  if (!base) return null;
  return withTail(text, "", base, 1, at + base.length);
}

/**
 * The unit with what may follow its base: a rate's "per" parts (300元/人, 60元/月/人, 1.5万元/亩), a count's
 * "(次)" (2000节(次)), the place a bare 个 counts (37个村). Most units have none: one character is looked at.
 */
function withTail(text: string, prefix: string, base: string, multiplier: number, end: number): UnitMatch | null {
  const kind = BASE_UNITS[base];
  const next = text.charCodeAt(end);
  // What a rate is per changes what is measured (元/人 is no sum of 元); the other tails only say what is counted.
  let per = "";
  let tail = "";
  if (next === SLASH && kind !== "ratio") {
    for (let p = perAt(text, end + 1); p !== null; p = text.charCodeAt(end) === SLASH ? perAt(text, end + 1) : null) {
      per += `/${p}`;
      end += p.length + 1;
    }
  } else if ((next === OPEN_PAREN || next === OPEN_PAREN_FULL) && kind === "count" && TIMES_MARK.test(text.slice(end, end + 3))) {
    tail = text.slice(end, end + 3);
    end += 3;
  } else if (base === "个") {
    tail = placeAt(text, end);
    end += tail.length;
  } else if (end < text.length && NOT_BEFORE[base]?.includes(text[end])) {
    return null;
  }
  return { unit: prefix + base + per + tail, baseUnit: base + per, multiplier, kind, end };
}

const SLASH = "/".charCodeAt(0);
const OPEN_PAREN = "(".charCodeAt(0);
const OPEN_PAREN_FULL = "（".charCodeAt(0);
const TIMES_MARK = /^[(（]次[)）]$/u;

function perAt(text: string, at: number): string | null {
  for (let i = 0; i < PER_UNITS.length; i++) if (text.startsWith(PER_UNITS[i], at)) return PER_UNITS[i];
  return null;
}

/** The place a bare 个 counts when nothing follows it ("37个村)"), else "". */
function placeAt(text: string, at: number): string {
  for (let i = 0; i < PLACE_COUNTS.length; i++) {
    const place = PLACE_COUNTS[i];
    if (text.startsWith(place, at) && !isHanAt(text, at + place.length)) return place;
  }
  return "";
}

/** Whether the UTF-16 unit at `i` is a CJK ideograph (false outside the text). */
function isHanAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0x4e00 && c <= 0x9fff;
}
