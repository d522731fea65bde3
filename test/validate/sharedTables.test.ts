import { cellAddress, type SheetGrid } from "../../src/engine/grid";
import { recognizeSheet } from "../../src/engine/recognize";
import { builtinRegistry } from "../../src/engine/units/registry";
import { splitUnitList } from "../../src/engine/units/split";
import { applyChanges, cellWritesBySheet, planFixes, validateSheet, type Issue } from "../../src/engine/validate";
import { openWorkbookFile } from "../../src/host/files";
import { fixture } from "../cli/runCli";

/**
 * The issue's measured claims, checked on the published tables. Expected cells are found from the raw text
 * with independent, simple tests (a regex, a column), never by asking the validator.
 */
async function grid(name: string): Promise<SheetGrid> {
  const workbook = await openWorkbookFile(fixture(name));
  return workbook.readSheet((await workbook.sheetNames())[0]);
}

const TABLES = ["2021_上半年执行情况.xlsx", "2024_责任分解.xlsx", "2021_责任分解.xlsx", "2021_专项行动.xlsx", "2021_民生实事.xlsx", "2024_主要目标.xlsx"];

/** Every cell of a role's column in data rows, with its A1 address. */
function columnCells(sheet: SheetGrid, role: "task" | "units" | "status" | "progress"): { cell: string; text: string; row: number }[] {
  const cells: { cell: string; text: string; row: number }[] = [];
  for (const table of recognizeSheet(sheet).tables) {
    const col = table.columns[role];
    if (col === undefined) continue;
    for (const row of table.rows) {
      if (row.type !== "task" && row.type !== "continuation") continue;
      const value = sheet.values[row.index]?.[col];
      cells.push({ cell: cellAddress(row.index, col), text: typeof value === "string" ? value : value == null ? "" : String(value), row: row.index + 1 });
    }
  }
  return cells;
}

const at = (issues: Issue[], code: string) => new Set(issues.filter((i) => i.code === code).map((i) => i.cell));

describe("validation on the shared tables", () => {
  it("reports every stray space after 、 inside a unit list, at its cell, with the space removed", async () => {
    for (const name of TABLES) {
      const sheet = await grid(name);
      const issues = validateSheet(sheet);
      const expected = columnCells(sheet, "units").filter((c) => /、[ \u3000]/u.test(c.text));
      for (const cell of expected) {
        const issue = issues.find((i) => i.cell === cell.cell && i.code === "units/separator");
        expect(issue).toBeDefined();
        expect(String(issue?.fix)).not.toMatch(/、\s/u);
      }
      if (name === "2024_责任分解.xlsx") expect(expected.length).toBe(23);
    }
  });

  it("reports every half-width comma in the 2021 H1 report's task texts, at its cell", async () => {
    const sheet = await grid("2021_上半年执行情况.xlsx");
    const issues = validateSheet(sheet);
    const expected = columnCells(sheet, "task").filter((c) => /[\u4e00-\u9fff”）],|,[\u4e00-\u9fff“（]/u.test(c.text));
    expect(expected.length).toBeGreaterThan(50);
    const found = at(issues, "text/half-width-punctuation");
    for (const cell of expected) expect(found).toContain(cell.cell);
    for (const issue of issues.filter((i) => i.code === "text/half-width-punctuation" && i.column === "B")) {
      expect(String(issue.fix)).not.toMatch(/[\u4e00-\u9fff],[\u4e00-\u9fff]/u);
    }
  });

  it("reports every unit written without its 市 prefix in the H1 report, with the canonical name as fix", async () => {
    const sheet = await grid("2021_上半年执行情况.xlsx");
    const issues = validateSheet(sheet);
    const bare = ["长三角发展办", "交通运输局", "经信局", "生态环境局"];
    const expected = columnCells(sheet, "units").filter((c) => splitUnitList(c.text).parts.some((p) => bare.includes(p.text)));
    expect(expected.length).toBeGreaterThanOrEqual(10);
    for (const cell of expected) {
      const issue = issues.find((i) => i.cell === cell.cell && i.code === "units/alias");
      expect(issue?.severity).toBe("warning");
      const fixedUnits = splitUnitList(String(issue?.fix)).parts.map((p) => p.text);
      for (const name of bare) expect(fixedUnits).not.toContain(name);
    }
    const d3 = issues.find((i) => i.cell === "D3" && i.code === "units/alias");
    expect(d3?.params).toMatchObject({ unit: "长三角发展办", canonical: "市长三角发展办" });
  });

  it("reports the empty status of H1 task 14 at its cell", async () => {
    const sheet = await grid("2021_上半年执行情况.xlsx");
    const empty = validateSheet(sheet).filter((i) => i.code === "status/empty");
    expect(empty.map((i) => i.cell)).toEqual(["E17"]);
    expect(sheet.values[16][0]).toBe(14);
  });

  it("finds two units run together in the H1 report and separates them", async () => {
    const sheet = await grid("2021_上半年执行情况.xlsx");
    const issue = validateSheet(sheet).find((i) => i.code === "units/separator" && String(i.params.kinds).includes("missing"));
    expect(issue?.fix).toBe("市科技局、各县(市、区)政府、嘉兴经济技术开发区(国际商务区)、嘉兴港区");
  });

  it("knows every unit of the shared tables", async () => {
    const registry = builtinRegistry();
    for (const name of TABLES) {
      const sheet = await grid(name);
      expect(validateSheet(sheet).filter((i) => i.code === "units/unknown")).toEqual([]);
      for (const cell of columnCells(sheet, "units")) {
        for (const part of splitUnitList(cell.text).parts) {
          expect(registry.lookup(part.text) ?? registry.segment(part.text)).not.toBeNull();
        }
      }
    }
  });

  it("notes a unit renamed after the sheet's year without changing it", async () => {
    const issues = validateSheet(await grid("2021_责任分解.xlsx"));
    const renamed = issues.filter((i) => i.code === "units/alias");
    expect(renamed.length).toBeGreaterThan(0);
    for (const issue of renamed) {
      expect(issue.severity).toBe("info");
      expect(issue.fix).toBeUndefined();
    }
  });

  it("leaves a clean, fixed copy with no issue that has a fix, and changes nothing but the fixed cells", async () => {
    for (const name of TABLES) {
      const sheet = await grid(name);
      const issues = validateSheet(sheet);
      const changes = planFixes(issues);
      const fixed = applyChanges(sheet, changes);
      expect(validateSheet(fixed).filter((i) => i.fix !== undefined)).toEqual([]);
      const changed = new Set(changes.map((c) => c.cell));
      sheet.values.forEach((row, r) =>
        row.forEach((value, c) => {
          if (!changed.has(cellAddress(r, c))) expect(fixed.values[r][c]).toEqual(value);
        }),
      );
    }
  });

  it("turns the fixes into 0-based cell writes for the sheet, each the value the fixed copy holds", async () => {
    const sheet = await grid("2021_上半年执行情况.xlsx");
    const changes = planFixes(validateSheet(sheet));
    const fixed = applyChanges(sheet, changes);
    const writes = cellWritesBySheet(changes);
    expect([...writes.keys()]).toEqual([sheet.name]);
    const sheetWrites = writes.get(sheet.name) ?? [];
    expect(sheetWrites.map((w) => cellAddress(w.row, w.col))).toEqual(changes.map((c) => c.cell));
    for (const w of sheetWrites) expect(w.value).toEqual(fixed.values[w.row][w.col]);
  });

  it("gives no issue at all on the 2024 targets table, whose numbering runs on across sections", async () => {
    expect(validateSheet(await grid("2024_主要目标.xlsx"))).toEqual([]);
  });
});
