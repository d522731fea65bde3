/**
 * The names a division goes by in a sheet, indexed once per module: full names ("苍南县"), and short names with
 * the level word (and any 民族 of an 自治州/县) taken off ("温州", "恩施", "苍南"). Which of them count where is
 * decided by the scanner (scanNames.ts); this file only says what kind each name is.
 */
import { DIVISIONS, type Division } from "./divisions";

/**
 * - full: the official name; counts anywhere.
 * - region: a province's or prefecture's short name ("浙江", "嘉兴"); counts anywhere, unless it is also an everyday word.
 * - county: a county's short name ("苍南"); counts only before a government word, a year or a branch word.
 */
export type NameKind = "full" | "region" | "county";

export interface NameEntry {
  division: Division;
  kind: NameKind;
  /** Counts only right inside a place already named ("长治市城区", "广东省中山…"): the name is also an everyday word. */
  contextOnly: boolean;
}

/** The ethnic groups named in 自治区/州/县/旗 names, as they are written there (with or without 族). */
const ETHNIC_GROUPS = [
  "蒙古",
  "回",
  "藏",
  "维吾尔",
  "苗",
  "彝",
  "壮",
  "布依",
  "朝鲜",
  "满",
  "侗",
  "瑶",
  "白",
  "土家",
  "哈尼",
  "哈萨克",
  "傣",
  "黎",
  "傈僳",
  "佤",
  "畲",
  "拉祜",
  "水",
  "东乡",
  "纳西",
  "景颇",
  "柯尔克孜",
  "土",
  "达斡尔",
  "仫佬",
  "羌",
  "布朗",
  "撒拉",
  "毛南",
  "仡佬",
  "锡伯",
  "阿昌",
  "普米",
  "塔吉克",
  "怒",
  "乌孜别克",
  "鄂温克",
  "德昂",
  "保安",
  "裕固",
  "京",
  "塔塔尔",
  "独龙",
  "鄂伦春",
  "赫哲",
  "门巴",
  "珞巴",
  "基诺",
  "各",
].sort((a, b) => b.length - a.length);

/**
 * Short names that are also everyday words (中山路, 长治久安, 世界大同, 日照时数, 文山会海, 朝阳产业, 安康杯,
 * 学习三明医改经验; in units 区公安分局, 自然资源分局, 城东分局; 乡村振兴2023年…, 共同富裕…): they count only
 * right inside a place named just before them ("广东省中山…").
 */
const EVERYDAY_SHORT_NAMES = new Set([
  // prefectures
  "中山",
  "安康",
  "长治",
  "大同",
  "白银",
  "日照",
  "阿里",
  "红河",
  "怒江",
  "大理",
  "黄山",
  "大庆",
  "三明",
  "来宾",
  "海西",
  "山南",
  "兴安",
  "玉树",
  "普洱",
  "北海",
  "泰安",
  "延安",
  "遵义",
  "海东",
  "海北",
  "黄南",
  "朝阳",
  "新乡",
  "白山",
  "黑河",
  "酒泉",
  "和田",
  "文山",
  // counties
  "公安",
  "资源",
  "通道",
  "合作",
  "新建",
  "新城",
  "老城",
  "振兴",
  "新兴",
  "富民",
  "惠民",
  "平安",
  "东方",
  "江南",
  "江北",
  "友好",
  "友谊",
  "前进",
  "共和",
  "红旗",
  "工农",
  "方正",
  "富裕",
  "凤凰",
  "古城",
  "清水",
  "复兴",
  "新华",
  "和平",
  "长安",
  "向阳",
  "白云",
  "青山",
  "金山",
  "海港",
  "港口",
  "市中",
  "市南",
  "市北",
  "城关",
  "城中",
  "城东",
  "城西",
  "城北",
  "城厢",
  "天桥",
  "大观",
  "太湖",
  "建安",
  "平原",
  "新和",
  "利通",
  "兴海",
  "灯塔",
  "大通",
  "江海",
  "湖滨",
  "东湖",
  "西湖",
  "北湖",
  "解放",
  "光明",
  "爱民",
  "建华",
  "宏伟",
  "永安",
  "安定",
  "太平",
  "长寿",
  "吉利",
  "中原",
  "西山",
  "东山",
  "南山",
  "铁东",
  "铁西",
  "桥东",
  "桥西",
  "路北",
  "路南",
  "河东",
  "河西",
  "站前",
  "西市",
  "南关",
  "北关",
  "新市",
  "东风",
  "红山",
  "白塔",
  "双桥",
  "南岸",
  "温泉",
  "天河",
  "安居",
  "立山",
  "民权",
  "同心",
  "和顺",
  "新民",
  "永兴",
  "安宁",
  "太和",
  "东海",
  "南海",
  "长海",
  "东城",
  "西城",
]);

