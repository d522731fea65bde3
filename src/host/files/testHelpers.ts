import { WorkbookError } from "../port";

/** Awaits a rejection and returns it as a WorkbookError (failing the test if it is anything else). */
export async function failure(promise: Promise<unknown>): Promise<WorkbookError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(WorkbookError);
    return error as WorkbookError;
  }
  throw new Error("expected a WorkbookError");
}
