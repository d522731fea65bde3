/**
 * Units a target number may carry. A number followed by anything else (年, 月, 周年, 号, 强, 级, 版 …) is a
 * date, a rank or part of a name, never a target; this table is what keeps those out.
 */

/** count: things counted (家 个 名); measure: amounts (亩 吨 千瓦); money: 元-based; ratio: % and friends. */
export type UnitKind = "count" | "measure" | "money" | "ratio";

const BASE_UNITS: Record<string, UnitKind> = {
  个百分点: "ratio", 百分点: "ratio", "%": "ratio", "‰": "ratio", 倍: "ratio",
  家: "count", 个: "count", 名: "count", 人次: "count", 人: "count", 户: "count", 项: "count", 件: "count",
  条: "count", 所: "count", 座: "count", 套: "count", 台: "count", 辆: "count", 艘: "count", 架: "count",
  支: "count", 场: "count", 次: "count", 间: "count", 张: "count", 批: "count", 处: "count", 例: "count",
  份: "count", 部: "count", 类: "count", 对: "count", 栋: "count", 幢: "count", 株: "count", 棵: "count",
  床: "count", 根: "count", 盏: "count", 块: "count", 片: "count", 段: "count", 宗: "count", 单: "count",
  亩: "measure", 平方米: "measure", 平方公里: "measure", 公顷: "measure", 公里: "measure", 千米: "measure",
  米: "measure", 吨标准煤: "measure", 吨标煤: "measure", 吨: "measure", 公斤: "measure", 千克: "measure",
  千瓦时: "measure", 千瓦: "measure", 兆瓦: "measure", 度: "measure", 标箱: "measure", 立方米: "measure",
  "微克/立方米": "measure", "毫克/立方米": "measure", "人/亿元": "ratio", 微克每立方米: "measure", 微克: "measure", 毫克: "measure", 升: "measure", 千伏安: "measure",
  元: "money", 美元: "money", 欧元: "money",
};

// "类" and "段" are units only after a number written in digits (3类); in words they are ranks (三类水质).
const ARABIC_ONLY = new Set(["类", "段", "度", "对", "单", "片", "块"]);

const MULTIPLIERS: [string, number][] = [
  ["万亿", 1e12], ["千万", 1e7], ["百万", 1e6], ["万", 1e4], ["亿", 1e8],
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
      if (base && BASE_UNITS[base] !== "ratio") {
        return { unit: prefix + base, baseUnit: base, multiplier, kind: BASE_UNITS[base], end: at + prefix.length + base.length };
      }
    }
  }
  const base = baseAt(text, at, afterArabic);
  if (!base) return null;
  return { unit: base, baseUnit: base, multiplier: 1, kind: BASE_UNITS[base], end: at + base.length };
}
