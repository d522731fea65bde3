/** The areas App.tsx loads on demand, with the use cases they need (src/app: lag, priorYear, summary) and their part of the engine. */
export { LagArea } from "./LagArea";
export { PriorArea } from "./PriorArea";
export { SummaryArea } from "./SummaryArea";
