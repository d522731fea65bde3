/** The characters that make Excel (or a careless writer) read typed text as a formula. */
const LEADS = ["=", "+", "-", "@"];
/** Hide a formula from a check of the first character only (CSV injection). */
const HIDERS = ["\t", "\r"];

/**
 * Cell text every writer must keep as text (issue 7): each leading character alone and before a formula, a
 * tab or CR hiding each of the four, and the everyday cases (a phone number, a negative share).
 */
export const FORMULA_LIKE_TEXTS: readonly string[] = [
  ...[...LEADS, ...HIDERS].flatMap((lead) => [lead, `${lead}SUM(A1:A3)`]),
  ...HIDERS.flatMap((hider) => LEADS.map((lead) => `${hider}${lead}1+1`)),
  "=1+1",
  "+86-573",
  "-3%",
  ...HIDERS.flatMap((hider) => [`${hider}+86-573`, `${hider}-3%`, `${hider}@SUM(A1:A3)`]),
];
