// Shared by every face (the pane's areas, the ribbon's reports): plain text logic, not part of a React hook.
import { WorkbookError } from "../host/port";

/**
 * A failure a face words itself, from its own catalogue and in its own language (the pane refusing a file
 * before it reaches the workbook, say): shown as it is.
 */
export class FaceFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FaceFailure";
  }
}

/** A failure as a sentence that says what to do: the port's own messages and a face's own failures already do; others get a hint. */
export function failureText(error: unknown, unexpected: (detail: string) => string): string {
  if (error instanceof WorkbookError) return error.message;
  if (error instanceof FaceFailure) return error.message;
  return unexpected(error instanceof Error ? error.message : String(error));
}
