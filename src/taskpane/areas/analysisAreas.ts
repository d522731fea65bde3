/** The areas App.tsx loads on demand, in one chunk with the part of the engine they need (analyses.ts). */
export { LagArea } from "./LagArea";
export { PriorArea } from "./PriorArea";
export { SummaryArea } from "./SummaryArea";
