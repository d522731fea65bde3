import { Badge, Body1Strong, Button, Caption1, Subtitle2, ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState, type ReactNode } from "react";
import { CONFIDENCE_ORDER, describeChange, type MatchConfidence } from "../../engine/matching";
import { changeLines, type PriorYearMatch } from "../../engine/pipeline";
import { hasChange, priorCounts, repeatedTasks } from "../../engine/pipeline/priorYear";
import type { Messages } from "../../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  counts: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  label: { textAlign: "left", fontWeight: tokens.fontWeightRegular, paddingRight: tokens.spacingHorizontalS, whiteSpace: "nowrap", verticalAlign: "top" },
  number: {
    textAlign: "right",
    fontVariantNumeric: "tabular-nums",
    fontWeight: tokens.fontWeightSemibold,
    paddingRight: tokens.spacingHorizontalM,
    verticalAlign: "top",
  },
  note: { color: tokens.colorNeutralForeground3, verticalAlign: "top" },
  filters: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, rowGap: tokens.spacingVerticalXS },
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  match: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  // Headings sit as close to their lines as the other text: no browser margins.
  heading: { margin: 0 },
  clipped: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", color: tokens.colorNeutralForeground3 },
  change: { color: tokens.colorBrandForeground1 },
  none: { color: tokens.colorNeutralForeground3 },
  badge: { marginRight: tokens.spacingHorizontalXS, whiteSpace: "nowrap", flexShrink: 0 },
  more: { alignSelf: "flex-start" },
});

/** The level's colour: green to take, amber to check, grey for a lead only. */
const BADGE_COLOR = { certain: "success", likely: "warning", tentative: "subtle" } as const;

export type PriorFilter = "changed" | "matched" | "notComparable" | "none";
const FILTERS: readonly PriorFilter[] = ["changed", "matched", "notComparable", "none"];

/** Tasks shown at once, and added by each 显示更多: about two screens of the pane. */
export const PRIOR_PAGE = 10;

const RANK: Record<MatchConfidence, number> = Object.fromEntries(CONFIDENCE_ORDER.map((level, i) => [level, i])) as Record<MatchConfidence, number>;

/**
 * The tasks of one filter, each once (a task another sheet of the comparison repeats is shown with the first),
 * the surest match first and in sheet order within a level; tasks without a prior task in sheet order.
 */
export function filteredMatches(matches: readonly PriorYearMatch[], filter: PriorFilter): PriorYearMatch[] {
  const repeats = repeatedTasks(matches.map((x) => x.current));
  const kept = matches.filter((x, i) => {
    if (repeats[i] !== null) return false;
    switch (filter) {
      case "changed":
        return hasChange(x);
      case "matched":
        return x.prior.length > 0;
      case "notComparable":
        return x.notComparable.length > 0;
      case "none":
        return x.prior.length === 0;
    }
  });
  const rank = (x: PriorYearMatch) => (x.prior.length === 0 ? CONFIDENCE_ORDER.length : RANK[x.prior[0].confidence]);
  // Array.prototype.sort is stable: sheet order stays within a level.
  return kept.sort((a, b) => rank(a) - rank(b));
}

/**
 * 上年目标's findings, counts first: how many tasks, how many found last year's (by how sure), how many targets
 * changed, could not be compared or have no task last year. Then the tasks of one filter, a page at a time:
 * those whose target changed (序号, the changes, how sure) unless there are none; the others as cards with
 * both years' tasks and every line about their targets.
 */
