import { useCallback, useState } from "react";
import { WorkbookError } from "../../host/port";

export type TaskState<T> = { status: "idle" } | { status: "busy" } | { status: "done"; value: T } | { status: "failed"; message: string };

/** A failure as a sentence that says what to do: the port's own messages already do; others get a hint. */
export function failureText(error: unknown, unexpected: (detail: string) => string): string {
  if (error instanceof WorkbookError) return error.message;
  return unexpected(error instanceof Error ? error.message : String(error));
}

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
