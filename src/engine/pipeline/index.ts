export { analyzeWorkbook, type AnalyzeOptions, type PriorYearPlan, type SheetAnalysis, type WorkbookAnalysis } from "./analyzeWorkbook";
export { placeTabs } from "./placeTabs";
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
export { isAddinSheet, isUserSheet } from "./userSheets";
export { isProgressTable, lagOfSheet, type SheetLag } from "./sheetLag";
