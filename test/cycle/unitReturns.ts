/**
 * Returns as the units send them back, made from a master sheet in the layout the cycle agreed (BRIEF_CYCLE: one
 * sheet per unit named after it, a title row naming the unit, the report, the as-of date and the instruction, the
 * master's header words, a 本单位职责 column, empty 进展情况 / 进展状态), for the merge tests until split's own
 * files can be used. The merge reads any return: nothing in it depends on this layout.
 */
import { cellAt, cellText, type CellValue, type SheetGrid } from "../../src/engine/grid";
import { recognizeSheet } from "../../src/engine/recognize";
import { taskRecords } from "../../src/engine/tasks";
import { canonicalUnits, type UnitRegistry } from "../../src/engine/units/registry";

export interface UnitReturn {
  unit: string;
  grid: SheetGrid;
}

/** A master line in a unit's return: its row in the master (1-based) and in the return (0-based index). */
export interface ReturnRowOf {
  masterRow: number;
  seq: string;
  duty: "牵头" | "配合";
}

const header = (grid: SheetGrid, index: number, col: number | undefined, fallback: string) =>
  col === undefined ? fallback : cellText(cellAt(grid, index, col)).trim() || fallback;

/** One return per unit of the master (lead or co-operating on a line), in order of first appearance. */
export function unitReturns(master: SheetGrid, registry: UnitRegistry, asOf: string): (UnitReturn & { rows: ReturnRowOf[] })[] {
  const recognition = recognizeSheet(master);
  const table = recognition.tables[0];
  const { columns } = table;
  const heading = [
    header(master, table.headerEnd, columns.seq, "序号"),
    header(master, table.headerEnd, columns.task, "重点工作"),
    header(master, table.headerEnd, columns.units, "牵头单位"),
    header(master, table.headerEnd, columns.coUnits, "配合单位"),
    "本单位职责",
    header(master, table.headerEnd, columns.progress, "进展情况"),
    header(master, table.headerEnd, columns.status, "进展状态"),
  ];
  const byUnit = new Map<string, { values: CellValue[][]; rows: ReturnRowOf[] }>();
  for (const record of taskRecords(master, recognition)) {
    for (const line of record.lines) {
      const own = [...line.units, ...line.coUnits];
      const names = own.length > 0 ? own : [...record.lines[0].units, ...record.lines[0].coUnits];
      const units = canonicalUnits(registry, names);
      units.forEach((unit, i) => {
        const duty = i === 0 ? "牵头" : "配合";
        let entry = byUnit.get(unit);
        if (!entry) byUnit.set(unit, (entry = { values: [], rows: [] }));
        entry.values.push([record.seq, line.text, units[0], units.slice(1).join("、"), duty, null, null]);
        entry.rows.push({ masterRow: line.row, seq: record.seq, duty });
      });
    }
  }
  const report = table.title ?? master.name;
  return [...byUnit].map(([unit, { values, rows }]) => ({
    unit,
    rows,
    grid: {
      name: unit.replace(/[[\]:*?/\\]/gu, "_").slice(0, 31),
      values: [[`${unit}：${report}（截至${asOf}） 请填写“进展情况”“进展状态”两列；请勿修改序号和任务内容`], heading, ...values],
      merges: [{ top: 0, left: 0, bottom: 0, right: heading.length - 1 }],
    },
  }));
}
