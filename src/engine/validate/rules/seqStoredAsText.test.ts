import { seqStoredAsText } from "./seqStoredAsText";
import { found, issuesOf, sheet, TASK_HEADER } from "./testHelpers";

const seqs = (...values: (string | number | null)[]) =>
  sheet(
    TASK_HEADER,
    values.map((seq, i) => [seq, `任务${i}。`, "市财政局"]),
  );

describe("seqStoredAsText", () => {
  it("gives no issue on a column of numbers, or of plain text numbers", () => {
    expect(found(seqStoredAsText, seqs(1, 2, 3))).toEqual([]);
    expect(found(seqStoredAsText, seqs("1", "2", "3"))).toEqual([]);
  });

  it("turns a number stored as text into a number where the column holds numbers", () => {
    expect(
      issuesOf(
        seqStoredAsText,
        sheet(TASK_HEADER, [
          [1, "甲。", "市财政局"],
          ["2", "乙。", "市财政局"],
        ]),
      ),
    ).toEqual([{ code: "seq/number-stored-as-text", severity: "info", cell: "A4", fix: 2 }]);
    expect(found(seqStoredAsText, seqs(1, 2, "3", 4))).toEqual([{ code: "seq/number-stored-as-text", severity: "info", cell: "A5", row: 5, fix: 3 }]);
  });

  it("turns spaced and full-width text numbers into plain numbers in a number column", () => {
    expect(found(seqStoredAsText, seqs(1, " 2 ", "３"))).toEqual([
      { code: "seq/number-stored-as-text", severity: "info", cell: "A4", row: 4, fix: 2 },
      { code: "seq/number-stored-as-text", severity: "info", cell: "A5", row: 5, fix: 3 },
    ]);
  });

  it("reports zero-padded and overlong text numbers in a number column without turning them into numbers", () => {
    // Found by the property test: "00" became 0. As numbers these would show 1 and 12345678901234567000.
    expect(found(seqStoredAsText, seqs(1, "01", "00", "12345678901234567890"))).toEqual([
      { code: "seq/number-stored-as-text", severity: "info", cell: "A4", row: 4 },
      { code: "seq/number-stored-as-text", severity: "info", cell: "A5", row: 5 },
      { code: "seq/number-stored-as-text", severity: "info", cell: "A6", row: 6 },
    ]);
  });

  it("writes full-width digits as plain ones in an all-text column", () => {
    expect(
      issuesOf(
        seqStoredAsText,
        sheet(TASK_HEADER, [
          ["1", "甲。", "市财政局"],
          ["２", "乙。", "市财政局"],
        ]),
      ),
    ).toEqual([{ code: "seq/number-stored-as-text", severity: "info", cell: "A4", fix: "2" }]);
    expect(found(seqStoredAsText, seqs("1", " 2"))).toEqual([{ code: "seq/number-stored-as-text", severity: "info", cell: "A4", row: 4, fix: "2" }]);
  });

  it("leaves marked numbers, sub-numbers, words, section headings and continuation rows alone", () => {
    const grid = sheet(TASK_HEADER, [
      [1, "甲。", "市财政局"],
      ["2*", "乙。", "市财政局"],
      ["2.1", "乙之一。", "市财政局"],
      [null, "乙的续行。", "市财政局"],
      ["二、产业发展", null, null],
      ["一项", "丙。", "市财政局"],
    ]);
    expect(found(seqStoredAsText, grid)).toEqual([]);
  });
});
