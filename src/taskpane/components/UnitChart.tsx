import { makeStyles, tokens } from "@fluentui/react-components";
import type { UnitSummary } from "../../engine/aggregate";
import type { Language } from "../../engine/language";
import { CATEGORIES, type StatusCategory } from "../../engine/status/categories";
import { displayWidth, summaryLabels } from "../../engine/summary";
import { CATEGORY_COLOURS, CHART_MAX_BARS } from "../../engine/summary/chartStyle";

/** The drawing's width in SVG units: the pane's 350 px, the area's padding left out. */
const WIDTH = 330;
const LABEL_WIDTH = 96;
const TOTAL_WIDTH = 28;
const ROW = 18;
const BAR = 12;
/** A unit's name beyond this display width (a CJK character counts 2) is cut, whole in its tooltip. */
const LABEL_CHARS = 14;
/** The units named in the chart's accessible description. */
const DESCRIBED = 3;

const PUNCTUATION: Record<Language, { colon: string; between: string }> = {
  "zh-CN": { colon: "：", between: "；" },
  "en-US": { colon: ": ", between: "; " },
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, maxWidth: "350px", margin: 0 },
  caption: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  svg: { width: "100%", height: "auto", fontFamily: tokens.fontFamilyBase },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    padding: 0,
    listStyle: "none",
  },
  item: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, fontSize: tokens.fontSizeBase200 },
  swatch: { width: "10px", height: "10px", borderRadius: tokens.borderRadiusSmall, flexShrink: 0 },
});

/** The text cut to a display width, "…" marking the cut. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let kept = "";
  for (const ch of text) {
    if (displayWidth(kept + ch) > width - 1) break;
    kept += ch;
  }
  return `${kept}…`;
}

const colour = (category: StatusCategory) => `#${CATEGORY_COLOURS[category]}`;

/**
 * The 部门汇总 tab's chart in the pane: a stacked bar per unit, the first units of the ranked list (most lagging
 * first), one segment per status category in the tab's colours, the unit's count at the end of its bar.
 */
export function UnitChart({ units, language }: { units: readonly UnitSummary[]; language: Language }) {
  const styles = useStyles();
  const labels = summaryLabels(language);
  const shown = units.slice(0, CHART_MAX_BARS);
  if (shown.length === 0) return null;
  const total = (u: UnitSummary) => CATEGORIES.reduce((sum, c) => sum + u.byCategory[c], 0);
  const max = Math.max(1, ...shown.map(total));
  const scale = (WIDTH - LABEL_WIDTH - TOTAL_WIDTH) / max;
  const used = CATEGORIES.filter((c) => shown.some((u) => u.byCategory[c] > 0));
  const { colon, between } = PUNCTUATION[language];
  const parts = (u: UnitSummary) =>
    CATEGORIES.filter((c) => u.byCategory[c] > 0)
      .map((c) => `${labels.categories[c]} ${u.byCategory[c]}`)
      .join(labels.listSeparator);
  const description = `${labels.units.chartTitle}${colon}${shown
    .slice(0, DESCRIBED)
    .map((u) => `${u.unit} ${parts(u)}`)
    .join(between)}`;
  const height = shown.length * ROW;
  return (
    <figure className={styles.root}>
      <figcaption className={styles.caption}>{labels.units.chartTitle}</figcaption>
      <svg className={styles.svg} viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={description}>
        {shown.map((u, i) => {
          const y = i * ROW;
          let x = LABEL_WIDTH;
          return (
            <g key={u.unit} data-unit={u.unit}>
              <text
                x={LABEL_WIDTH - 4}
                y={y + ROW / 2}
                textAnchor="end"
                dominantBaseline="central"
                fontSize={11}
                style={{ fill: tokens.colorNeutralForeground1 }}
              >
                <title>{u.unit}</title>
                {truncate(u.unit, LABEL_CHARS)}
              </text>
              {CATEGORIES.map((c) => {
                const n = u.byCategory[c];
                if (n <= 0) return null;
                const rect = (
                  <rect key={c} data-category={c} x={x} y={y + (ROW - BAR) / 2} width={n * scale} height={BAR} fill={colour(c)}>
                    <title>{`${u.unit} ${labels.categories[c]} ${n}`}</title>
                  </rect>
                );
                x += n * scale;
                return rect;
              })}
              <text x={x + 3} y={y + ROW / 2} dominantBaseline="central" fontSize={10} style={{ fill: tokens.colorNeutralForeground2 }}>
                {total(u)}
              </text>
            </g>
          );
        })}
      </svg>
      <ul className={styles.legend} aria-hidden="true">
        {used.map((c) => (
          <li key={c} className={styles.item}>
            <span className={styles.swatch} style={{ backgroundColor: colour(c) }} />
            {labels.categories[c]}
          </li>
        ))}
      </ul>
    </figure>
  );
}
