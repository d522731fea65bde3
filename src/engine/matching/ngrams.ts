import { foldText } from "../text";

/**
 * Words that open half the tasks of any plan (加快, 推进, 深化 …). Their n-grams are common anyway, so IDF
 * lowers them; these are lowered further because a reviewer reads past them.
 */
export const BOILERPLATE = [
  "加快",
  "推进",
  "深化",
  "全面",
  "持续",
  "实施",
  "建设",
  "推动",
  "打造",
  "提升",
  "完善",
  "加强",
  "积极",
  "进一步",
  "大力",
  "着力",
  "深入",
  "扎实",
  "不断",
  "努力",
  "力争",
  "确保",
  "争取",
  "高质量",
  "发展",
  "工作",
  "体系",
  "机制",
  "全市",
  "我市",
  "嘉兴",
  "重点",
  "项目",
  "开展",
  "优化",
  "创新",
  "强化",
  "健全",
  "支持",
  // Target wording: the number changes every year and the words around it say nothing about the topic.
  "以上",
  "左右",
  "以内",
  "增长",
  "新增",
  "达到",
  "完成",
  "累计",
  "亿元",
  "万元",
  "超过",
  "不低于",
];

/** Runs of Han characters and Latin letters: digits, punctuation and spaces end a run (numbers drift by year). */
export function textRuns(text: string): string[] {
  return foldText(text)
    .toLowerCase()
    .split(/[^\p{Script=Han}a-z]+/u)
    .filter((run) => run.length > 0);
}

const SURROGATE = /[\uD800-\uDFFF]/u;

/** Character 2- and 3-grams of each run, with their counts. */
export function nGrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  const add = (gram: string) => grams.set(gram, (grams.get(gram) ?? 0) + 1);
  for (const run of textRuns(text)) {
    // Almost every run is plain BMP text, cut with substring; rare CJK beyond the BMP (𠮷) needs code points.
    if (!SURROGATE.test(run)) {
      for (let n = 2; n <= 3; n++) for (let i = 0; i + n <= run.length; i++) add(run.substring(i, i + n));
      if (run.length === 1) add(run);
      continue;
    }
    const chars = Array.from(run);
    for (let n = 2; n <= 3; n++) for (let i = 0; i + n <= chars.length; i++) add(chars.slice(i, i + n).join(""));
    if (chars.length === 1) add(chars[0]);
  }
  return grams;
}

const BOILERPLATE_GRAMS = new Set(BOILERPLATE.flatMap((word) => [...nGrams(word).keys()]));

/** How much an n-gram's weight is kept: boilerplate counts `boilerplate` (ScoringModel.boilerplateWeight), everything else fully. */
export function gramWeight(gram: string, boilerplate = 0.25): number {
  return BOILERPLATE_GRAMS.has(gram) ? boilerplate : 1;
}
