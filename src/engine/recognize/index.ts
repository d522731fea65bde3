export { recognizeEdited, recognizeSheet } from "./recognizeSheet";
export { sheetYear } from "./sheetYear";
export { headerRole } from "./headers";
export { parseSeq, isSectionHeading, isNoteText, leadingItemNumber } from "./rowPatterns";
export * from "./types";
export { peopleNames, type CellKind } from "./cellKinds";
export { describeWhy, KIND_WORDS, type RoleWhy } from "./columnRoles";
export { CELL_KIND_WORDS_ZH, describeWhyZh } from "./whyZh";
