/** How a target's value is to be read: at least, at most, about, or exactly the stated number. */
export type Comparator = ">=" | "<=" | "≈" | "=";

/** One numeric target found in a task text ("新认定高新技术企业300家"). */
export interface Target {
  /** Indicator phrase, e.g. 社会消费品零售总额 / 高新技术企业. */
  metric: string;
  /** Action word as written (增长 / 新增 / 达到 / 建好 …), "" when the text has none. */
  verb: string;
  /** Number in the stated unit (3.5万亩 → 3.5); for a range, the upper bound. */
  value: number;
  /** Lower bound of a range (1-2个 → 1). */
  valueLow?: number;
  /**
   * Unit as written, multiplier included: % 个百分点 家 万人 亿元 万亩 元/月/人 个村 节(次) …; "" for a bare
   * count whose unit is in another column ("新增城镇就业" + "8950").
   */
  unit: string;
  /**
   * Unit without its 万/亿 multiplier (亩, 元, 元/人 …), and without what only names the thing counted (37个村 and
   * 2000节(次) count in 个 and 节, comparable with other counts); equal to `unit` when there is neither.
   */
  baseUnit: string;
  /** 1, 1e4, 1e8 (万亿 1e12): value × multiplier is the quantity in `baseUnit`. */
  multiplier: number;
  /** Qualifiers as written, in text order: 以上 左右 以内 超过 累计 力争 确保 争取 …. */
  qualifiers: string[];
  comparator: Comparator;
  /** The substring of the text covering the target; `text.slice(start, end) === raw`. */
  raw: string;
  start: number;
  end: number;
}
