// Shared by every face (the pane's areas, the ribbon's reports): plain text logic, not part of a React hook.
import { WorkbookError } from "../host/port";

/** A failure as a sentence that says what to do: the port's own messages already do; others get a hint. */
export function failureText(error: unknown, unexpected: (detail: string) => string): string {
  if (error instanceof WorkbookError) return error.message;
  return unexpected(error instanceof Error ? error.message : String(error));
}
