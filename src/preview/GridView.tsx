import { Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { cellAddress, cellText, columnLetter, gridWidth, type CellValue, type SheetGrid } from "../engine/grid";

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
});

/** The workbook as a plain grid, the way a clerk sees a sheet: column letters, row numbers, the selected cell. */
export function GridView(props: {
  sheets: SheetGrid[];
  active: string;
  selected: string | null;
  onActivate: (name: string) => void;
  /** Percent formats of written tabs by sheet and column, shown as Excel would ("33.3%"). */
  percentColumns?: (sheet: string) => ReadonlySet<number>;
  /** The add-in's marks on a cell, as a fill colour. */
  markAt?: (sheet: string, row: number, col: number) => string | undefined;
}) {
  const styles = useStyles();
  const { sheets, active, selected, onActivate, percentColumns, markAt } = props;
  const grid = sheets.find((s) => s.name === active) ?? sheets[0];
  const selectedRef = useRef<HTMLTableCellElement | null>(null);
  useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: "center", inline: "nearest" });
  }, [selected, active]);
  if (!grid) return null;
  const width = Math.max(1, gridWidth(grid));
  const percent = percentColumns?.(grid.name) ?? new Set<number>();
  const show = (value: CellValue, col: number) => (typeof value === "number" && percent.has(col) ? `${Math.round(value * 1000) / 10}%` : cellText(value));
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
      <div className={styles.scroller} key={grid.name}>
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
            {grid.values.map((row, r) => (
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
          </tbody>
        </table>
      </div>
    </div>
  );
}
