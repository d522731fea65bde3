import { CLAUSE_STOPS, clauseAround, LIST_NUMBER } from "./stallWords";

/** The whole of a short cell saying the target is reached (where a 完成率 or 完成数 would stand). */
const REACHED = /^(已?(?:达到|达)(?:年度|全年)?目标|已?达标|已?全部达标)[^，,。；;]{0,8}[。.]?$/u;

/** A phrase saying the whole task is done, and the clause it is in. */
export interface DoneWord {
  word: string;
  clause: string;
}

const DONE_CLAUSES: ReadonlySet<string> = new Set([
  "已完成",
  "完成",
  "已全部完成",
  "全部完成",
  "全面完成",
  "已全面完成",
  "提前完成",
  "已提前完成",
  "基本完成",
  "已基本完成",
  "超额完成",
  "已超额完成",
  "已办结",
  "办结",
  "已完工",
  "已竣工",
]);

/** 完成 + the year's task; what follows must not make it a share of it ("…的68.4%") or a longer phrase. */
const YEAR_TASK_DONE =
  /完成了?(?:年度|全年|今年|本年度|全年度)的?(?:目标|计划|建设|工作)*任务(?!的|\d)|完成了?(?:年度|全年|今年)(?:目标|计划)(?!的|\d|目标|计划|任务|投资)/gu;

/** Words that make what follows them in the clause a plan or an intent, not a fact. */
const INTENT_WORDS = [
  "力争",
  "争取",
  "确保",
  "计划",
  "预计",
  "预期",
  "将",
  "拟",
  "有望",
  "可望",
  "能够",
  "可以",
  "需",
  "要",
  "待",
  "以",
  "底前",
  "月前",
  "年内",
];
const NEGATIONS = ["未", "没有", "没", "不", "未能", "无法", "难以"];

const FIRST_CLAUSE_END = new RegExp(`[${CLAUSE_STOPS}]`, "u");
const BRACKETED = /[(（][^()（）]*[)）]/gu;

/**
 * Words of a progress text that say the whole task is done. Read conservatively: "已完成投资3亿元" says what
 * was done, not that the task is; "力争年底前完成年度任务" is a plan. Only two forms count:
 * - the text's first clause is a done word and nothing else ("已完成。", "全面完成（已验收）", "基本完成，正在验收");
 * - the year's task is said done anywhere ("提前完成年度任务", "已完成全年目标任务"), not as a share of it
 *   ("完成年度计划的68.4%"), not negated, not as an intent (力争, 确保, 预计 … before it in the clause).
 */
export function doneWords(text: string): DoneWord | null {
  // A figure's cell that says the target is met in words: "达到目标60元", "已达标".
  const reached = REACHED.exec(text.trim());
  if (reached) return { word: reached[1], clause: text.trim() };
  // Every form has one of these: most texts are passed over without a pattern run.
  if (!text.includes("完成") && !text.includes("办结") && !text.includes("完工") && !text.includes("竣工")) return null;
  const body = text.replace(LIST_NUMBER, "");
  const end = FIRST_CLAUSE_END.exec(body)?.index ?? body.length;
  const first = body.slice(0, end).replace(BRACKETED, "").trim();
  if (DONE_CLAUSES.has(first)) return { word: first, clause: body.slice(0, end).trim() };
  if (!text.includes("年")) return null;
  YEAR_TASK_DONE.lastIndex = 0;
  for (let match = YEAR_TASK_DONE.exec(text); match !== null; match = YEAR_TASK_DONE.exec(text)) {
    const wordStart = leadInStart(text, match.index);
    let clauseStart = wordStart;
    while (clauseStart > 0 && !CLAUSE_STOPS.includes(text[clauseStart - 1])) clauseStart--;
    const before = text.slice(clauseStart, wordStart);
    if (NEGATIONS.some((negation) => before.endsWith(negation)) || INTENT_WORDS.some((word) => before.includes(word))) continue;
    return { word: text.slice(wordStart, match.index + match[0].length), clause: clauseAround(text, match.index, match[0].length) };
  }
  return null;
}

/** Where the words that lead into 完成 (已, 提前, 全面, 超额 …) begin: the reviewer quotes them with it. */
function leadInStart(text: string, at: number): number {
  let start = at;
  for (let found = true; found;) {
    found = false;
    for (const word of LEAD_INS) {
      if (start >= word.length && text.startsWith(word, start - word.length)) {
        start -= word.length;
        found = true;
        break;
      }
    }
  }
  return start;
}

const LEAD_INS = ["已经", "已", "均", "全面", "全部", "提前", "超额", "圆满", "顺利"];
