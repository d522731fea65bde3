import { Badge, Body1, Button, Caption1, Field, Subtitle2, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { CONFIDENCE_ORDER, type MatchConfidence } from "../../engine/matching";
import { changeLines, type PriorYearMatch } from "../../engine/pipeline";
import type { WorkbookPort } from "../../host/port";
import type { Messages } from "../../i18n";
import { useState } from "react";
import { FaceFailure } from "../../i18n/failureText";
import {
  builtinPriorChoices,
  defaultPriorSource,
  importPlanText,
  importPriorFile,
  priorYearOfActiveSheet,
  type ImportedPlan,
  type ImportedPrior,
} from "../../app/priorYear";
import { Feedback } from "./Feedback";
import { FilePickButton } from "./FilePickButton";
import { SheetPicker } from "./SheetPicker";
import { useSetting } from "./useSetting";
import { useTask } from "./useTask";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  match: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  change: { color: tokens.colorBrandForeground1 },
  none: { color: tokens.colorNeutralForeground3 },
  importer: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXXS },
  row: { display: "flex", gap: tokens.spacingHorizontalS },
  wide: { alignSelf: "stretch" },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  groupHeading: { paddingTop: tokens.spacingVerticalM },
  badge: { marginRight: tokens.spacingHorizontalXS, whiteSpace: "nowrap", flexShrink: 0 },
});

/** The level's colour: green to take, amber to check, grey for a lead only. */
const BADGE_COLOR = { certain: "success", likely: "warning", tentative: "subtle" } as const;

type Group = { level: MatchConfidence | "none"; matches: PriorYearMatch[] };

/** Tasks by how sure their best match is, the surest first, and those without a match last; sheet order within. */
export function groupByConfidence(matches: readonly PriorYearMatch[]): Group[] {
  const levels: Group["level"][] = [...CONFIDENCE_ORDER, "none"];
  return levels
    .map((level) => ({ level, matches: matches.filter((x) => (x.prior[0]?.confidence ?? "none") === level) }))
    .filter((group) => group.matches.length > 0);
}

/** Plan texts come as UTF-8 or, saved on Chinese Windows, GB18030: a UTF-8 decode that fails means the latter. */
export function decodePlanText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

interface Comparison {
  matches: PriorYearMatch[];
  /** The built-in year used because no source was chosen ("内置·嘉兴2021年资料"), else null. */
  builtinUsed: string | null;
}

