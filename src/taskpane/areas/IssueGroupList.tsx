import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Caption1,
  Checkbox,
  Link,
  makeStyles,
  tokens,
  type AccordionToggleData,
} from "@fluentui/react-components";
import { useId, useState } from "react";
import { renderMessage, type Issue, type Severity } from "../../engine/validate";
import { cellKey, type IssueGroup } from "../../engine/validate/selection";
import type { Language, Messages } from "../../i18n";

const useStyles = makeStyles({
  group: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  // The checkbox beside the header, not in it: a control inside the header's button would not be reachable.
  head: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalXXS },
  // Where a group without a fix has no checkbox, so that every title starts at the same place.
  noBox: { flexShrink: 0, width: "32px" },
  header: { flexGrow: 1, minWidth: 0 },
  headerButton: { height: "auto", minHeight: "32px", paddingBlock: tokens.spacingVerticalS, textAlign: "start", alignItems: "flex-start" },
  headerText: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  titleLine: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalS },
  // A badge is one word: it never wraps, and the title beside it gives way instead.
  badge: { whiteSpace: "nowrap", flexShrink: 0 },
  title: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere", minWidth: 0 },
  meta: { color: tokens.colorNeutralForeground3 },
  // Under the title, beside the checkboxes: as wide as the pane allows, so that most messages keep to one line.
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    // The same property as Fluent's own margin, so that it replaces it.
    margin: 0,
    paddingInlineStart: "32px",
    paddingBlockEnd: tokens.spacingVerticalS,
  },
  issue: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "baseline" },
  // A unit's wrong name: the cells alone, as many to a line as fit.
  cells: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS },
  cell: { flexShrink: 0, minWidth: "3em" },
  message: { overflowWrap: "anywhere", minWidth: 0 },
});

const SEVERITY_COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

/** Cells listed per group before "show more": hundreds of rows of Fluent controls would slow the pane down for nothing. */
const GROUP_PAGE = 30;

export function SeverityBadge({ severity, messages }: { severity: Severity; messages: Messages }) {
  const styles = useStyles();
  return (
    <Badge className={styles.badge} appearance="tint" color={SEVERITY_COLOR[severity]}>
      {messages.areas.severity[severity]}
    </Badge>
  );
}

/** A group's one-line title: a unit's wrong name says its own sentence (the same for each cell); other kinds, what they are. */
export const groupTitle = (group: IssueGroup, messages: Messages, language: Language): string =>
  group.named ? renderMessage(group.issues[0], language) : messages.areas.issueKinds[group.code];

/** Whether a group's fixes are in the batch: all, none, or some of its cells unticked in the preview. */
function groupChecked(group: IssueGroup, excludedKinds: ReadonlySet<string>, excludedCells: ReadonlySet<string>): boolean | "mixed" {
  if (excludedKinds.has(group.kind)) return false;
  const some = group.issues.some((issue) => issue.fix !== undefined && excludedCells.has(cellKey(issue.sheet, issue.cell)));
  return some ? "mixed" : true;
}

function GroupCells({
  group,
  title,
  titleId,
  onGoTo,
  messages,
  language,
}: {
  group: IssueGroup;
  title: string;
  titleId: string;
  onGoTo: (issue: Issue) => void;
  messages: Messages;
  language: Language;
}) {
  const styles = useStyles();
  const m = messages.areas;
  const idBase = useId();
  const [all, setAll] = useState(false);
  const issues = all ? group.issues : group.issues.slice(0, GROUP_PAGE);
  const rows = issues.map((issue) => renderMessage(issue, language));
  // A unit's wrong name says the group's sentence again for each cell: the title describes them, said once.
  const bare = rows.every((message) => message === title);
  const goTo = (issue: Issue, i: number, own: boolean) => (
    <Link as="button" className={styles.cell} aria-label={m.goTo(issue.cell)} aria-describedby={own ? `${idBase}-${i}` : titleId} onClick={() => onGoTo(issue)}>
      {issue.cell}
    </Link>
  );
  return (
    <>
      {bare ? (
        <div className={styles.cells}>
          {issues.map((issue, i) => (
            <span key={`${issue.cell}-${i}`}>{goTo(issue, i, false)}</span>
          ))}
        </div>
      ) : (
        issues.map((issue, i) => {
          const own = rows[i] !== title;
          return (
            <div key={`${issue.cell}-${i}`} className={styles.issue}>
              {goTo(issue, i, own)}
              {own && (
                <Caption1 id={`${idBase}-${i}`} className={styles.message}>
                  {rows[i]}
                </Caption1>
              )}
            </div>
          );
        })
      )}
      {!all && group.issues.length > GROUP_PAGE && (
        <Button size="small" appearance="subtle" onClick={() => setAll(true)}>
          {m.showMore(group.issues.length - GROUP_PAGE)}
        </Button>
      )}
    </>
  );
}

/**
 * The issues by kind, most serious first: each group's severity, title, count and whether it can be fixed, with
 * a checkbox that puts its fixes in the batch; opened, the group lists its cells (each goes to its cell).
 */
export function IssueGroupList({
  groups,
  excludedKinds,
  excludedCells,
  onPick,
  onGoTo,
  messages,
  language,
}: {
  groups: readonly IssueGroup[];
  excludedKinds: ReadonlySet<string>;
  excludedCells: ReadonlySet<string>;
  /** The clerk ticked (true) or unticked a group's checkbox. */
  onPick: (group: IssueGroup, picked: boolean) => void;
  onGoTo: (issue: Issue) => void;
  messages: Messages;
  language: Language;
}) {
  const styles = useStyles();
  const m = messages.areas;
  const idBase = useId();
  const [open, setOpen] = useState<string[]>([]);
  return (
    <Accordion multiple collapsible openItems={open} onToggle={(_e, data: AccordionToggleData<string>) => setOpen(data.openItems)}>
      {groups.map((group, g) => {
        const title = groupTitle(group, messages, language);
        const titleId = `${idBase}-${g}`;
        const checked = groupChecked(group, excludedKinds, excludedCells);
        return (
          <AccordionItem key={group.kind} value={group.kind} className={styles.group}>
            <div className={styles.head}>
              {group.fixable > 0 ? (
                <Checkbox checked={checked} aria-label={m.fixGroup(title)} onChange={() => onPick(group, checked !== true)} />
              ) : (
                <span className={styles.noBox} />
              )}
              <AccordionHeader as="h3" size="small" expandIconPosition="end" className={styles.header} button={{ className: styles.headerButton }}>
                <span className={styles.headerText}>
                  <span className={styles.titleLine}>
                    <SeverityBadge severity={group.severity} messages={messages} />
                    <span id={titleId} className={styles.title}>
                      {title}
                    </span>
                  </span>
                  <Caption1 className={styles.meta}>
                    {m.groupCount(group.issues.length)}
                    {group.fixable > 0 && ` · ${m.groupFixable(group.fixable, group.issues.length)}`}
                  </Caption1>
                </span>
              </AccordionHeader>
            </div>
            <AccordionPanel className={styles.panel}>
              <GroupCells group={group} title={title} titleId={titleId} onGoTo={onGoTo} messages={messages} language={language} />
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}
