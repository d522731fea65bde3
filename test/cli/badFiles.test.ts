/**
 * The bad-file corpus (test/fixtures/bad and the odd encodings beside it): for each, exactly what a user
 * sees from the command line. Files that cannot be read get one line naming the file and what to do, and
 * exit code 2; odd but readable files read as their clean twin does.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { JOURNAL_SHEET } from "../../src/engine/undo";
import { openWorkbookFile } from "../../src/host/files";
import { fixture, runCli } from "./runCli";

describe("files that cannot be read: the exact message", () => {
  it.each([
    ["bad/not-a-spreadsheet.xlsx", '无法读取文件 "not-a-spreadsheet.xlsx"：文件已损坏或不是有效的 Excel 工作簿'],
    ["bad/truncated.xlsx", '无法读取文件 "truncated.xlsx"：文件已损坏或不完整（可能下载或复制时中断），请重新获取，或在 Excel 或 WPS 中打开后另存'],
    [
      "bad/encrypted.xlsx",
      '无法读取文件 "encrypted.xlsx"：文件设置了打开密码（已加密），请在 Excel 中取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密）后再试',
    ],
    ["bad/empty.xlsx", '无法读取文件 "empty.xlsx"：文件是空的（0 字节）'],
    ["bad/empty-workbook.xlsx", '无法读取文件 "empty-workbook.xlsx"：所有工作表都是空的，没有可读取的内容'],
    [
      "bad/over-5m-cells.xlsx",
      '无法读取文件 "over-5m-cells.xlsx"：工作表“台账”的数据范围 A1:XFD400 共 6,553,600 个单元格，超过 5,000,000 的上限；通常是远处误输入的单元格（XFD400），请删除后再试',
    ],
  ])("%s", async (file, message) => {
    for (const command of ["inspect", "validate", "analyze"]) {
      const result = await runCli([command, fixture(file), "--json"]);
      expect([command, result.code, result.err]).toEqual([command, 2, `${message}\n`]);
      // With --json the failure is the one JSON document on stdout, the same message in it.
      expect(JSON.parse(result.out)).toEqual({
        error: {
          code: expect.stringMatching(/^file\//u),
          message,
          file: fixture(file),
          reason: expect.stringMatching(/^file\//u),
          params: expect.objectContaining({ file: path.basename(file) }),
        },
      });
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

describe("odd files: the command line prints exactly what it prints for the clean twin", () => {
  const FIXED = "fixed.xlsx";
  const COMMANDS = [["inspect"], ["inspect", "--json"], ["validate"], ["validate", "--json"], ["analyze"], ["analyze", "--json"], ["fix", "--json"], ["fix"]];

  /**
   * Every sheet's values of a workbook the command line wrote. The journal of fixes (which lets the pane undo
   * them) records when its batch was made, and carries the workbook's mark, drawn at random once per workbook:
   * the two runs are not the same instant nor the same workbook, so the time and the mark are left out.
   */
  const workbookValues = async (file: string) => {
    const book = await openWorkbookFile(file);
    const at = /^\d{4}-\d\d-\d\dT[\d:.]+Z$/u;
    const { mark } = await book.readSettings();
    const timeless = (name: string, values: unknown[][]) =>
      name === JOURNAL_SHEET
        ? values.map((row) => row.map((cell) => (typeof cell === "string" && at.test(cell) ? "<time>" : cell === mark ? "<mark>" : cell)))
        : values;
    return Promise.all((await book.sheetNames()).map(async (name) => ({ name, values: timeless(name, (await book.readSheet(name)).values) })));
  };

  /**
   * Each file is put under the same name in its own folder (the sheet is named after the file), then every
   * command's exit code, output and error output must match; only the folder, in the JSON's "file", differs.
   * `fix` also writes the whole sheet to a workbook, which must match cell for cell: the reports alone do
   * not show every cell (a BOM left on the header's 序号 would change none of them).
   */
  async function expectSameOutput(odd: Buffer | string, clean: Buffer | string, name: string): Promise<void> {
    const place = (bytes: Buffer | string) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "taizhang-twin-"));
      fs.writeFileSync(path.join(dir, name), bytes);
      return dir;
    };
    const [oddDir, cleanDir] = [place(odd), place(clean)];
    try {
      for (const [command, ...options] of COMMANDS) {
        const run = async (dir: string) => {
          const out = command === "fix" ? ["--out", path.join(dir, FIXED)] : [];
          const result = await runCli([command, path.join(dir, name), ...out, ...options]);
          const unfold = (text: string) => text.split(dir).join("<folder>");
          return { command: [command, ...options].join(" "), code: result.code, out: unfold(result.out), err: unfold(result.err) };
        };
        const [fromOdd, fromClean] = [await run(oddDir), await run(cleanDir)];
        // The twin is read and reported on: two identical refusals would prove nothing.
        expect([fromClean.command, fromClean.code, fromClean.out.length > 0]).toEqual([fromClean.command, 0, true]);
        expect(fromOdd).toEqual(fromClean);
      }
      expect(await workbookValues(path.join(oddDir, FIXED))).toEqual(await workbookValues(path.join(cleanDir, FIXED)));
    } finally {
      for (const dir of [oddDir, cleanDir]) fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  const H1 = "2021_上半年执行情况.csv";

  it.each(["2021_上半年执行情况.gb18030.csv", "2021_上半年执行情况.bom.csv"])("%s", async (file) => {
    await expectSameOutput(fs.readFileSync(fixture(file)), fs.readFileSync(fixture(H1)), H1);
  });

  it("bad/mixed-line-endings.csv, against the H1 report's first 7 rows with CRLF", async () => {
    // The clean CSV has CRLF between rows and LF only inside cells, so its first 7 rows are its first 7 CRLF lines.
    const firstRows = fs.readFileSync(fixture(H1), "utf8").split("\r\n").slice(0, 7);
    await expectSameOutput(fs.readFileSync(fixture("bad/mixed-line-endings.csv")), firstRows.map((row) => `${row}\r\n`).join(""), "mixed-line-endings.csv");
  });
});
