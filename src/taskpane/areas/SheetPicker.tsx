import { Field, Select } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { WorkbookPort } from "../../host/port";
import { userSheetNames } from "../workflows";

/**
 * A choice among the workbook's own sheets (not settings, not the add-in's tabs). The list is read again
 * when `version` changes, e.g. after sheets were imported.
 */
export function SheetPicker(props: { workbook: WorkbookPort; label: string; placeholder: string; value: string; onChange: (name: string) => void; version?: number }) {
  const { workbook, label, placeholder, value, onChange, version = 0 } = props;
  const [names, setNames] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    userSheetNames(workbook)
      .then((found) => live && setNames(found))
      .catch(() => live && setNames([]));
    return () => {
      live = false;
    };
  }, [workbook, version]);
  return (
    <Field label={label}>
      <Select value={value} onChange={(_e, data) => onChange(data.value)}>
        <option value="">{placeholder}</option>
        {names.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </Select>
    </Field>
  );
}
