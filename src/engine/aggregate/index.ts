export * from "./byUnit";
