export { analyzeWorkbook, type AnalyzeOptions, type PriorYearPlan, type SheetAnalysis, type WorkbookAnalysis } from "./analyzeWorkbook";
export { placeTabs, type PlacedTabs, type TakenName } from "./placeTabs";
export {
  addinSheets,
  provenRecord,
  RECORD_SETTING,
  RECORD_SHEET,
  recordName,
  recordPlace,
  recordSettings,
  type ProvenRecords,
  type RecordKind,
} from "./addinRecords";
export {
  changeLines,
  comparePriorYear,
  defaultPriorSpec,
  type CompareOptions,
  type NotComparableJson,
  priorComparisonRows,
  tasksOfProse,
  tasksOfSheets,
  type PriorYearMatch,
  type YearTask,
  type TargetChangeJson,
} from "./priorYear";
export { isUserSheet } from "./userSheets";
export { isProgressTable, lagOfSheet, type SheetLag } from "./sheetLag";
