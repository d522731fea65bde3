/**
 * China's administrative divisions down to county level, unpacked once from divisions.generated.ts (see
 * scripts/build-divisions.js for the packed form).
 */
import { PACKED_DIVISIONS } from "./divisions.generated";

export type DivisionLevel = "province" | "city" | "county";

export interface Division {
  /** GB/T 2260 code, six digits: "330327". */
  code: string;
  /** Full name: "苍南县", "恩施土家族苗族自治州". */
  name: string;
  level: DivisionLevel;
  parent: Division | null;
  province: Division;
  /** The prefecture-level division a county belongs to, or the city itself; a 直辖市 and its districts give the 直辖市; null for other provinces and 省直辖县级行政单位. */
  city: Division | null;
}

function unpack(packed: string): Division[] {
  const byCode = new Map<string, Division>();
  const all: Division[] = [];
  // Lines come in code order, so a parent is always read before its children.
  for (const line of packed.split("\n")) {
    const colon = line.indexOf(":");
    const parent = colon === 0 ? null : (byCode.get(line.slice(0, colon)) ?? null);
    for (const item of line.slice(colon + 1).split(",")) {
      const code = item.slice(0, 6);
      // Prefecture codes end in 00; county codes never do (GB/T 2260).
      const level: DivisionLevel = parent === null ? "province" : code.endsWith("00") ? "city" : "county";
      // province and city are filled in below: a province is its own, a city is known once all are read.
      const division = { code, name: item.slice(6), level, parent, city: null } as Division;
      division.province = parent?.province ?? division;
      all.push(division);
      byCode.set(code, division);
    }
  }
  for (const d of all) d.city = cityOf(d);
  return all;
}

function cityOf(d: Division): Division | null {
  if (d.level === "city") return d;
  if (d.level === "county" && d.parent?.level === "city") return d.parent;
  return isMunicipality(d.province) ? d.province : null;
}

/** 北京市, 天津市, 上海市, 重庆市: province-level cities. */
export function isMunicipality(d: Division): boolean {
  return d.level === "province" && d.name.endsWith("市");
}

/** Every division, in code order within each parent. */
export const DIVISIONS: readonly Division[] = unpack(PACKED_DIVISIONS);

const BY_CODE = new Map(DIVISIONS.map((d) => [d.code, d]));

export function divisionByCode(code: string): Division | null {
  return BY_CODE.get(code) ?? null;
}

/** True when `inner` lies inside `outer` (its parent, or its parent's parent); false for the same division. */
export function isWithin(inner: Division, outer: Division): boolean {
  for (let d = inner.parent; d !== null; d = d.parent) if (d === outer) return true;
  return false;
}
