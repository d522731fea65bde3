import { Button, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { cellAddress, cellPosition, cellText, columnLetter, gridWidth, type CellValue, type SheetGrid } from "../engine/grid";
import { percentText } from "../engine/rounding";

const useStyles = makeStyles({
  // Takes what is left of the column below the toolbars, and no more, so the rows scroll in the scroller.
  root: { display: "flex", flexDirection: "column", minWidth: 0, minHeight: 0, flexGrow: 1 },
  scroller: { overflow: "auto", flexGrow: 1, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  head: { position: "sticky", top: 0, backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightSemibold, zIndex: 1 },
  rowHead: { backgroundColor: tokens.colorNeutralBackground3, textAlign: "right", color: tokens.colorNeutralForeground3 },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 6px",
    maxWidth: "22em",
    verticalAlign: "top",
    whiteSpace: "pre-wrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  more: { padding: tokens.spacingVerticalS, color: tokens.colorNeutralForeground3, textAlign: "left" },
});

/**
 * Rows drawn at first, and added each time the reader scrolls to the end of those drawn: a 10,000-row sheet
 * drawn whole took 13 s to show in Chromium, and every later change redrew it all.
 */
const ROWS_PER_STEP = 200;

/** The grid's few words, in the page's language. */
export const GRID_TEXT = {
  "zh-CN": { more: "向下滚动显示更多", shown: (rows: number, total: number) => `已显示前 ${rows} 行，共 ${total} 行`, showAll: "显示全部" },
  "en-US": { more: "Scroll down for more", shown: (rows: number, total: number) => `Showing ${rows} of ${total} rows`, showAll: "Show all" },
} as const;
type GridText = (typeof GRID_TEXT)[keyof typeof GRID_TEXT];

/** The workbook as a plain grid, the way a clerk sees a sheet: column letters, row numbers, the selected cell. */
export function GridView(props: {
  sheets: SheetGrid[];
  text: GridText;
  active: string;
  selected: string | null;
  onActivate: (name: string) => void;
  /** Percent formats of written tabs by sheet and column, shown as Excel would ("33.3%"). */
  percentColumns?: (sheet: string) => ReadonlySet<number>;
  /** The add-in's marks on a cell, as a fill colour. */
  markAt?: (sheet: string, row: number, col: number) => string | undefined;
}) {
  const styles = useStyles();
  const { sheets, text, active, selected, onActivate, percentColumns, markAt } = props;
  const grid = sheets.find((s) => s.name === active) ?? sheets[0];
  if (!grid) return null;
  const width = Math.max(1, gridWidth(grid));
  const percent = percentColumns?.(grid.name) ?? new Set<number>();
  const show = (value: CellValue, col: number) => (typeof value === "number" && percent.has(col) ? percentText(value) : cellText(value));
  return (
    <div className={styles.root}>
      <TabList selectedValue={grid.name} onTabSelect={(_e, data) => onActivate(String(data.value))} size="small">
        {sheets.map((s) => (
          <Tab key={s.name} value={s.name}>
            {s.name}
          </Tab>
        ))}
      </TabList>
      {/* Keyed by sheet: another sheet opens at its top (or at its selected cell), as in Excel, not at the last one's scroll. */}
      <SheetRows key={grid.name} grid={grid} text={text} width={width} selected={selected} show={show} markAt={markAt} />
    </div>
  );
}

/** The rows of one sheet, drawn a step at a time (see ROWS_PER_STEP), always down to the selected cell. */
function SheetRows(props: {
  grid: SheetGrid;
  text: GridText;
  width: number;
  selected: string | null;
  show: (value: CellValue, col: number) => string;
  markAt?: (sheet: string, row: number, col: number) => string | undefined;
}) {
  const styles = useStyles();
  const { grid, text, width, selected, show, markAt } = props;
  const [drawn, setDrawn] = useState(ROWS_PER_STEP);
  const selectedRow = selected === null ? -1 : (cellPosition(selected)?.row ?? -1);
  const rows = Math.min(grid.values.length, Math.max(drawn, selectedRow + 1 + ROWS_PER_STEP / 2));
  const scrollerRef = useRef<HTMLDivElement | null>(null);
  const endRef = useRef<HTMLTableRowElement | null>(null);
  const selectedRef = useRef<HTMLTableCellElement | null>(null);
  useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: "center", inline: "nearest" });
  }, [selected]);
  useEffect(() => {
    const end = endRef.current;
    if (end === null || typeof IntersectionObserver === "undefined") return undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setDrawn((n) => Math.max(n, rows) + ROWS_PER_STEP);
      },
      { root: scrollerRef.current, rootMargin: "400px" },
    );
    observer.observe(end);
    return () => observer.disconnect();
  }, [rows]);
  const table = (
    <div className={styles.scroller} ref={scrollerRef}>
      <table className={styles.table} data-sheet={grid.name}>
        <thead>
          <tr>
            <th className={`${styles.cell} ${styles.head}`} />
            {Array.from({ length: width }, (_, c) => (
              <th key={c} className={`${styles.cell} ${styles.head}`}>
                {columnLetter(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.values.slice(0, rows).map((row, r) => (
            <tr key={r}>
              <th className={`${styles.cell} ${styles.rowHead}`}>{r + 1}</th>
              {Array.from({ length: width }, (_, c) => {
                const address = cellAddress(r, c);
                const isSelected = address === selected;
                return (
                  <td
                    key={c}
                    data-cell={address}
                    aria-selected={isSelected}
                    ref={isSelected ? selectedRef : undefined}
                    className={`${styles.cell} ${isSelected ? styles.selected : ""}`}
                    style={{ backgroundColor: isSelected ? undefined : markAt?.(grid.name, r, c) }}
                  >
                    {show(row[c] ?? null, c)}
                  </td>
                );
              })}
            </tr>
          ))}
          {rows < grid.values.length && (
            <tr ref={endRef} data-testid="more-rows">
              <th className={`${styles.cell} ${styles.more}`} colSpan={width + 1}>
                {text.more}
              </th>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
  // Above the grid, not at its end: scrolling to the end draws more rows, and a button there would run away.
  return (
    <>
      {rows < grid.values.length && (
        <div className={styles.more}>
          {text.shown(rows, grid.values.length)}{" "}
          <Button size="small" appearance="subtle" onClick={() => setDrawn(grid.values.length)}>
            {text.showAll}
          </Button>
        </div>
      )}
      {table}
    </>
  );
}
