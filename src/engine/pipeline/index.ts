export { analyzeWorkbook, type AnalyzeOptions, type SheetAnalysis, type WorkbookAnalysis } from "./analyzeWorkbook";
export { placeTabs } from "./placeTabs";
