/**
 * What the unit cells (责任单位, 牵头单位 …) say about the place: the divisions whose government or bodies they
 * name ("嘉善县政府", "苍南县教育局", "市公安局苍南分局"), and the level their unnamed bodies suggest ("县教育局"
 * is a county's, "市发改委" a city's).
 */
import { unitNames } from "../units/split";
import type { Division } from "./divisions";
import { foldPlace, mayNameUnit, scanNames } from "./scanNames";

/** How the unnamed units read: a county's ("县教育局", "XX街道"), a city's ("市发改委", "各县（市、区）政府"), or no telling. */
export type LevelHint = "city" | "county" | null;

/** Separators the unit splitter does not take, seen between units in place of 、. */
const OTHER_SEPARATORS = /[/／|]+/u;
const LABEL = /^(?:牵头|责任|配合|协办|主办|参与|主责)?(?:单位|部门)[：:]/u;
const NUMBERING = /^(?:[（(]?[0-9０-９一二三四五六七八九十]{1,2}[)）.．、]|[①-⑳])/u;
const EDGE_PUNCTUATION = /^[。.*＊"“”'‘’★☆●○◆◇■□※]+|[。.*＊"“”'‘’★☆●○◆◇■□※]+$/gu;

/**
 * The units written in one cell, as the unit columns' splitter reads them (unitNames), in order: label
 * ("牵头单位：") and numbering ("1.", "2、") removed.
 */
export function splitUnits(cell: string): string[] {
  return unitNames(cell)
    .flatMap((part) => part.split(OTHER_SEPARATORS))
    .map((unit) => unit.trim().replace(LABEL, "").replace(NUMBERING, "").replace(EDGE_PUNCTUATION, ""))
    .filter((unit) => LETTER.test(unit));
}

const LETTER = /\p{L}/u;

/** Each unit once, in order of first appearance; a cell repeated across rows is split once. */
export function distinctUnits(cells: readonly string[]): string[] {
  const units = new Set<string>();
  for (const cell of new Set(cells)) if (typeof cell === "string") for (const unit of splitUnits(cell)) units.add(unit);
  return [...units];
}

const COUNTY_BODY = /^[县区旗]\p{Script=Han}{2,}/u;
const TOWN = /(?:街道|镇|乡)(?:办事处|人民政府|政府|党委|党工委)?$|^各(?:乡镇|镇|乡|街道)/u;
const CITY_BODY = /^市(?![场县区])\p{Script=Han}{2,}/u;
const CITY_OVER_COUNTIES = /^各(?:县|区|市)/u;

/** The level most unnamed units are written at; a tie tells nothing. */
export function unitLevelHint(units: readonly string[]): LevelHint {
  let county = 0;
  let city = 0;
  for (const unit of units) {
    if (COUNTY_BODY.test(unit) || TOWN.test(unit)) county++;
    else if (CITY_BODY.test(unit) || CITY_OVER_COUNTIES.test(unit)) city++;
  }
  return county > city ? "county" : city > county ? "city" : null;
}

export interface UnitReading {
  place: readonly Division[];
  /** Named as the branch of a body ("市公安局苍南分局", "生态环境局余姚分局"): a unit of the county's own. */
  branch: boolean;
}

/**
 * The division a unit belongs to, or null: named at its start ("苍南县教育局", "嘉兴市生态环境局嘉善分局" →
 * 嘉善县), or as the branch of a body ("市公安局苍南分局" → 苍南县). A name inside it names no government
 * ("人行嘉兴市中心支行", "国家金融监督管理总局嘉兴监管分局"), nor does a short city name ("嘉兴学院").
 */
export function readUnit(unit: string): UnitReading | null {
  if (!mayNameUnit(unit)) return null;
  const { hits } = scanNames(unit, { regionShorts: false });
  const first = hits.findIndex((hit) => hit.start === 0 || hit.branch);
  if (first < 0) return null;
  const named = hits.slice(first);
  const place = foldPlace(named);
  if (place === null) return null;
  return { place, branch: named.some((hit) => hit.branch && hit.candidates.some((c) => place.includes(c))) };
}
