import { useCallback, useState } from "react";
import { failureText } from "../../i18n/failureText";

export type TaskState<T> = { status: "idle" } | { status: "busy" } | { status: "done"; value: T } | { status: "failed"; message: string };

/** Runs one async step of an area and keeps its state: idle, busy, done with a value, or failed with a message. */
export function useTask<T>(unexpected: (detail: string) => string) {
  const [state, setState] = useState<TaskState<T>>({ status: "idle" });
  const run = useCallback(
    async (step: () => Promise<T>) => {
      setState({ status: "busy" });
      try {
        const value = await step();
        setState({ status: "done", value });
        return value;
      } catch (error) {
        setState({ status: "failed", message: failureText(error, unexpected) });
        return undefined;
      }
    },
    [unexpected],
  );
  return { state, run, setState };
}
