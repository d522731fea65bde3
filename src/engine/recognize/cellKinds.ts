/**
 * What a cell holds, judged from its content alone: recognition scores each column's role from its header words
 * and from the share of its cells of each kind, because header words differ from place to place while a column
 * of bureaus, of status words or of long sentences looks the same everywhere.
 */
import { boundedMemo } from "../collections";
import type { CellValue } from "../grid";
import { categorize, createVocabulary, DEFAULT_TERMS } from "../status/vocabulary";
import { foldText, withoutBrackets } from "../text";
import { unitNames } from "../units/split";
import { looksLikeUnit } from "../units/unitShape";
import { parseSeq } from "./rowPatterns";

export type CellKind =
  /** A whole number that can be a 序号 (1, "12", "3."). */
  | "seq"
  /** Another number, or a number with a short measure word: 8950, 1300人, 3.5万亩, 0.54. */
  | "quantity"
  /** A percentage leading the cell: 80%, 54.2%, "57%(赤溪、灵溪偏慢)". */
  | "percent"
  /** A date or deadline: 2024年6月底前, 12月31日, 年底前, 全年, 2021-06-30. */
  | "date"
  /** A word of a status vocabulary: 按时推进, 进度滞后, 已完成, 顺利推进。 */
  | "status"
  /** One or more organisations: 县教育局, "市发改委、市经信局", 各乡镇（街道）. */
  | "units"
  /** People or their posts: 张三, "副县长 李明", 县委常委、副县长. */
  | "people"
  /** A sentence: long text, or text with sentence punctuation. */
  | "sentence"
  /** A unit of measure alone: 万人, 公里, 个, %, 元/月/人. */
  | "measure"
  /** Short text that is none of the above: 危桥改造, 市民生实事, 增长6%左右. */
  | "phrase";

export const CELL_KINDS: readonly CellKind[] = ["seq", "quantity", "percent", "date", "status", "units", "people", "measure", "sentence", "phrase"];

/** The kind of a non-empty cell, or null for an empty one. */
export function cellKind(value: CellValue): CellKind | null {
  if (value === null || value === "") return null;
  if (typeof value === "number") return Number.isInteger(value) && value > 0 && value < 1000 ? "seq" : "quantity";
  if (typeof value === "boolean") return "phrase";
  return kindOfText(value);
}

// Unit and status cells repeat on every row: each spelling is judged once.
const kindOfText = boundedMemo((text: string) => judgeText(text), 5000);

const MEANINGFUL = /[\p{L}\p{N}%‰]/u;
const MEASURE =
  /^(万|亿|千|百|十)?(人次|人|户|个|家|所|座|条|公里|千米|米|平方米|平方公里|立方米|亩|公顷|套|间|处|辆|台|场|次|张|元|吨|千瓦|兆瓦|千瓦时|只|位|节|项|件|批|种|盏|床|对|%|‰|个百分点)([/每](年|月|人|户|天|日|平方米))*$/u;
const SENTENCE_LENGTH = 16;
const SENTENCE_PUNCTUATION = /[。；;，,：:！？]/u;
const PERCENT_FIRST = /^[约近超达]?[-+]?\d+(?:\.\d+)?[%％]/u;
const QUANTITY = /^[约近超逾达]?[-+]?\d+(?:\.\d+)?(?:万|亿|千|百)?[\p{Script=Han}a-zA-Z²³/]{0,5}$/u;
const DATE =
  /^((19|20)\d{2}(年|[-./]))?((\d{1,2}|[一二三四五六七八九十]{1,2})(月份?|[-./]))?(\d{1,2}(日|号)?)?(底|末|初|中旬|上旬|下旬|前|以前|之前|内|前后)*(完成|完工|建成|实现|开工|动工|投用|投入使用)?$/u;
const DATE_WORDS =
  /^(年底前?|年内|年底完成|全年|长期|持续|持续推进|常态化|(第?[一二三四1-4]|上|下)(季度|半年)(末|底|前)?|(19|20)\d{2}年(底|内|全年)?(前|完成)?)$/u;
