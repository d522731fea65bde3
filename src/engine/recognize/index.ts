export { recognizeSheet } from "./recognizeSheet";
export { headerRole } from "./headers";
export { parseSeq, isSectionHeading, isNoteText, leadingItemNumber } from "./rowPatterns";
export * from "./types";
export { peopleNames, type CellKind } from "./cellKinds";
export { describeWhy, type RoleWhy } from "./columnRoles";
