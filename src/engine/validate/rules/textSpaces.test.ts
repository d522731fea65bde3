import { textSpaces } from "./textSpaces";
import { found, issuesOf, PROGRESS_HEADER, sheet, TASK_HEADER } from "./testHelpers";

const tasks = (...texts: (string | number)[]) =>
  sheet(
    TASK_HEADER,
    texts.map((text, i) => [i + 1, text, "市财政局"]),
  );

describe("textSpaces", () => {
  it("trims leading and trailing spaces and collapses doubled ones, leaving single spaces", () => {
    const grid = sheet(TASK_HEADER, [
      [1, " 推进项目建设。 ", "市财政局"],
      [2, "建设  G60 科创走廊。", "市科技局"],
      [3, "推进 A 级景区建设。", "市文化广电旅游局"],
    ]);
    expect(issuesOf(textSpaces, grid)).toEqual([
      { code: "text/spaces", severity: "info", cell: "B3", fix: "推进项目建设。" },
      { code: "text/spaces", severity: "info", cell: "B4", fix: "建设 G60 科创走廊。" },
    ]);
  });

  it("gives no issue on tidy text, single inner spaces and numbers", () => {
    expect(found(textSpaces, tasks("推进项目建设。", "建设 G60 科创走廊。", 2024, "甲\n乙"))).toEqual([]);
  });

  it("fixes a leading space, a trailing space and a doubled space, each on its own", () => {
    expect(found(textSpaces, tasks(" 推进项目建设。", "推进项目建设。 ", "推进项目  建设。"))).toEqual([
      { code: "text/spaces", severity: "info", cell: "B3", row: 3, fix: "推进项目建设。" },
      { code: "text/spaces", severity: "info", cell: "B4", row: 4, fix: "推进项目建设。" },
      { code: "text/spaces", severity: "info", cell: "B5", row: 5, fix: "推进项目 建设。" },
    ]);
  });

  it("treats full-width spaces, no-break spaces and tabs as spaces", () => {
    expect(found(textSpaces, tasks("\u3000\u3000推进项目建设。", "推进项目建设。\u00a0", "推进\t\t建设。", "推进\u3000\u3000建设。"))).toEqual([
      { code: "text/spaces", severity: "info", cell: "B3", row: 3, fix: "推进项目建设。" },
      { code: "text/spaces", severity: "info", cell: "B4", row: 4, fix: "推进项目建设。" },
      { code: "text/spaces", severity: "info", cell: "B5", row: 5, fix: "推进 建设。" },
      { code: "text/spaces", severity: "info", cell: "B6", row: 6, fix: "推进 建设。" },
    ]);
  });

  it("trims spaces at the ends of each line, keeping the line breaks", () => {
    expect(found(textSpaces, tasks("推进项目 \n 建设。"))).toEqual([{ code: "text/spaces", severity: "info", cell: "B3", row: 3, fix: "推进项目\n建设。" }]);
  });

  it("sees a space at the start of a line after an old Mac break, as after any other", () => {
    const grid = sheet(PROGRESS_HEADER, [[1, "推进。", "已开工；\r 已竣工。", "市财政局", "按时推进"]], "2021年执行情况（上半年）");
    expect(found(textSpaces, grid)).toEqual([{ code: "text/spaces", severity: "info", cell: "C3", row: 3, fix: "已开工；\r已竣工。" }]);
  });

  it("checks progress and status cells, and leaves units to the units rules", () => {
    const grid = sheet(PROGRESS_HEADER, [[1, "推进。", " 已开工。", " 市财政局 ", "按时推进 "]], "2021年执行情况（上半年）");
    expect(found(textSpaces, grid)).toEqual([
      { code: "text/spaces", severity: "info", cell: "C3", row: 3, fix: "已开工。" },
      { code: "text/spaces", severity: "info", cell: "E3", row: 3, fix: "按时推进" },
    ]);
  });
});
