import { Field, Select } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { WorkbookPort } from "../../host/port";
import { userSheetNames } from "../../app/userSheets";

export interface PickerChoice {
  value: string;
  label: string;
}

/**
 * A choice among the workbook's own sheets (not settings, not the add-in's tabs), after the `placeholder`
 * (value "") and before `extra` choices (the built-in years). The list is read again when `version` changes,
 * e.g. after sheets were imported; with `excludeActive` the sheet being worked on is not offered.
 */
export function SheetPicker(props: {
  workbook: WorkbookPort;
  label: string;
  placeholder: string;
  value: string;
  onChange: (name: string) => void;
  version?: number;
  extra?: readonly PickerChoice[];
  excludeActive?: boolean;
}) {
  const { workbook, label, placeholder, value, onChange, version = 0, extra = [], excludeActive = false } = props;
  const [names, setNames] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    Promise.all([userSheetNames(workbook), excludeActive ? workbook.activeSheetName() : Promise.resolve(null)])
      .then(([found, active]) => live && setNames(found.filter((name) => name !== active)))
      .catch(() => live && setNames([]));
    return () => {
      live = false;
    };
  }, [workbook, version, excludeActive]);
  return (
    <Field label={label}>
      <Select value={value} onChange={(_e, data) => onChange(data.value)}>
        <option value="">{placeholder}</option>
        {names.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
        {extra.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
