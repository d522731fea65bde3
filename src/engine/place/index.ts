/** Which place a workbook belongs to (嘉兴市, 苍南县 …), read from its titles, names and units. */
export { detectPlace, type Place, type PlaceEvidence, type PlaceInput } from "./detectPlace";
export { placeInput, workbookPlace } from "./workbookPlace";