const HAS_MONTH_OR_YEAR = /[月年]|^(19|20)\d{2}[-./]/u;
/**
 * A status ends in a word of progress, maybe followed by what it measures ("提前完成年度任务"); a task that merely
 * starts with 推进 ("推进项目建设") does not. 是/否 answer a 是否达序 column.
 */
const STATUS_WORDS =
  /((滞后|推进|完成|启动|开工|开展|序时|正常|缓慢|偏慢|较慢|超前|较快|完工|达标|未达|进行中|实施中|办结|暂停|停滞|延期|达序)(年度任务|年度目标|任务|目标|计划|进度|要求)?|^[是否])$/u;
const MAX_STATUS_LENGTH = 12;
/** The terms a status dropdown offers are statuses whatever their shape. */
const STATUS_SPELLINGS = createVocabulary(DEFAULT_TERMS);
const FOUR_DIGITS = /^\d{4}$/u;
const DIGIT = /\d/u;

function judgeText(text: string): CellKind | null {
  const folded = foldText(text);
  // Separators and marks alone ("、 、", "，", "—") say nothing of what the column holds.
  if (!MEANINGFUL.test(folded)) return null;
  if (folded.length <= 4 && parseSeq(folded) !== null && !FOUR_DIGITS.test(folded)) return "seq";
  if (PERCENT_FIRST.test(folded)) return "percent";
  const bare = folded.replace(TRAILING_STOP, "");
  // Before quantities: "12月底前" is a number and a few characters too.
  if ((HAS_MONTH_OR_YEAR.test(bare) && DATE.test(bare)) || DATE_WORDS.test(bare)) return "date";
  if (QUANTITY.test(folded)) return "quantity";
  if (MEASURE.test(bare)) return "measure";
  if (categorize(STATUS_SPELLINGS, bare).known) return "status";
  const units = looksLikeUnitList(text);
  if (!units && bare.length <= MAX_STATUS_LENGTH && STATUS_WORDS.test(bare) && !DIGIT.test(bare)) return "status";
  if (units) return "units";
  if (looksLikePeople(text)) return "people";
  if (folded.length >= SENTENCE_LENGTH || (folded.length >= 8 && SENTENCE_PUNCTUATION.test(folded.replace(TRAILING_STOP, "")))) return "sentence";
  return "phrase";
}

const TRAILING_STOP = /[。.;；]+$/u;

/**
 * Most parts of the cell have the shape of an organisation's name. A person named beside the unit
 * ("市民政局 伍泽国", under 牵头单位及主要负责人) is not counted against it.
 */
function looksLikeUnitList(text: string): boolean {
  const parts = unitNames(text);
  let units = 0;
  let others = 0;
  for (let i = 0; i < parts.length; i++) {
    if (looksLikeUnit(parts[i])) units++;
    else if (!isPersonName(foldText(parts[i]))) others++;
  }
  return units > 0 && units * 10 >= (units + others) * 7;
}

/**
 * Posts held by people: a leader column names people ("张三"), posts ("副县长") or both ("县委常委、副县长 李明").
 * Matched at the end of a part, so "县长" and "常务副县长" both count.
 */
const POST =
  /(书记|副?县长|副?区长|副?市长|副?省长|副?镇长|副?乡长|主任|副主任|局长|部长|主席|委员|常委|秘书长|调研员|巡视员|政委|组长|司令员|院长|行长|经理|总经理|董事长|校长|所长|科长|处长|督查员|负责人|领导)$/u;
const POST_PREFIX = /^(县委|区委|市委|县政府|区政府|市政府|县人大|县政协|常务|党组|党委|副)+/u;

/** Common single-character surnames (they cover most of the population); compound ones listed after. */
const SURNAMES = new Set(
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝".split(
    "",
  ),
);
const COMPOUND_SURNAMES = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "令狐"];

