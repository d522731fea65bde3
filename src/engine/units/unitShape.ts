/**
 * Whether a name reads as an organisation — a bureau, a committee, a government, a company, a township — from
 * its last characters alone. Another place's units are in no registry, so recognition and the workbook's own
 * registry judge them by their shape: Chinese bodies end in a handful of words (局, 委, 办, 中心, 公司, 政府, 街道 …).
 */
import { foldText, withoutBrackets } from "../text";

/** Endings of organisations' names; longer endings first is not needed, as any match is enough. */
const ORGANISATION_ENDING =
  /(局|委|办|部|厅|院|会|中心|公司|集团|政府|街道|办事处|镇|乡|场|所|站|队|社|行|处|科|室|股|团|联|馆|校|园区|区|县|市|州|旗|组|署|台|关|支队|大队|单位|部门|机构|企业|医院|银行|协会|工会|学校|党委|党组|管委会|指挥部|医共体|口|系统|有关方面)$/u;

/** Words that end like an organisation but name no unit ("社区" in a task phrase is a place, 全市 is everyone). */
const NOT_A_UNIT = /^(全|本|我|各地|市县|省市县|县区|社区|小区|城区|景区|园区|校园|地区|辖区|片区|市场|现场|机场|广场|农场|操场|全市|全县|全区)$/u;

/** Longest name still read as one unit: longer cells are sentences. */
const MAX_UNIT_LENGTH = 30;

/** Whether one name (a part of a unit list) has the shape of an organisation's name. */
export function looksLikeUnit(name: string): boolean {
  const folded = withoutBrackets(foldText(name)).replace(LEADING_EACH, "");
  if (folded.length < 2 || folded.length > MAX_UNIT_LENGTH || NOT_A_UNIT.test(folded)) return false;
  if (SENTENCE_MARK.test(folded) || DIGIT.test(folded)) return false;
  return ORGANISATION_ENDING.test(folded);
}

/** "各有关单位", "各乡镇" — a list of bodies is a unit column's cell too. */
const LEADING_EACH = /^(各|相关|有关)+/u;
const SENTENCE_MARK = /[。；;：:！？]/u;
const DIGIT = /\d/u;
