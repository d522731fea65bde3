import fc from "fast-check";
import { MemoryWorkbook } from "../../src/host/memory/memoryWorkbook";
import { applyChanges, revertLastBatch, validateActiveSheet } from "../../src/app/check";
import { sheet } from "./arbitraries";

describe("fix and revert on random sheets (the pane's workflow)", () => {
  it("applying every fix and reverting gives back the sheet cell for cell, and leaves nothing to undo", async () => {
    let fixed = 0;
    await fc.assert(
      fc.asyncProperty(sheet, async (grid) => {
        const workbook = new MemoryWorkbook([grid]);
        const original = await workbook.readSheet(grid.name);
        const { changes } = await validateActiveSheet(workbook);
        if (changes.length === 0) return;
        fixed += 1;
        await applyChanges(workbook, changes);
        const result = await revertLastBatch(workbook);
        expect(result).toMatchObject({ restored: changes.length, conflicts: [], remaining: 0 });
        expect(await workbook.readSheet(grid.name)).toEqual(original);
      }),
      // PROPERTY_RUNS raises it for long hunts; the usual count keeps CI quick.
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 250) },
    );
    // Enough of the random sheets must carry fixes, or this proves nothing.
    expect(fixed).toBeGreaterThan(20);
  });
});
