/**
 * Shares of the annual quantity that a progress text reports as done, read only from phrasings that say so
 * (完成年度计划的68.4%, 完成率77%, 上半年进度48.6%, 完成54个(年度计划82个), 全年计划…2225户…已完成…150户).
 * Rates that are not completion (覆盖率, 好评率, 同比增长) and shares of a multi-year total (总投资的34%) are not read.
 */
export interface CompletionShare {
  /** Done as a share of the annual quantity (0.684). */
  ratio: number;
  /** The words it was read from, as written. */
  raw: string;
  /** For a count against a plan: done, planned and the unit ("150", "2225", "户"). */
  done?: number;
  planned?: number;
  unit?: string;
  /**
   * Where it was read, when not from a phrase of the progress text: a progress cell that is a percentage, a
   * 完成率 column, or 完成数 against 目标 columns.
   */
  from?: "cell" | "rate" | "columns";
}

const NUMBER = String.raw`(\d+(?:\.\d+)?)`;
const UNIT = String.raw`(个|户|家|项|所|座|条|公里|千米|米|平方米|万平方米|亩|万亩|套|间|处|辆|台|人|万人|人次|场|次|张|元|万元|亿元|千瓦|万千瓦|兆瓦)`;

/** Shares stated as a percentage, each with the word it cannot match without (so most texts skip it). */
const SHARE_PATTERNS: { needs: string; pattern: RegExp }[] = [
  // 完成年度计划的68.4% / 完成全年目标任务的82.8% / 完成年度目标的75.7% / 完成任务数的108.97%
  {
    needs: "完成",
    pattern: new RegExp(
      String.raw`完成(?:了)?(?:(?:年度|全年|今年|当年)(?:计划|目标|任务|目标任务|计划任务|投资计划|计划投资)*|(?:目标任务|计划任务|任务数|目标数|任务量))的?\s*${NUMBER}\s*[%％]`,
      "gu",
    ),
  },
  // 仅为全年3万吨的30% / 为年度目标的45%: what is done as a share of the year's quantity
  { needs: "的", pattern: new RegExp(String.raw`(?:为|是|占|达)(?:年度|全年|今年)[^，,。；;]{0,12}的\s*${NUMBER}\s*[%％]`, "gu") },
  // 占今年计划完成投资65.4%
  { needs: "占", pattern: new RegExp(String.raw`占(?:年度|全年|今年)(?:计划|目标)(?:完成)?(?:投资|任务)?的?\s*${NUMBER}\s*[%％]`, "gu") },
  // 完成率77% / 投资完成率69.67% / 完成率为57.2%
  { needs: "完成率", pattern: new RegExp(String.raw`完成率(?:为|达|达到)?\s*${NUMBER}\s*[%％]`, "gu") },
  // 上半年进度48.6% / 平均进度为50% / 进度96.3%
  { needs: "进度", pattern: new RegExp(String.raw`进度(?:为|达|达到)?\s*${NUMBER}\s*[%％]`, "gu") },
];

/** 完成54个(年度计划82个) */
const DONE_OF_PLAN = new RegExp(
  String.raw`完成[^，,。；;()（）]{0,16}?${NUMBER}\s*${UNIT}\s*[(（]\s*(?:年度|全年|今年)(?:计划|目标)(?:任务)?\s*${NUMBER}\s*\2?\s*[)）]`,
  "gu",
);
/** 完成150/2225户 */
const FRACTION = new RegExp(String.raw`完成[^，,。；;]{0,16}?${NUMBER}\s*[/／]\s*${NUMBER}\s*${UNIT}?`, "gu");
/** 全年计划完成…2225户 … 已完成…150户 (the plan first, then what is done, in the same text) */
const PLAN_THEN_DONE = new RegExp(
  String.raw`(?:全年|年度|今年)(?:计划|目标)[^。；;]{0,30}?${NUMBER}\s*${UNIT}[^。；;]{0,30}?(?:已|累计|共)完成[^，,。；;\d]{0,12}${NUMBER}\s*\2`,
  "gu",
);

/**
 * The first match of a global pattern, the next ones by `pattern.exec`: a loop over them needs no copy of the
 * pattern (as `matchAll` makes) and no callback (a closure per text).
 */
function firstMatch(pattern: RegExp, text: string): RegExpExecArray | null {
  pattern.lastIndex = 0;
  return pattern.exec(text);
}

export function completionShares(text: string): CompletionShare[] {
  // Every pattern but two needs 完成, and every share pattern a percent sign: most texts need few of them run,
  // and a pattern is run only on a text that has the words it cannot match without.
  const done = text.includes("完成");
  const percent = text.includes("%") || text.includes("％");
  if (!done && !percent) return [];
  const shares: CompletionShare[] = [];
  const taken: [number, number][] = [];
  if (done && (text.includes("(") || text.includes("（"))) {
    for (let match = firstMatch(DONE_OF_PLAN, text); match !== null; match = DONE_OF_PLAN.exec(text)) {
      const count = Number(match[1]);
      const planned = Number(match[3]);
      if (planned > 0) addShare(shares, taken, match, { ratio: count / planned, done: count, planned, unit: match[2] });
    }
  }
  if (done && (text.includes("计划") || text.includes("目标"))) {
    for (let match = firstMatch(PLAN_THEN_DONE, text); match !== null; match = PLAN_THEN_DONE.exec(text)) {
      const planned = Number(match[1]);
      const count = Number(match[3]);
      if (planned > 0) addShare(shares, taken, match, { ratio: count / planned, done: count, planned, unit: match[2] });
    }
  }
  if (done && (text.includes("/") || text.includes("／"))) {
    for (let match = firstMatch(FRACTION, text); match !== null; match = FRACTION.exec(text)) {
      const count = Number(match[1]);
      const planned = Number(match[2]);
      if (planned > 0 && count <= planned * 3)
        addShare(shares, taken, match, { ratio: count / planned, done: count, planned, ...(match[3] ? { unit: match[3] } : {}) });
    }
  }
  if (percent) {
    for (let p = 0; p < SHARE_PATTERNS.length; p++) {
      const { needs, pattern } = SHARE_PATTERNS[p];
      if (!text.includes(needs)) continue;
      for (let match = firstMatch(pattern, text); match !== null; match = pattern.exec(text)) addShare(shares, taken, match, { ratio: Number(match[1]) / 100 });
    }
  }
  return shares.length < 2 ? shares : shares.sort((a, b) => text.indexOf(a.raw) - text.indexOf(b.raw));
}

/**
 * The share read from a match, unless it overlaps one read before (`taken`, the offsets of each) or is no
 * number.
 */
function addShare(shares: CompletionShare[], taken: [number, number][], match: RegExpExecArray, share: Omit<CompletionShare, "raw">): void {
  const start = match.index;
  const end = start + match[0].length;
  for (const [s, e] of taken) if (start < e && s < end) return;
  if (!Number.isFinite(share.ratio)) return;
  taken.push([start, end]);
  shares.push({ ...share, raw: match[0] });
}
