import { unitEntriesFromSheet } from "./unitSheet";

describe("unitEntriesFromSheet (单位名录)", () => {
  it("reads names, aliases listed in one cell, kinds and former names with their year", () => {
    const { entries, problems } = unitEntriesFromSheet([
      ["单位名录"],
      ["规范名称", "别名", "类别", "曾用名"],
      ["杭州市发展改革委", "杭州发改委、发改委", "市级部门", ""],
      ["国家金融监督管理总局杭州监管局", "", "垂直管理", "浙江银保监局（2023）"],
      [null, null, null, null],
    ]);
    expect(problems).toEqual([]);
    expect(entries).toEqual([
      { name: "杭州市发展改革委", kind: "市级部门", aliases: ["杭州发改委", "发改委"] },
      { name: "国家金融监督管理总局杭州监管局", kind: "垂直管理", aliases: [], formerNames: [{ name: "浙江银保监局", until: 2023 }] },
    ]);
  });

  it("reports rows it cannot read, naming the cell, and keeps the rest", () => {
    const { entries, problems } = unitEntriesFromSheet([
      ["规范名称", "别名", "类别"],
      ["市财政局", "", "部门"],
      ["", "财政", ""],
    ]);
    expect(entries).toEqual([{ name: "市财政局", kind: "其他", aliases: [] }]);
    expect(problems.map((p) => [p.code, p.row, p.column, p.value])).toEqual([
      ["settings/unknown-category", 2, "C", "部门"],
      ["settings/missing-name", 3, "A", ""],
    ]);
  });

  it("says so when the sheet has no header", () => {
    expect(unitEntriesFromSheet([["市财政局", "财政"]]).problems.map((p) => p.code)).toEqual(["settings/no-header"]);
  });
});
