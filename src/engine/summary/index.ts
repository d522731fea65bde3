export * from "./buildSummary";
export * from "./tabNames";
export { displayWidth, fitColumnWidths, wrappedLines } from "./columnWidths";
