import { Field, Select, makeStyles } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { priorChoices, workbookPriorChoices, type PriorChoices } from "../../app/priorYear";
import { BUILTIN_PREFIX, parseBuiltinSpec } from "../../engine/history";
import type { WorkbookPort } from "../../host/port";
import type { Messages } from "../../i18n";

// A native select is as wide as its longest choice ("Built-in Jiaxing material (the year before this sheet's)"):
// held to the pane's width, a long choice is cut short instead of pushing the arrow out of a 350 px pane.
/** One more choice beside the sheets and years (不对比). */
export interface PickerChoice {
  value: string;
  label: string;
}

const useStyles = makeStyles({
  field: { gridTemplateColumns: "minmax(0, 1fr)" },
  select: { minWidth: 0, maxWidth: "100%" },
  choice: { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
});

/**
 * 上年任务所在工作表: only what can be last year for the active sheet — the workbook's sheets of an earlier
 * year, the bundled years where the place allows, then the sheets of no known year, marked so. The first
 * choice ("") is the bundled year before this sheet's where there is one, else a request to choose. The list
 * is read again when `version` changes (sheets imported, a comparison run on another sheet). With scope
 * "workbook" (汇总), "this year" is the workbook's latest year, `defaultLabel` names the default and `none`
 * (不对比) follows it.
 */
export function PriorSheetPicker(props: {
  workbook: WorkbookPort;
  messages: Messages;
  value: string;
  onChange: (value: string) => void;
  version: number;
  label?: string;
  scope?: "sheet" | "workbook";
  defaultLabel?: string;
  none?: PickerChoice;
}) {
  const { workbook, messages, value, onChange, version, scope = "sheet", none } = props;
  const styles = useStyles();
  const m = messages.areas;
  const [choices, setChoices] = useState<PriorChoices | null>(null);
  useEffect(() => {
    let live = true;
    (scope === "workbook" ? workbookPriorChoices : priorChoices)(workbook).then(
      (found) => live && setChoices(found),
      () => live && setChoices(null), // the comparison says what went wrong, if the sheet cannot be read
    );
    return () => {
      live = false;
    };
  }, [workbook, version, scope]);
  const earlier = choices?.earlier ?? [];
  const builtin = choices?.builtin ?? [];
  const unknown = choices?.unknown ?? [];
  // A source kept from before (a later sheet, another place's built-in year) is shown as it is, not dropped.
  const offered =
    value === "" ||
    value === none?.value ||
    earlier.some((s) => s.name === value) ||
    unknown.includes(value) ||
    builtin.some((y) => `${BUILTIN_PREFIX}${y}` === value);
  const keptYear = parseBuiltinSpec(value)?.year ?? null;
  const year = choices?.year ?? null;
  const hint = year !== null && earlier.length === 0 ? m.priorNoEarlier(year, builtin.length > 0) : undefined;
  return (
    <Field label={props.label ?? m.priorSheet} hint={hint} className={styles.field}>
      <Select className={styles.select} select={{ className: styles.choice }} value={value} onChange={(_e, data) => onChange(data.value)}>
        <option value="">{props.defaultLabel ?? (choices === null || choices.auto !== null ? m.builtinAuto : m.priorPickSheet)}</option>
        {none && <option value={none.value}>{none.label}</option>}
        {earlier.length > 0 && (
          <optgroup label={m.priorEarlierSheets(year)}>
            {earlier.map((sheet) => (
              <option key={sheet.name} value={sheet.name}>
                {sheet.name}
              </option>
            ))}
          </optgroup>
        )}
        {builtin.length > 0 && (
          <optgroup label={m.priorBuiltinGroup}>
            {builtin.map((y) => (
              <option key={y} value={`${BUILTIN_PREFIX}${y}`}>
                {m.builtinYear(y)}
              </option>
            ))}
          </optgroup>
        )}
        {unknown.length > 0 && (
          <optgroup label={m.priorUnknownGroup}>
            {unknown.map((name) => (
              <option key={name} value={name}>
                {m.priorUnknownYear(name)}
              </option>
            ))}
          </optgroup>
        )}
        {!offered && <option value={value}>{keptYear === null ? value : m.builtinYear(keptYear)}</option>}
      </Select>
    </Field>
  );
}
