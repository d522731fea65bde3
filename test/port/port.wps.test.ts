/** The shared port suite on the WPS adapter, over the model of WPS 表格's object model. */
import { WpsWorkbook, type WpsApplication } from "../../src/host/wps/wpsWorkbook";
import { FakeWps } from "../../src/host/wps/fakeWps";
import { portSuite } from "./portSuite";

portSuite({
  name: "WPS 表格",
  open(sheets, active) {
    const wps = new FakeWps(sheets);
    if (active) wps.activeName = active;
    const port = new WpsWorkbook(wps.application as unknown as WpsApplication);
    return { port, formulas: () => wps.formulas(), marks: (sheet) => wps.sheet(sheet).formatConditions.length };
  },
});
