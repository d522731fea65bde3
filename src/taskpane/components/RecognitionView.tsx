import {
  Body1,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { SheetRecognition } from "../../engine/recognize";
import { summarizeRecognition } from "../../app/recognition";
import type { Messages } from "../../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  table: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0 },
  letter: { fontFamily: tokens.fontFamilyMonospace, width: "4em" },
  role: { display: "flex", flexDirection: "column", paddingTop: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalXXS },
  why: { color: tokens.colorNeutralForeground3 },
});

export interface RecognitionViewProps {
  recognition: SheetRecognition;
  messages: Messages;
}

/** What the engine found on a sheet. Cell text (titles, the sheet name) is rendered as text only. */
export function RecognitionView({ recognition, messages }: RecognitionViewProps) {
  const styles = useStyles();
  const tables = summarizeRecognition(recognition);
  return (
    <section className={styles.root} aria-live="polite">
      <Subtitle2 as="h2" className={styles.heading}>
        {messages.sheetHeading(recognition.sheet)}
      </Subtitle2>
      {tables.length === 0 ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{messages.noHeaderTitle}</MessageBarTitle>
            {recognition.noHeader?.rowsExamined ? messages.noHeader(recognition.noHeader.rowsExamined) : messages.emptySheet}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <Body1>{messages.tablesFound(tables.length)}</Body1>
      )}
      {tables.map((table, i) => (
        <div className={styles.table} key={`${table.headerRow}-${i}`}>
          <Subtitle2 as="h3" className={styles.heading}>
            {messages.tableHeading(i + 1, messages.kinds[table.kind])}
          </Subtitle2>
          {table.title !== null && <Body1>{messages.title(table.title)}</Body1>}
          <Body1>{messages.rows(table.headerRow, table.lastRow)}</Body1>
          <Body1>{messages.counts(table.counts)}</Body1>
          <Caption1>{messages.columnsCaption}</Caption1>
          <Table size="extra-small" aria-label={messages.columnsCaption}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{messages.roleHeader}</TableHeaderCell>
                <TableHeaderCell className={styles.letter}>{messages.columnHeader}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {table.columns.map(({ role, letter, why }) => (
                <TableRow key={role}>
                  <TableCell>
                    <div className={styles.role}>
                      <span>{messages.roles[role]}</span>
                      {why && <Caption1 className={styles.why}>{messages.roleWhy(why)}</Caption1>}
                    </div>
                  </TableCell>
                  <TableCell className={styles.letter}>{letter}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ))}
    </section>
  );
}
