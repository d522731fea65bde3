import * as iconv from "iconv-lite";
import { parseCsv } from "./csv";
import { decodeText as decodeWith, looksBinary, webDecode } from "./encoding";
import { iconvDecode } from "./nodeEncoding";
import { csvSheetName, openWorkbookBytes } from "./index";

describe("parseCsv", () => {
  test("cells stay verbatim text; only empty cells become null", () => {
    expect(parseCsv('序号,任务,单位\n1,"a, b",\n 2 ,0.50,=1+1\n')).toEqual([
      ["序号", "任务", "单位"],
      ["1", "a, b", null],
      [" 2 ", "0.50", "=1+1"],
    ]);
  });

  test("CRLF, LF and CR line endings mixed in one file all end rows", () => {
    expect(parseCsv("a,b\r\nc,d\ne,f\rg,h\r\n")).toEqual([
      ["a", "b"],
      ["c", "d"],
      ["e", "f"],
      ["g", "h"],
    ]);
  });

  test("line breaks inside quoted cells are kept (as LF, Excel's in-cell line break)", () => {
    expect(parseCsv('1,"嘉善县政府、\n长三角发展办"\r\n2,"甲\r\n乙\r丙"\r\n')).toEqual([
      ["1", "嘉善县政府、\n长三角发展办"],
      ["2", "甲\n乙\n丙"],
    ]);
  });

  test("quotes doubled inside quoted cells, trailing empty rows and columns trimmed, rows padded", () => {
    expect(parseCsv('"他说""好""",x,,\n,,,\nlast\n\n\n')).toEqual([
      ['他说"好"', "x"],
      [null, null],
      ["last", null],
    ]);
  });

  test("a missing closing quote still gives the text, like Excel", () => {
    expect(parseCsv('a,"b\nc')).toEqual([["a", "b\nc"]]);
  });

  test("empty input is an empty grid", () => {
    expect(parseCsv("")).toEqual([]);
    expect(parseCsv(",,\r\n\r\n")).toEqual([]);
  });
});

// The one decision of the encoding, with the command line's decoding (iconv-lite) and the pane's (TextDecoder).
describe.each([
  ["iconv-lite", iconvDecode],
  ["TextDecoder", webDecode],
])("decodeText with %s", (_name, legacy) => {
  const decodeText = (bytes: Uint8Array) => decodeWith(bytes, legacy);
  const text = "序号,主要工作任务\r\n1,打造“重要窗口”，推进长三角一体化\r\n";

  test("UTF-8 without BOM", () => {
    expect(decodeText(Buffer.from(text, "utf8"))).toEqual({ text, encoding: "utf-8", bom: false });
  });

  test("UTF-8 with BOM: the BOM is removed", () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]))).toEqual({
      text,
      encoding: "utf-8",
      bom: true,
    });
  });

  test("GB18030 (what Excel on Chinese Windows saves as CSV) is recognised without being told", () => {
    const bytes = iconv.encode(text, "gb18030");
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    expect(decodeText(bytes)).toEqual({ text, encoding: "gb18030", bom: false });
  });

  test("GB18030 covers rare characters outside GBK (four-byte sequences)", () => {
    const rare = "𠀀㐀嘉";
    expect(decodeText(iconv.encode(`甲,${rare}`, "gb18030")).text).toBe(`甲,${rare}`);
  });

  test("UTF-16 with a BOM (Excel's Unicode text)", () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    expect(decodeText(le)).toEqual({ text, encoding: "utf-16le", bom: true });
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, "utf-16be")]);
    expect(decodeText(be)).toEqual({ text, encoding: "utf-16be", bom: true });
  });

  test("binary content is told apart from text", () => {
    expect(looksBinary(Buffer.from("%PDF-1.7\n\0\0\x01binary"))).toBe(true);
    expect(looksBinary(iconv.encode(text, "gb18030"))).toBe(false);
  });
});

describe("a CSV's one sheet is named after its file", () => {
  test("as a valid sheet name, the cut never leaving a quote or half a character", () => {
    expect(csvSheetName("/in/[2021]台账:汇总.csv")).toBe("_2021_台账_汇总");
    expect(csvSheetName(`${"某".repeat(30)}'尾.csv`)).toBe("某".repeat(30));
    expect(csvSheetName(`${"某".repeat(30)}😀.csv`)).toBe("某".repeat(30));
    expect(csvSheetName("'History'.csv")).toBe("Sheet1");
    expect(csvSheetName("''.csv")).toBe("Sheet1");
  });

  test("which is the name the workbook opened from it has", async () => {
    const workbook = await openWorkbookBytes(Buffer.from("序号,任务\n1,a\n"), `${"某".repeat(30)}😀.csv`);
    expect(await workbook.sheetNames()).toEqual(["某".repeat(30)]);
  });
});
