import { MAX_CELL_TEXT } from "../grid";
import { cellList, fitCell } from "./fitCells";
import { summaryLabels } from "./labels";

const zh = summaryLabels("zh-CN");
const en = summaryLabels("en-US");

describe("a generated cell fitted to Excel's 32,767 characters", () => {
  it("keeps a list that fits whole, and any short value as it is", () => {
    expect(fitCell(cellList(["1", "2", "3"], "、"), zh)).toEqual({ value: "1、2、3", cut: false });
    expect(fitCell(42, zh)).toEqual({ value: 42, cut: false });
    expect(fitCell("甲".repeat(MAX_CELL_TEXT), zh)).toEqual({ value: "甲".repeat(MAX_CELL_TEXT), cut: false });
  });

  it.each([
    ["zh-CN", zh, /^(.*)…等 (\d+) 项$/su],
    ["en-US", en, /^(.*)… and (\d+) more$/su],
  ] as const)("cuts a list at a whole item and counts what is left out (%s)", (_, labels, ending) => {
    const units = Array.from({ length: 7_000 }, (_, i) => `第${i + 1}工作专班`);
    const { value, cut } = fitCell(cellList(units, labels.listSeparator), labels);
    expect(cut).toBe(true);
    const text = value as string;
    expect(text.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
    const [, kept, more] = ending.exec(text) ?? [];
    const items = kept.split(labels.listSeparator);
    expect(items).toEqual(units.slice(0, items.length));
    expect(items.length + Number(more)).toBe(units.length);
    // As many whole items as fit: one more would not.
    expect(`${kept}${labels.listSeparator}${units[items.length]}${labels.more(Number(more) - 1)}`.length).toBeGreaterThan(MAX_CELL_TEXT);
  });

  it("cuts a text (or a list of one too long item) at a character, never inside an emoji", () => {
    const long = `${"长".repeat(MAX_CELL_TEXT - 12)}${"😀".repeat(100)}`;
    for (const cell of [long, cellList([long], "、")]) {
      const { value, cut } = fitCell(cell, zh);
      const text = value as string;
      expect(cut).toBe(true);
      expect(text.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
      const [, kept, more] = /^(.*)…（余 (\d+) 字）$/su.exec(text) ?? [];
      expect(kept.length + Number(more)).toBe(long.length);
      expect(long.startsWith(kept)).toBe(true);
      expect(kept).not.toMatch(/[\uD800-\uDBFF]$/u);
    }
  });
});
