import { useEffect, useRef, useState } from "react";
import type { WorkbookPort } from "../../host/port";

/**
 * A choice the clerk makes in the pane (as-of date, lead-only, prior-year sheet), read from the workbook when
 * the area opens and written back when it changes, so the next session starts where this one ended.
 */
export function useSetting(workbook: WorkbookPort, key: string, initial: string): [string, (value: string) => void] {
  const [value, setValue] = useState(initial);
  // A choice made before the saved one was read wins over it.
  const chosen = useRef(false);
  useEffect(() => {
    let live = true;
    workbook
      .readSettings()
      .then((saved) => {
        if (live && !chosen.current && saved[key] !== undefined) setValue(saved[key]);
      })
      .catch(() => undefined); // an old Excel without settings: the pane still works, it just forgets
    return () => {
      live = false;
    };
  }, [workbook, key]);
  const update = (next: string) => {
    chosen.current = true;
    setValue(next);
    void workbook.writeSettings({ [key]: next }).catch(() => undefined);
  };
  return [value, update];
}
