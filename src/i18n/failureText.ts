// Shared by every face (the pane's areas, the ribbon's reports): plain text logic, not part of a React hook.
import type { Language } from "../engine/language";
import { WorkbookError } from "../host/port";
import { problemText } from "../host/problems";

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

/**
 * A failure as a sentence in the face's language that says what to do: the host's problems are rendered from
 * their catalogue, a face's own failures already are sentences, and anything else gets the "unexpected" hint.
 */
export function failureText(error: unknown, language: Language, unexpected: (detail: string) => string): string {
  if (error instanceof WorkbookError) return problemText(error.problem, language);
  if (error instanceof FaceFailure) return error.message;
  return unexpected(error instanceof Error ? error.message : String(error));
}
