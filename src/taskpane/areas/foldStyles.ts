import { tokens } from "@fluentui/react-components";

/**
 * The look the pane's folds (分发, 汇总报送, 与上期对比) share: a column of parts, rows of buttons that wrap, grey notes,
 * and lists whose items are ruled off one another. Spread into each fold's makeStyles.
 */
export const FOLD_STYLES = {
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, marginTop: tokens.spacingVerticalS },
  note: { color: tokens.colorNeutralForeground3 },
  // Long file names and task texts wrap inside the 350 px pane instead of widening it.
  item: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalXS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
  },
  go: { alignSelf: "flex-start" },
} as const;
