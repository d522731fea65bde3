import type { Rule } from "../rule";
import { cellErrorValue } from "./cellErrorValue";
import { headerColumns } from "./headerColumns";
import { seqNotANumber } from "./seqNotANumber";
import { seqOrder } from "./seqOrder";
import { seqStoredAsText } from "./seqStoredAsText";
import { statusProgressMissing } from "./statusProgressMissing";
import { statusValue } from "./statusValue";
import { taskDuplicate } from "./taskDuplicate";
import { taskEmpty } from "./taskEmpty";
import { textHalfWidthPunctuation } from "./textHalfWidthPunctuation";
import { textLineBreak } from "./textLineBreak";
import { textSpaces } from "./textSpaces";
import { unitsDuplicate } from "./unitsDuplicate";
import { unitsEmpty } from "./unitsEmpty";
import { unitsNames } from "./unitsNames";
import { unitsSeparator } from "./unitsSeparator";
import { unitsVariant } from "./unitsVariant";

/**
 * Every rule, in the order their repairs are composed on a cell: spaces and line breaks first, then
 * separators, then names (which rely on clean separators), then duplicates.
 */
export const RULES: readonly Rule[] = [
  headerColumns,
  cellErrorValue,
  seqNotANumber,
  seqOrder,
  seqStoredAsText,
  taskEmpty,
  taskDuplicate,
  textSpaces,
  textLineBreak,
  textHalfWidthPunctuation,
  unitsEmpty,
  unitsSeparator,
  unitsNames,
  unitsVariant,
  unitsDuplicate,
  statusValue,
  statusProgressMissing,
];
