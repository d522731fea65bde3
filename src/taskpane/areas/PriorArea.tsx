import { Button, Caption1, Field, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { PriorYearMatch } from "../../engine/pipeline";
import { parseBuiltinSpec } from "../../engine/history";
import type { WorkbookPort } from "../../host/port";
import type { Messages } from "../../i18n";
import { useRef, useState } from "react";
import { FaceFailure } from "../../i18n/failureText";
import { defaultPriorSource, importPlanText, importPriorFile, priorYearOfActiveSheet, type ImportedPlan, type ImportedPrior } from "../../app/priorYear";
import { Feedback } from "./Feedback";
import { FilePickButton } from "./FilePickButton";
import { PriorResults } from "./PriorResults";
import { PriorSheetPicker } from "./PriorSheetPicker";
import { useSetting } from "./useSetting";
import { useRunOnOpen, useTask } from "./useTask";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  none: { color: tokens.colorNeutralForeground3 },
  importer: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXXS },
  row: { display: "flex", gap: tokens.spacingHorizontalS },
  wide: { alignSelf: "stretch" },
});

/** Plan texts come as UTF-8 or, saved on Chinese Windows, GB18030: a UTF-8 decode that fails means the latter. */
export function decodePlanText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

interface Comparison {
  /** Which run this is: the findings start again (first filter, first page) with each. */
  run: number;
  matches: PriorYearMatch[];
  /** The built-in year used because no source was chosen ("内置·嘉兴2021年资料"), else null. */
  builtinUsed: string | null;
}

export function PriorArea({ workbook, messages, runOnOpen = false }: { workbook: WorkbookPort; messages: Messages; runOnOpen?: boolean }) {
  const styles = useStyles();
  const m = messages.areas;
  const [priorSheet, setPriorSheet] = useSetting(workbook, "priorSheet", "");
  const task = useTask<Comparison>(messages);
  const comparison = task.state.status === "done" ? task.state.value : null;
  const runs = useRef(0);
  const compare = (chosen = priorSheet) =>
    task.run(async () => {
      // The clerk may have gone to another sheet since the list was read: offer what fits the one compared.
      setSheetsVersion((v) => v + 1);
      // No sheet chosen: the bundled year before this sheet's, for a workbook without a prior year of its own.
      const source = chosen || (await defaultPriorSource(workbook));
      if (source === null) throw new FaceFailure(m.noBuiltinBefore);
      const builtinYear = parseBuiltinSpec(source)?.year ?? null;
      const used = chosen ? null : builtinYear === null ? source : m.builtinYear(builtinYear);
      return { run: ++runs.current, matches: await priorYearOfActiveSheet(workbook, source), builtinUsed: used };
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
  // The setting may not have arrived yet: read it from the workbook.
  useRunOnOpen(runOnOpen, async () => compare((await workbook.readSettings().catch(() => ({}) as Record<string, string>)).priorSheet ?? ""));
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
      <PriorSheetPicker workbook={workbook} messages={messages} value={priorSheet} onChange={setPriorSheet} version={sheetsVersion} />
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
      {comparison && <PriorResults key={comparison.run} matches={comparison.matches} messages={messages} />}
    </section>
  );
}
