/**
 * The bad-file corpus (test/fixtures/bad and the odd encodings beside it): for each, exactly what a user
 * sees from the command line. Files that cannot be read get one line naming the file and what to do, and
 * exit code 2; odd but readable files read as their clean twin does.
 */
import { openWorkbookFile } from "../../src/host/files";
import { fixture, runCli } from "./runCli";

describe("files that cannot be read: the exact message", () => {
  it.each([
    ["bad/not-a-spreadsheet.xlsx", '无法读取文件 "not-a-spreadsheet.xlsx"：文件已损坏或不是有效的 Excel 工作簿 (file is corrupt or not an .xlsx workbook)'],
    [
      "bad/truncated.xlsx",
      '无法读取文件 "truncated.xlsx"：文件已损坏或不完整（可能下载或复制时中断），请重新获取或在 Excel 中打开后另存 (file is corrupt or truncated)',
    ],
    [
      "bad/encrypted.xlsx",
      '无法读取文件 "encrypted.xlsx"：文件设置了打开密码（已加密），请在 Excel 中取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密）后再试 (the workbook is password-protected; remove the password in Excel first)',
    ],
    ["bad/empty.xlsx", '无法读取文件 "empty.xlsx"：文件是空的（0 字节） (the file is empty (0 bytes))'],
    ["bad/empty-workbook.xlsx", '无法读取文件 "empty-workbook.xlsx"：所有工作表都是空的，没有可读取的内容 (every worksheet is empty)'],
    [
      "bad/over-5m-cells.xlsx",
      '无法读取文件 "over-5m-cells.xlsx"：工作表“台账”的数据范围 A1:XFD400 共 6,553,600 个单元格，超过 5,000,000 的上限；通常是远处误输入的单元格（XFD400），请删除后再试 (sheet "台账" spans A1:XFD400, 6,553,600 cells, over the 5,000,000 limit; delete stray cells such as XFD400)',
    ],
  ])("%s", async (file, message) => {
    for (const command of ["inspect", "validate", "analyze"]) {
      const result = await runCli([command, fixture(file), "--json"]);
      expect([command, result.code, result.out, result.err]).toEqual([command, 2, "", `${message}\n`]);
    }
  });
});

describe("odd files that read as their clean twin", () => {
  const rows = async (file: string) => {
    const book = await openWorkbookFile(fixture(file));
    return { encoding: book.source.encoding, values: (await book.readSheet(await book.activeSheetName())).values };
  };

  it.each([
    ["2021_上半年执行情况.gb18030.csv", "gb18030"],
    ["2021_上半年执行情况.bom.csv", "utf-8"],
  ])("%s is read as %s, cell for cell as the UTF-8 file (line breaks inside cells as LF)", async (file, encoding) => {
    const [clean, odd] = await Promise.all([rows("2021_上半年执行情况.csv"), rows(file)]);
    expect(odd.encoding).toBe(encoding);
    expect(odd.values).toEqual(clean.values);
  });

  it("a CSV whose rows end in CRLF, LF and a lone CR has every row whole", async () => {
    const [clean, mixed] = await Promise.all([rows("2021_上半年执行情况.csv"), rows("bad/mixed-line-endings.csv")]);
    expect(mixed.values).toEqual(clean.values.slice(0, 7));
  });
});
