/**
 * What the preview shows beside the pane, over either adapter of a live workbook: the in-memory one (the
 * default, Excel's pane) or the WPS adapter over the model of WPS 表格 (?host=wps: the WPS加载项's pane, ribbon
 * reports through PluginStorage, on src/host/wps/fakeWps.ts). The grid view reads a book through this one shape.
 */
import { cellAddress, type SheetGrid } from "../engine/grid";
import { MemoryWorkbook, type MemoryWorkbookOptions } from "../host/memory/memoryWorkbook";
import { SETTING_PREFIX, type WorkbookPort } from "../host/port";
import { FakeAddinHost, FakeWps } from "../host/wps/fakeWps";
import { WpsWorkbook, type WpsApplication } from "../host/wps/wpsWorkbook";
import { offerDownload, XLSX_TYPE } from "../taskpane/download";

export interface PreviewBook {
  port: WorkbookPort;
  /** The sheets a user sees (very hidden ones left out), as grids. */
  sheets(): SheetGrid[];
  active(): string;
  /** The selected cell's address on the active sheet, if the pane went to one. */
  selected(): string | null;
  activate(name: string): void;
  /** A mark's fill colour (#rrggbb) at a cell, if the pane marked it. */
  markAt(sheet: string, row: number, col: number): string | undefined;
  /** Columns written with a percent format (the summary's rates), shown as percentages. */
  percentColumns(sheet: string): ReadonlySet<number>;
  /** Called after anything changed the book. */
  subscribe(listener: () => void): () => void;
}

const within = (row: number, col: number, r: { top: number; left: number; bottom: number; right: number }) =>
  row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;

/** The in-memory workbook, as the preview has always shown it. */
export function memoryBook(grids: readonly SheetGrid[], options: MemoryWorkbookOptions): PreviewBook {
  const book = new MemoryWorkbook(grids, undefined, options);
  let shown = grids.find((grid) => !options.veryHidden?.includes(grid.name))?.name ?? "";
  let address: string | null = null;
  const listeners = new Set<() => void>();
  book.subscribe((event) => {
    if (event.type === "selected") [shown, address] = [event.sheet, event.address];
    // A workbook the pane asked to open (分发's returns) is downloaded, as Excel on the web opens it in a new tab.
    if (event.type === "opened") offerDownload("新工作簿.xlsx", event.bytes, XLSX_TYPE);
    for (const listener of listeners) listener();
  });
  return {
    port: book,
    sheets: () =>
      book
        .allSheets()
        .filter((s) => !s.veryHidden)
        .map((s) => s.grid),
    active: () => shown,
    selected: () => address,
    activate(name) {
      book.setActive(name);
      [shown, address] = [name, null];
      for (const listener of listeners) listener();
    },
    markAt(name, row, col) {
      for (const mark of book.marks.values()) if (mark.sheet === name && within(row, col, mark.range)) return mark.color;
      return undefined;
    },
    percentColumns(name) {
      const formats = book.allSheets().find((s) => s.grid.name === name)?.layout?.numberFormats ?? {};
      return new Set(
        Object.entries(formats)
          .filter(([, f]) => f.endsWith("%"))
          .map(([c]) => Number(c)),
      );
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** VBA's BGR colour (what the WPS adapter writes to Interior.Color) as #rrggbb. */
const hexOf = (bgr: unknown) => {
  const n = typeof bgr === "number" ? bgr : 0;
  return `#${[n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff].map((v) => v.toString(16).padStart(2, "0")).join("")}`;
};

/**
 * The WPS adapter over the model of WPS 表格, with the add-in API's PluginStorage for the ribbon's reports. The
 * model tells no one of its changes, so the port is watched: every call the pane or the ribbon makes through
 * it is followed by a redraw once it settles.
 */
export function wpsBook(
  grids: readonly SheetGrid[],
  { parseFile, settings = {}, veryHidden = [] }: MemoryWorkbookOptions = {},
): PreviewBook & { addinHost: FakeAddinHost } {
  const wps = new FakeWps(grids);
  // A file's settings and very hidden sheets, as WPS opens them: its custom properties and hidden tabs.
  for (const [key, value] of Object.entries(settings)) wps.properties.push({ Name: SETTING_PREFIX + key, Value: value });
  for (const sheet of wps.sheets) if (veryHidden.includes(sheet.name)) sheet.visible = 2;
  if (veryHidden.includes(wps.activeName)) wps.activeName = wps.sheets.find((s) => s.visible === -1)?.name ?? "";
  const adapter = new WpsWorkbook(wps.application as unknown as WpsApplication, { parseFile });
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const listener of listeners) listener();
  };
  const port = new Proxy(adapter, {
    get(target, key, receiver) {
      const member: unknown = Reflect.get(target, key, receiver);
      if (typeof member !== "function") return member;
      return (...args: unknown[]) => {
        const result: unknown = member.apply(target, args);
        if (result instanceof Promise) void result.finally(changed).catch(() => undefined);
        else changed();
        return result;
      };
    },
  });
  return {
    port,
    addinHost: new FakeAddinHost(),
    sheets: () => wps.sheets.filter((s) => s.visible !== 2).map((s) => wps.grid(s.name)),
    active: () => wps.activeName,
    selected() {
      // The model records Range.Select() as "Sheet!R5C1".
      const m = /^(.*)!R(\d+)C(\d+)$/u.exec(wps.selected);
      return m && m[1] === wps.activeName ? cellAddress(Number(m[2]) - 1, Number(m[3]) - 1) : null;
    },
    activate(name) {
      wps.activeName = name;
      wps.selected = "";
      changed();
    },
    markAt(name, row, col) {
      const found = wps.sheet(name).formatConditions.find((f) => within(row, col, f.range));
      return found ? hexOf(found.Interior.Color) : undefined;
    },
    percentColumns(name) {
      const columns = new Set<number>();
      wps.sheet(name).cells.forEach((row) => row?.forEach((cell, c) => cell?.format.endsWith("%") && columns.add(c)));
      return columns;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
