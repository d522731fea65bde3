import { useCallback, useEffect, useRef, useState } from "react";
import type { Messages } from "../../i18n";
import { failureText } from "../../i18n/failureText";

export type TaskState<T> = { status: "idle" } | { status: "busy" } | { status: "done"; value: T } | { status: "failed"; message: string };

/**
 * Runs one async step of an area and keeps its state: idle, busy, done with a value, or failed with a message
 * in the pane's language.
 */
export function useTask<T>(messages: Pick<Messages, "language" | "errorUnexpected">) {
  const { language, errorUnexpected } = messages;
  const [state, setState] = useState<TaskState<T>>({ status: "idle" });
  const run = useCallback(
    async (step: () => Promise<T>) => {
      setState({ status: "busy" });
      try {
        const value = await step();
        setState({ status: "done", value });
        return value;
      } catch (error) {
        setState({ status: "failed", message: failureText(error, language, errorUnexpected) });
        return undefined;
      }
    },
    [language, errorUnexpected],
  );
  return { state, run, setState };
}

/**
 * Runs `action` once, when the area is drawn with `runOnOpen` (the clerk came from the first screen's card and
 * expects the area's answer, not its button). The latest `action` is used, so it may close over fresh state.
 */
export function useRunOnOpen(runOnOpen: boolean, action: () => unknown): void {
  const latest = useRef(action);
  useEffect(() => {
    latest.current = action;
  });
  const ran = useRef(false);
  useEffect(() => {
    if (!runOnOpen || ran.current) return;
    ran.current = true;
    void latest.current();
  }, [runOnOpen]);
}
