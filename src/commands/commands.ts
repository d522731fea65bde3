/**
 * Ribbon commands (the manifest's FunctionFile). The one button today, 打开台账助手, opens the task pane,
 * which Office does without code; commands that run without the pane will register here with
 * Office.actions.associate("name", handler).
 */
void Office.onReady(() => {
  // Nothing to register yet; waiting for onReady is what tells Office the function file has loaded.
});
