import { unitsEmpty } from "./unitsEmpty";
import { found, issuesOf, merged, sheet, TASK_HEADER } from "./testHelpers";

const units = (...texts: (string | null)[]) =>
  sheet(
    TASK_HEADER,
    texts.map((text, i) => [i + 1, `任务${i}。`, text]),
  );

describe("unitsEmpty", () => {
  it("reports a task without a responsible unit", () => {
    expect(
      issuesOf(
        unitsEmpty,
        sheet(TASK_HEADER, [
          [1, "甲。", "市财政局"],
          [2, "乙。", "、"],
        ]),
      ),
    ).toEqual([{ code: "units/empty", severity: "error", cell: "C4" }]);
  });

  it("gives no issue when every task has a unit, even an unknown one", () => {
    expect(found(unitsEmpty, units("市财政局", "市财政局、市税务局", "市火星局"))).toEqual([]);
  });

  it("reports empty cells, spaces and separators alone, without a fix", () => {
    expect(found(unitsEmpty, units(null, "  ", "，", "、 、", "\u3000"))).toEqual([
      { code: "units/empty", severity: "error", cell: "C3", row: 3 },
      { code: "units/empty", severity: "error", cell: "C4", row: 4 },
      { code: "units/empty", severity: "error", cell: "C5", row: 5 },
      { code: "units/empty", severity: "error", cell: "C6", row: 6 },
      { code: "units/empty", severity: "error", cell: "C7", row: 7 },
    ]);
  });

  it("lets 配合单位 stay empty and ignores section headings", () => {
    const grid = sheet(
      ["序号", "主要工作任务", "牵头单位", "配合单位"],
      [
        ["一、科技创新", null, null, null],
        [1, "甲。", "市科技局", null],
      ],
    );
    expect(found(unitsEmpty, grid)).toEqual([]);
  });

  it("does not report the lower part of a units cell merged over the task's lines", () => {
    const grid = merged(
      TASK_HEADER,
      [
        [1, "推进项目建设。", "市财政局"],
        [null, "打造示范。", null],
      ],
      [{ top: 2, left: 2, bottom: 3, right: 2 }],
    );
    expect(found(unitsEmpty, grid)).toEqual([]);
  });
});
