export * from "./buildSummary";
export * from "./tabNames";
export { displayWidth, fitColumnWidths } from "./columnWidths";