/** Last characters of places and bodies, rare at the end of a name: 高新园 and 安全区 are no people. */
const PLACE_ENDING = /[园区镇乡村路街桥站港湖山城厂场馆校院所队司厅处科室组委办局会部]$/u;

/** A person's name: two to four characters starting with a surname, and no organisation's ending. */
export function isPersonName(name: string): boolean {
  if (!/^\p{Script=Han}{2,4}$/u.test(name) || looksLikeUnit(name) || PLACE_ENDING.test(name)) return false;
  if (COMPOUND_SURNAMES.some((s) => name.startsWith(s))) return name.length >= 3;
  return SURNAMES.has(name[0]) && name.length <= 3;
}

/** Every part is a person, a post, or a post followed or preceded by a name. */
function looksLikePeople(text: string): boolean {
  const parts = peopleNames(text).map((part) => foldText(part));
  if (parts.length === 0) return false;
  for (const part of parts) {
    const bare = withoutBrackets(part);
    if (isPersonName(bare) || POST.test(bare.replace(POST_PREFIX, "")) || POST.test(bare)) continue;
    // "副县长李明" / "李明副县长": a post and a name run together.
    const post = /^(.*?(书记|县长|区长|市长|主任|局长|部长|主席|常委))(\p{Script=Han}{2,3})$/u.exec(bare);
    if (post && isPersonName(post[3])) continue;
    const after = /^(\p{Script=Han}{2,3})(.*(书记|县长|区长|市长|主任|局长|部长|主席|常委))$/u.exec(bare);
    if (after && isPersonName(after[1])) continue;
    return false;
  }
  return true;
}

/**
 * The people of a leader cell, as written: split on the separators clerks use, where a space between single
 * characters only pads a two-character name to the width of three ("吕  乐", "吴 伟" are one person each).
 */
export function peopleNames(text: string): string[] {
  const names: string[] = [];
  for (const piece of text.split(LIST_SEPARATORS)) {
    const tokens = piece
      .trim()
      .split(SPACES)
      .filter((token) => token !== "");
    if (tokens.length === 0) continue;
    if (tokens.every((token) => token.length === 1)) names.push(tokens.join(""));
    else names.push(...tokens);
  }
  return names;
}

const LIST_SEPARATORS = /[、，,；;/\n]+/u;
const SPACES = /[\s\u3000]+/u;

/** How many cells of each kind a column holds, and how many are not empty. */
export interface ColumnProfile {
  /** Data rows read, filled or not. */
  rows: number;
  filled: number;
  counts: Record<CellKind, number>;
  /**
   * Numbered cells above the one before them (1, 2, 3 …, or 3, 16, 37 in a unit's extract of a master, which
   * keeps the master's numbers): a 序号 column counts up, a column of amounts does not.
   */
  ascending: number;
  lastNumber: number;
}

export function emptyProfile(): ColumnProfile {
  const counts = Object.fromEntries(CELL_KINDS.map((kind) => [kind, 0])) as Record<CellKind, number>;
  return { rows: 0, filled: 0, counts, ascending: 0, lastNumber: 0 };
}

/** Adds one cell to a profile. */
export function addToProfile(profile: ColumnProfile, value: CellValue): void {
  profile.rows++;
  const kind = cellKind(value);
  if (kind === null) return;
  profile.filled++;
  profile.counts[kind]++;
  if (kind === "seq") {
    const number = Number.parseInt(parseSeq(value) ?? "", 10);
    // Numbering may restart under a section heading (1, 2, 1, 2 …), and skip the tasks an extract leaves out.
    if (number > profile.lastNumber || number === 1) profile.ascending++;
    profile.lastNumber = number;
  }
}

/** The share of a profile's filled cells of the given kinds (0 when none is filled). */
export function share(profile: ColumnProfile, ...kinds: CellKind[]): number {
  if (profile.filled === 0) return 0;
  let n = 0;
  for (const kind of kinds) n += profile.counts[kind];
  return n / profile.filled;
}