/** Full names that are also common words (城区, 郊区, 新城区 …): they count only inside their city named just before them. */
const EVERYDAY_FULL_NAMES = new Set(["城区", "郊区", "矿区", "东区", "西区", "市中区", "城中区", "城东区", "城西区", "城北区", "城关区", "新城区", "老城区"]);

/** The name without its trailing 民族 ("恩施土家族苗族" → "恩施"), as long as at least two characters remain. */
function withoutEthnicGroups(stem: string): string {
  let rest = stem;
  for (let changed = true; changed;) {
    changed = false;
    for (const group of ETHNIC_GROUPS) {
      for (const written of [`${group}族`, group]) {
        if (rest.endsWith(written) && rest.length - written.length >= 2) {
          rest = rest.slice(0, -written.length);
          changed = true;
          break;
        }
      }
      if (changed) break;
    }
  }
  return rest;
}

const REGION_SUFFIXES = ["特别行政区", "自治区", "自治州", "地区", "省", "市", "盟"];
const COUNTY_SUFFIXES = ["自治县", "自治旗", "新区", "特区", "县", "区", "市", "旗"];

/**
 * "温州市" → "温州", "恩施土家族苗族自治州" → "恩施", "浦东新区" → "浦东", "苍南县" → "苍南"; null when fewer than
 * two characters would remain ("和县") or only a 民族 would ("鄂伦春自治旗").
 */
export function shortName(division: Division): string | null {
  const suffixes = division.level === "county" ? COUNTY_SUFFIXES : REGION_SUFFIXES;
  for (const suffix of suffixes) {
    if (!division.name.endsWith(suffix)) continue;
    const autonomous = suffix.startsWith("自治");
    const stem = division.name.slice(0, -suffix.length);
    const short = autonomous ? withoutEthnicGroups(stem) : stem;
    if (short.length >= 2 && !short.endsWith("族")) return short;
    // "清新区" is 清新 + 区, not 清 + 新区; an 自治 name has no other reading.
    if (autonomous) return null;
  }
  return null;
}

function buildIndex(): Map<string, NameEntry[]> {
  const index = new Map<string, NameEntry[]>();
  const add = (name: string, entry: NameEntry) => {
    const entries = index.get(name);
    if (entries) entries.push(entry);
    else index.set(name, [entry]);
  };
  for (const division of DIVISIONS) add(division.name, { division, kind: "full", contextOnly: EVERYDAY_FULL_NAMES.has(division.name) });

  const regionsByShort = new Map<string, Division[]>();
  for (const division of DIVISIONS) {
    const short = shortName(division);
    if (short === null) continue;
    if (division.level === "county") add(short, { division, kind: "county", contextOnly: EVERYDAY_SHORT_NAMES.has(short) });
    else regionsByShort.set(short, [...(regionsByShort.get(short) ?? []), division]);
  }
  // A short name shared by two regions (吉林: the province and the city; 海南: the province, 海南藏族自治州 and
  // 乌海's 海南区) says none of them.
  for (const [short, regions] of regionsByShort) {
    if (regions.length === 1) add(short, { division: regions[0], kind: "region", contextOnly: EVERYDAY_SHORT_NAMES.has(short) });
    else {
      const full = (index.get(short) ?? []).filter((e) => e.kind === "full");
      if (full.length > 0) index.set(short, full);
      else index.delete(short);
    }
  }
  return index;
}

/** Every name, full or short, with the divisions it may stand for. */
export const NAME_INDEX: ReadonlyMap<string, readonly NameEntry[]> = buildIndex();

/** For each first character, the lengths of the names that start with it, longest first: the scanner tries only these. */
export const NAME_LENGTHS_BY_FIRST_CHAR: ReadonlyMap<string, readonly number[]> = (() => {
  const lengths = new Map<string, Set<number>>();
  for (const name of NAME_INDEX.keys()) {
    const first = name[0];
    if (!lengths.has(first)) lengths.set(first, new Set());
    lengths.get(first)?.add(name.length);
  }
  return new Map([...lengths].map(([first, set]) => [first, [...set].sort((a, b) => b - a)]));
})();
