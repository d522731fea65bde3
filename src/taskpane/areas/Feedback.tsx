import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import type { Messages } from "../../i18n";
import type { TaskState } from "./useTask";

/** The busy spinner or the error bar of an area's step; nothing when idle or done. */
export function Feedback({ state, messages }: { state: TaskState<unknown>; messages: Messages }) {
  if (state.status === "busy") return <Spinner size="small" label={messages.areas.working} />;
  if (state.status !== "failed") return null;
  return (
    <MessageBar intent="error">
      <MessageBarBody>
        <MessageBarTitle>{messages.areas.failed}</MessageBarTitle>
        {state.message}
      </MessageBarBody>
    </MessageBar>
  );
}
