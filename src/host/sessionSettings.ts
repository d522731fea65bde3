/**
 * Settings of a workbook held by this process (a file opened by the command line, the preview's in-memory
 * workbook): kept as long as the object lives, starting from those the file held (the file adapter writes them
 * back into the copy it saves).
 */
export class SessionSettings {
  private values: Record<string, string>;

  constructor(initial: Readonly<Record<string, string>> = {}) {
    this.values = { ...initial };
  }

  read(): Record<string, string> {
    return { ...this.values };
  }

  write(values: Record<string, string>): void {
    this.values = { ...this.values, ...values };
  }
}

/** For workbooks nobody edits while the add-in holds them: there are no user edits to report. */
export async function noEdits(): Promise<() => Promise<void>> {
  return async () => undefined;
}
