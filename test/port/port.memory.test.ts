/** The shared port suite on the in-memory workbook (the preview's), which has no formulas to guard against. */
import { MemoryWorkbook } from "../../src/host/memory/memoryWorkbook";
import { portSuite } from "./portSuite";

portSuite({
  name: "the in-memory workbook",
  open(sheets, active) {
    const workbook = new MemoryWorkbook(sheets, active);
    return { port: workbook, formulas: () => [], marks: (sheet) => [...workbook.marks.values()].filter((m) => m.sheet === sheet).length };
  },
});
