import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Title3,
  Body1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useState } from "react";
import type { SheetRecognition } from "../../engine/recognize";
import { WorkbookError } from "../../host/port";
import type { Messages } from "../i18n";
import { RecognitionView } from "./RecognitionView";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  // Headings are real h1/h2 for screen readers; the layout's gaps do the spacing, not browser margins.
  heading: { margin: 0 },
  action: { alignSelf: "flex-start" },
  footer: { color: tokens.colorNeutralForeground3 },
});

export interface AppProps {
  messages: Messages;
  /** Reads the active sheet and recognises it; supplied by index.tsx, so the pane never calls Excel. */
  onRecognize: () => Promise<SheetRecognition>;
  /** False when the page is opened outside Excel (a browser tab): the button cannot work there. */
  inExcel?: boolean;
}

type State =
  | { status: "idle" }
  | { status: "busy" }
  | { status: "done"; recognition: SheetRecognition }
  | { status: "failed"; message: string };

/** A failure as a sentence that says what to do: the port's own messages already do; others get a hint. */
export function failureMessage(error: unknown, messages: Messages): string {
  if (error instanceof WorkbookError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return messages.errorUnexpected(detail);
}

export function App({ messages, onRecognize, inExcel = true }: AppProps) {
  const styles = useStyles();
  const [state, setState] = useState<State>({ status: "idle" });
  const busy = state.status === "busy";

  const recognize = useCallback(async () => {
    setState({ status: "busy" });
    try {
      setState({ status: "done", recognition: await onRecognize() });
    } catch (error) {
      setState({ status: "failed", message: failureMessage(error, messages) });
    }
  }, [onRecognize, messages]);

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1" className={styles.heading}>{messages.productName}</Title3>
        <Body1>{messages.tagline}</Body1>
      </header>
      {!inExcel && (
        <MessageBar intent="info">
          <MessageBarBody>{messages.notInExcel}</MessageBarBody>
        </MessageBar>
      )}
      <Button
        className={styles.action}
        appearance="primary"
        disabled={busy || !inExcel}
        icon={busy ? <Spinner size="tiny" /> : undefined}
        onClick={recognize}
      >
        {busy ? messages.recognizing : messages.recognizeButton}
      </Button>
      {state.status === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{messages.errorTitle}</MessageBarTitle>
            {state.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.status === "done" && <RecognitionView recognition={state.recognition} messages={messages} />}
      <Caption1 className={styles.footer}>{messages.privacy}</Caption1>
    </main>
  );
}
