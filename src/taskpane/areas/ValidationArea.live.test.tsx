/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import { workbookRegistries } from "../../engine/settings/registries";
import { planFixes, validateSheet, type Issue } from "../../engine/validate";
import { OfficeWorkbook } from "../../host/office/officeWorkbook";
import { zhCN } from "../../i18n/zh-CN";
import { fixtureSheets } from "../../../test/fixtureSheets";
import { FakeExcel } from "../../../test/office/fakeExcel";
import { ValidationArea } from "./ValidationArea";

/**
 * The 校验 list following the clerk's typing in Excel (the Office adapter on the Excel model): after an edit the
 * pane checks again on its own and shows what a check of the sheet as it now is finds.
 */

jest.setTimeout(60_000);

const m = zhCN.areas;

const countsOf = (found: readonly Issue[]) => ({
  total: found.length,
  error: found.filter((i) => i.severity === "error").length,
  warning: found.filter((i) => i.severity === "warning").length,
  info: found.filter((i) => i.severity === "info").length,
  fixable: found.filter((i) => i.fix !== undefined).length,
  cells: planFixes(found).length,
});

afterEach(() => FakeExcel.uninstall());

it("checks the sheet again after the clerk's edit, with what a whole check of it finds", async () => {
  const [grid] = await fixtureSheets("2021_上半年执行情况.xlsx");
  const excel = new FakeExcel([grid]);
  excel.install();
  render(
    <FluentProvider theme={webLightTheme}>
      <ValidationArea workbook={new OfficeWorkbook()} messages={zhCN} language="zh-CN" />
    </FluentProvider>,
  );
  fireEvent.click(screen.getByRole("button", { name: m.validateButton }));
  await screen.findByText(m.issueCounts(countsOf(validateSheet(grid, workbookRegistries([grid])))));

  // 责任单位 of the tenth task, its units joined by a comma: one more units/separator issue.
  await excel.userEdit(grid.name, 11, 3, "市财政局，市税务局");
  const edited = excel.grid(grid.name);
  const expected = m.issueCounts(countsOf(validateSheet(edited, workbookRegistries([edited]))));
  expect(expected).not.toBe(m.issueCounts(countsOf(validateSheet(grid, workbookRegistries([grid])))));
  await screen.findByText(expected, undefined, { timeout: 10_000 });
});
