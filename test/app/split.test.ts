import { splitWorkbook, writeReturn } from "../../src/app/split";
import type { SheetGrid } from "../../src/engine/grid";
import { openWorkbookFile } from "../../src/host/files";
import { MemoryWorkbook } from "../../src/host/memory/memoryWorkbook";
import { fixture } from "../cli/runCli";

async function firstSheet(name: string): Promise<SheetGrid> {
  const book = await openWorkbookFile(fixture(name));
  return book.readSheet((await book.sheetNames())[0]);
}

describe("分发 over the port (a workbook in memory, as the pane would have it)", () => {
  it("splits the active sheet with the workbook's own 单位名录, and writes a return as a sheet with its dropdown", async () => {
    const master = await firstSheet("places/zhonglou-2024-zhongdian.xlsx");
    // Outside Jiaxing the registry is the workbook's own: here it says 发改局 and 区发改局 are one unit.
    const units: SheetGrid = {
      name: "单位名录",
      values: [
        ["规范名称", "别名", "类别"],
        ["区发改局", "发改局", "市级部门"],
      ],
      merges: [],
    };
    const workbook = new MemoryWorkbook([units, master], master.name);
    const split = await splitWorkbook(workbook);
    expect(split.sheet).toBe(master.name);
    const unit = split.units.find((u) => u.unit === "区发改局");
    expect(unit && [unit.lead, unit.coop, unit.fileName]).toEqual([1, 0, "区发改局.xlsx"]);
    expect(split.units.some((u) => u.unit === "发改局")).toBe(false);

    await writeReturn(workbook, unit!);
    expect(await workbook.sheetNames()).toEqual(["单位名录", master.name, "区发改局"]);
    const written = await workbook.readSheet("区发改局");
    expect(written.values[1]).toEqual(["序号", "工 作 标 准", "牵头单位", "配合单位", "本单位职责", "进展情况", "进展状态"]);
    expect(written.values[2].slice(2, 5)).toEqual(["发改局", "经开区、高新园(邹区镇)、各街道、统计局", "牵头"]);
    expect(workbook.validations).toEqual([{ sheet: "区发改局", range: { top: 2, left: 6, bottom: 2, right: 6 }, values: unit!.status.values }]);
  });

  it("splits a sheet named, not the active one", async () => {
    const master = await firstSheet("2021_上半年执行情况.xlsx");
    const other = await firstSheet("places/zhonglou-2024-zhongdian.xlsx");
    const split = await splitWorkbook(new MemoryWorkbook([other, master], other.name), { sheet: master.name, asOf: "2021-07-15" });
    expect([split.sheet, split.tasks, split.units.length, split.asOf]).toEqual([master.name, 96, 58, "2021-07-15"]);
  });
});