export function PriorResults({ matches, messages }: { matches: readonly PriorYearMatch[]; messages: Messages }) {
  const styles = useStyles();
  const m = messages.areas;
  const counts = useMemo(() => priorCounts(matches), [matches]);
  const sizes: Record<PriorFilter, number> = {
    changed: counts.changed,
    matched: counts.distinct - counts.noPrior,
    notComparable: counts.notComparable,
    none: counts.noPrior,
  };
  const [filter, setFilter] = useState<PriorFilter>(() => FILTERS.find((f) => sizes[f] > 0) ?? "changed");
  const [shown, setShown] = useState(PRIOR_PAGE);
  const list = useMemo(() => filteredMatches(matches, filter), [matches, filter]);
  const choose = (next: PriorFilter) => {
    setFilter(next);
    setShown(PRIOR_PAGE);
  };
  const repeatedOf = [...new Set(counts.repeated.map((r) => r.of))];
  const row = (label: ReactNode, count: number, note?: string) => (
    <tr>
      <th scope="row" className={styles.label}>
        {label}
      </th>
      <td className={styles.number}>{count}</td>
      <td className={styles.note}>{note}</td>
    </tr>
  );
  return (
    <div className={styles.root}>
      <section className={styles.counts} aria-label={m.priorCounts}>
        <Body1Strong>{m.matched(sizes.matched, counts.distinct)}</Body1Strong>
        {repeatedOf.length > 0 && <Caption1>{m.priorRepeated(counts.tasks - counts.distinct, repeatedOf)}</Caption1>}
        <table className={styles.table}>
          <tbody>
            {CONFIDENCE_ORDER.map((level) => (
              <tr key={level}>
                <th scope="row" className={styles.label}>
                  <Badge size="small" appearance="tint" color={BADGE_COLOR[level]}>
                    {m.confidence(level)}
                  </Badge>
                </th>
                <td className={styles.number}>{counts.matched[level]}</td>
                <td className={styles.note}>{m.confidenceAdvice(level)}</td>
              </tr>
            ))}
            {row(m.priorChanged, counts.changed)}
            {counts.unchanged > 0 && row(m.priorUnchanged, counts.unchanged)}
            {row(m.priorNotComparable, counts.notComparable, m.priorNotComparableHint)}
            {row(m.noPrior, counts.noPrior)}
          </tbody>
        </table>
      </section>
      <Subtitle2 as="h2" className={styles.heading}>
        {m.priorFilter}
      </Subtitle2>
      <div role="group" aria-label={m.priorFilter} className={styles.filters}>
        {FILTERS.map((f) => (
          <ToggleButton
            key={f}
            size="small"
            appearance={filter === f ? "primary" : "secondary"}
            checked={filter === f}
            disabled={sizes[f] === 0}
            onClick={() => choose(f)}
          >
            {`${m.priorFilters[f]} ${sizes[f]}`}
          </ToggleButton>
        ))}
      </div>
      {filter === "changed" && list.length > 0 && <Caption1 className={styles.none}>{m.priorChangedList}</Caption1>}
      <div className={styles.list}>
        {list
          .slice(0, shown)
          .map((match) =>
            filter === "changed" ? (
              <ChangeEntry key={`${match.current.sheet}-${match.current.row}`} match={match} messages={messages} />
            ) : (
              <MatchCard key={`${match.current.sheet}-${match.current.row}`} match={match} messages={messages} />
            ),
          )}
      </div>
      {list.length > shown && (
        <Button className={styles.more} onClick={() => setShown((n) => n + PRIOR_PAGE)}>
          {m.priorShowMore(list.length - shown)}
        </Button>
      )}
    </div>
  );
}

/** A task whose target changed: its 序号, how sure its match is, its text on one line, and each change. */
function ChangeEntry({ match, messages }: { match: PriorYearMatch; messages: Messages }) {
  const styles = useStyles();
  const m = messages.areas;
  const level = match.prior[0].confidence;
  return (
    <div className={styles.match}>
      <div className={styles.head}>
        <Subtitle2 as="h3" className={styles.heading}>
          {m.taskAt(match.current.seq ?? "", match.current.row)}
        </Subtitle2>
        <Badge size="small" appearance="tint" color={BADGE_COLOR[level]} className={styles.badge}>
          {m.confidence(level)}
        </Badge>
      </div>
      <Caption1 className={styles.clipped} title={match.current.task}>
        {match.current.task}
      </Caption1>
      {match.changes.map((change, i) => (
        <Caption1 key={i} className={styles.change}>
          {describeChange(change, messages.language)}
        </Caption1>
      ))}
    </div>
  );
}

/** A task beside last year's: both texts, how sure, and every line about their targets. */
function MatchCard({ match, messages }: { match: PriorYearMatch; messages: Messages }) {
  const styles = useStyles();
  const m = messages.areas;
  const lines = changeLines(match, messages.language);
  // The catalogue's colon: full width between Chinese words, ": " in English.
  const colon = messages.language === "zh-CN" ? "：" : ": ";
  return (
    <div className={styles.match}>
      <Subtitle2 as="h3" className={styles.heading}>
        {m.taskAt(match.current.seq ?? "", match.current.row)}
      </Subtitle2>
      <Caption1>{match.current.task}</Caption1>
      {match.prior.length === 0 ? (
        <Caption1 className={styles.none}>{m.noPrior}</Caption1>
      ) : (
        match.prior.map((p) => (
          <Caption1 key={`${p.task.sheet}-${p.task.row}`}>
            <Badge size="small" appearance="tint" color={BADGE_COLOR[p.confidence]} className={styles.badge}>
              {m.confidence(p.confidence)}
            </Badge>
            {m.priorOf(p.task.seq ?? "")}
            {colon}
            {p.task.task}
          </Caption1>
        ))
      )}
      {lines.map((line, i) => (
        <Caption1 key={line} className={i < match.changes.length ? styles.change : styles.none}>
          {line}
        </Caption1>
      ))}
    </div>
  );
}
