import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { openWorkbookFile } from "./index";
import { parseProperties, propertiesXml } from "./settingsPart";

const FIXTURES = path.join(__dirname, "..", "..", "..", "test", "fixtures");

describe("the add-in's settings in an .xlsx's custom properties", () => {
  it("read back as written, the clerk's other properties kept as they were", () => {
    const theirs = `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="5" name="审核人"><vt:lpwstr>张&amp;李</vt:lpwstr></property>`;
    const xml = propertiesXml({ settings: { mark: "ab12", ownerSheet: "_taizhang(2)", note: `<"&'>` }, others: [theirs] });
    expect(parseProperties(xml)).toEqual({
      settings: { mark: "ab12", ownerSheet: "_taizhang(2)", note: `<"&'>` },
      others: [theirs.replace('pid="5"', 'pid="2"')],
    });
    // Property ids are unique, from 2.
    expect([...xml.matchAll(/pid="(\d+)"/gu)].map((m) => m[1])).toEqual(["2", "3", "4", "5"]);
  });

  it("survive saving and opening again, and a file without them has none", async () => {
    const plain = await openWorkbookFile(path.join(FIXTURES, "2024_责任分解.xlsx"));
    expect(await plain.readSettings()).toEqual({});
    await plain.writeSettings({ mark: "ab12", journalSheet: "_taizhang_fixes" });
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "taizhang-props-")), "out.xlsx");
    await plain.saveAs(out);
    const again = await openWorkbookFile(out);
    expect(await again.readSettings()).toEqual({ mark: "ab12", journalSheet: "_taizhang_fixes" });
    // Written again without a change: the part is not doubled, nor its relationship or content type.
    const twice = path.join(path.dirname(out), "twice.xlsx");
    await again.saveAs(twice);
    expect(await (await openWorkbookFile(twice)).readSettings()).toEqual({ mark: "ab12", journalSheet: "_taizhang_fixes" });
    const { default: JSZip } = await import("jszip/dist/jszip.min.js");
    const zip = await JSZip.loadAsync(fs.readFileSync(twice));
    const rels = (await zip.file("_rels/.rels")?.async("string")) ?? "";
    const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
    expect(rels.match(/custom-properties/gu)).toHaveLength(1);
    expect(types.match(/docProps\/custom\.xml/gu)).toHaveLength(1);
  });
});
