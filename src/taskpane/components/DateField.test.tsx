/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { MemoryWorkbook } from "../../host/memory/memoryWorkbook";
import { enUS } from "../../i18n/en-US";
import { zhCN } from "../../i18n/zh-CN";
import { useSetting } from "../areas/useSetting";
import { DateField } from "./DateField";

/** The as-of date field: a date in words, typed the usual ways, kept in the workbook, picked from a calendar. */

const d = zhCN.areas.date;

/** The field as 滞后 uses it: its value kept in the workbook's settings. */
function Kept({ workbook, messages = zhCN }: { workbook: MemoryWorkbook; messages?: typeof zhCN }) {
  const [value, setValue] = useSetting(workbook, "asOf", "");
  return (
    <DateField label={messages.areas.asOf} value={value} onChange={setValue} messages={messages.areas.date} year={2021} today={() => new Date(2021, 6, 15)} />
  );
}

function renderKept(workbook = new MemoryWorkbook([]), messages = zhCN) {
  render(
    <FluentProvider theme={webLightTheme}>
      <Kept workbook={workbook} messages={messages} />
    </FluentProvider>,
  );
  return workbook;
}

const field = () => screen.getByRole("textbox", { name: zhCN.areas.asOf }) as HTMLInputElement;

describe("DateField", () => {
  it("shows 2021/6/30, typed, as 2021年6月30日 and keeps it in the workbook", async () => {
    const workbook = renderKept();
    fireEvent.change(field(), { target: { value: "2021/6/30" } });
    fireEvent.keyDown(field(), { key: "Enter" });
    expect(field().value).toBe("2021年6月30日");
    await waitFor(async () => expect((await workbook.readSettings()).asOf).toBe("2021-06-30"));
    // Left as shown, it is read back as the same day: nothing changes.
    fireEvent.change(field(), { target: { value: "2021年6月30日" } });
    fireEvent.blur(field());
    expect(field().value).toBe("2021年6月30日");
  });

  it("reads a date kept before in words, and a day typed without its year in the sheet's year", async () => {
    const workbook = new MemoryWorkbook([]);
    await workbook.writeSettings({ asOf: "2021-09-30" });
    renderKept(workbook);
    await waitFor(() => expect(field().value).toBe("2021年9月30日"));
    fireEvent.change(field(), { target: { value: "6月30日" } });
    fireEvent.blur(field());
    expect(field().value).toBe("2021年6月30日");
    await waitFor(async () => expect((await workbook.readSettings()).asOf).toBe("2021-06-30"));
  });

  it("says what it reads when the text is no date, and keeps nothing", async () => {
    const workbook = renderKept();
    fireEvent.change(field(), { target: { value: "6/31/2021" } });
    fireEvent.blur(field());
    expect(screen.getByText(d.invalid)).toBeTruthy();
    expect(field().value).toBe("6/31/2021");
    expect(field().getAttribute("aria-invalid")).toBe("true");
    expect((await workbook.readSettings()).asOf).toBeUndefined();
    fireEvent.change(field(), { target: { value: "2021-06-30" } });
    fireEvent.blur(field());
    expect(screen.queryByText(d.invalid)).toBeNull();
    await waitFor(async () => expect((await workbook.readSettings()).asOf).toBe("2021-06-30"));
    // Emptied, the field forgets the date: the sheet's own applies again.
    fireEvent.change(field(), { target: { value: "" } });
    fireEvent.blur(field());
    expect(screen.queryByText(d.invalid)).toBeNull();
    await waitFor(async () => expect((await workbook.readSettings()).asOf).toBe(""));
  });

  it("picks a day from its calendar, Monday first, on the month shown", async () => {
    const workbook = new MemoryWorkbook([]);
    await workbook.writeSettings({ asOf: "2021-06-30" });
    renderKept(workbook);
    await waitFor(() => expect(field().value).toBe("2021年6月30日"));
    fireEvent.click(screen.getByRole("button", { name: d.pick }));
    const page = await screen.findByRole("group", { name: d.month(2021, 6) });
    expect(page.textContent?.startsWith(d.weekdays.join(""))).toBe(true);
    expect(screen.getByRole("button", { name: d.text("2021-06-30") }).getAttribute("aria-pressed")).toBe("true");
    fireEvent.click(screen.getByRole("button", { name: d.nextMonth }));
    fireEvent.click(await screen.findByRole("button", { name: "2021年7月31日" }));
    await waitFor(() => expect(field().value).toBe("2021年7月31日"));
    await waitFor(async () => expect((await workbook.readSettings()).asOf).toBe("2021-07-31"));
  });

  it("speaks English when the pane does", async () => {
    const workbook = new MemoryWorkbook([]);
    renderKept(workbook, enUS);
    const input = screen.getByRole("textbox", { name: enUS.areas.asOf }) as HTMLInputElement;
    fireEvent.change(input, { target: { value: "2021-06-30" } });
    fireEvent.blur(input);
    expect(input.value).toBe("30 June 2021");
    fireEvent.change(input, { target: { value: "30 Sept 2021" } });
    fireEvent.blur(input);
    expect(input.value).toBe("30 September 2021");
    await waitFor(async () => expect((await workbook.readSettings()).asOf).toBe("2021-09-30"));
  });
});