export function PriorArea({ workbook, messages }: { workbook: WorkbookPort; messages: Messages }) {
  const styles = useStyles();
  const m = messages.areas;
  const [priorSheet, setPriorSheet] = useSetting(workbook, "priorSheet", "");
  const task = useTask<Comparison>(messages);
  const comparison = task.state.status === "done" ? task.state.value : null;
  const matches = comparison?.matches ?? null;
  const builtinChoices = builtinPriorChoices(m.builtinYear);
  const compare = () =>
    task.run(async () => {
      // No sheet chosen: the bundled year before this sheet's, for a workbook without a prior year of its own.
      const source = priorSheet || (await defaultPriorSource(workbook));
      if (source === null) throw new FaceFailure(m.noBuiltinBefore);
      const used = priorSheet ? null : (builtinChoices.find((c) => c.value === source)?.label ?? source);
      return { matches: await priorYearOfActiveSheet(workbook, source), builtinUsed: used };
    });
  const [planText, setPlanText] = useState("");
  const planning = useTask<ImportedPlan>(messages);
  const plan = planning.state.status === "done" ? planning.state.value : null;
  const importPlan = (text: string) =>
    planning.run(async () => {
      const result = await importPlanText(workbook, text);
      if (result.sheet) {
        setSheetsVersion((v) => v + 1);
        setPriorSheet(result.sheet);
      }
      return result;
    });
  const importing = useTask<ImportedPrior>(messages);
  const imported = importing.state.status === "done" ? importing.state.value : null;
  const [sheetsVersion, setSheetsVersion] = useState(0);
  const importFile = (file: File) =>
    importing.run(async () => {
      // Excel inserts sheets only from .xlsx; say so before sending anything else to it.
      if (!/\.xls[xm]$/iu.test(file.name)) throw new FaceFailure(m.importNeedsXlsx(file.name));
      const result = await importPriorFile(workbook, file.name, new Uint8Array(await file.arrayBuffer()));
      setSheetsVersion((v) => v + 1);
      if (result.priorSheet) setPriorSheet(result.priorSheet);
      return result;
    });
  return (
    <section className={styles.root} aria-label={m.tabs.prior}>
      <SheetPicker
        workbook={workbook}
        label={m.priorSheet}
        placeholder={m.builtinAuto}
        value={priorSheet}
        onChange={setPriorSheet}
        version={sheetsVersion}
        extra={builtinChoices}
        excludeActive
      />
      <div className={styles.importer}>
        <FilePickButton label={m.importPrior} accept=".xlsx,.xlsm" disabled={importing.state.status === "busy"} onPick={(file) => void importFile(file)} />
        <Caption1 className={styles.none}>{m.importHint}</Caption1>
      </div>
      <Feedback state={importing.state} messages={messages} />
      {imported && <Caption1>{m.imported(imported.inserted, imported.priorSheet)}</Caption1>}
      <div className={styles.importer}>
        <Field label={m.planPaste} className={styles.wide}>
          <Textarea value={planText} placeholder={m.planPlaceholder} resize="vertical" onChange={(_e, data) => setPlanText(data.value)} />
        </Field>
        <div className={styles.row}>
          <Button size="small" disabled={planText.trim() === "" || planning.state.status === "busy"} onClick={() => void importPlan(planText)}>
            {m.planImport}
          </Button>
          <FilePickButton
            label={m.planPick}
            accept=".txt,text/plain"
            disabled={planning.state.status === "busy"}
            onPick={(file) => void file.arrayBuffer().then((buffer) => importPlan(decodePlanText(new Uint8Array(buffer))))}
          />
        </div>
        <Feedback state={planning.state} messages={messages} />
        {plan && <Caption1>{plan.sheet ? m.planImported(plan.sheet, plan.indicators) : m.planNoTargets}</Caption1>}
      </div>
      <Button appearance="primary" disabled={task.state.status === "busy"} onClick={() => void compare()}>
        {m.compareButton}
      </Button>
      <Feedback state={task.state} messages={messages} />
      {comparison?.builtinUsed && <Caption1>{m.builtinUsed(comparison.builtinUsed)}</Caption1>}
      {matches && <Body1>{m.matched(matches.filter((x) => x.prior.length > 0).length, matches.length)}</Body1>}
      {matches &&
        groupByConfidence(matches).map((group) => (
          <div key={group.level} className={styles.group}>
            <Subtitle2 as="h2" className={styles.groupHeading}>
              {group.level === "none" ? m.noPriorGroup(group.matches.length) : m.confidenceGroup(group.level, group.matches.length)}
            </Subtitle2>
            {group.matches.map((match) => (
              <div key={`${match.current.sheet}-${match.current.row}`} className={styles.match}>
                <Subtitle2 as="h3">{m.taskAt(match.current.seq ?? "", match.current.row)}</Subtitle2>
                <Caption1>{match.current.task}</Caption1>
                {match.prior.length === 0 ? (
                  <Caption1 className={styles.none}>{m.noPrior}</Caption1>
                ) : (
                  match.prior.map((p) => (
                    <Caption1 key={`${p.task.sheet}-${p.task.row}`}>
                      <Badge size="small" appearance="tint" color={BADGE_COLOR[p.confidence]} className={styles.badge}>
                        {m.confidence(p.confidence)}
                      </Badge>
                      {m.priorOf(p.task.seq ?? "")}：{p.task.task}
                    </Caption1>
                  ))
                )}
                {changeLines(match).map((line, i) => (
                  <Caption1 key={line} className={i < match.changes.length ? styles.change : styles.none}>
                    {line}
                  </Caption1>
                ))}
              </div>
            ))}
          </div>
        ))}
    </section>
  );
}
