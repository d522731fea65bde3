export * from "./buildSummary";
export * from "./tabNames";
export { summaryLabels, type Day, type SummaryLabels, type SummaryTab } from "./labels";
export { displayWidth, fitColumnWidths, wrappedLines } from "./columnWidths";
