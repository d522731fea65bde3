/** The shared port suite on the Office adapter, over the model of Excel (each open installs it as the globals). */
import { OfficeWorkbook } from "../../src/host/office/officeWorkbook";
import { FakeExcel } from "../office/fakeExcel";
import { portSuite } from "./portSuite";

afterEach(() => FakeExcel.uninstall());

portSuite({
  name: "Excel (Office.js)",
  open(sheets, active) {
    const excel = new FakeExcel(sheets);
    if (active) excel.active = active;
    excel.install();
    return { port: new OfficeWorkbook(), formulas: () => excel.formulas(), marks: (sheet) => excel.sheet(sheet).conditionalFormats.length };
  },
});
