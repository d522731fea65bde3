/**
 * The preview: the task pane beside a grid view of a workbook, with no Excel. The local preview server
 * (scripts/preview.js) reads the .xlsx with the file adapter and hands its sheets over; the pane works on
 * them through the in-memory adapter, the third implementation of the same port. With ?host=wps the pane is the
 * WPS加载项's instead: the WPS adapter over the model of WPS 表格 (src/host/wps/fakeWps.ts), WPS's words, and
 * the ribbon's commands run as WPS runs them (src/wps/main.ts), their reports reaching the pane through
 * PluginStorage (see books.ts).
 */
import {
  Body1,
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle1,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { onCommandReport, registerRibbonCommands, type CommandEvent } from "../commands/commands";
import { commandTitle, RIBBON_COMMANDS } from "../commands/ribbon";
import { createRoot } from "react-dom/client";
import type { SheetGrid } from "../engine/grid";
import { App } from "../taskpane/components/App";
import { messagesFor, pickLanguage, type Language, type SpreadsheetHost } from "../i18n";
import { OnAction, useRibbonContext as setRibbonContext } from "../wps/main";
import { pluginStorageReports } from "../wps/reports";
import { memoryBook, wpsBook, type PreviewBook } from "./books";
import { GRID_TEXT, GridView } from "./GridView";

// The page is exactly one screen: the grid and the pane each scroll inside it. Sized by content instead
// (a grid row and flex items grow to fit by default), the whole page scrolled with the sheet's rows, and
// going to a cell far down carried the pane's content out of view.
const useStyles = makeStyles({
  page: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) 440px", gridTemplateRows: "minmax(0, 1fr)", height: "100vh" },
  left: { display: "flex", flexDirection: "column", minWidth: 0, minHeight: 0, padding: tokens.spacingHorizontalM, gap: tokens.spacingVerticalS },
  bar: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM },
  pane: { borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, overflowY: "auto" },
});

/** The preview's own few words, beside the pane's catalogue (the page is not part of the add-in). */
const PAGE_TEXT = {
  "zh-CN": { heading: "预览", open: "打开 .xlsx / .csv", ribbon: "功能区", openFailed: "无法打开文件", wps: "WPS 表格（模型）" },
  "en-US": { heading: "Preview", open: "Open .xlsx / .csv", ribbon: "Ribbon", openFailed: "Could not open the file", wps: "WPS Spreadsheets (model)" },
} as const;

interface LoadedSheets {
  file: string;
  sheets: SheetGrid[];
  /** The add-in's settings the file held (scripts/preview-reader.js). */
  settings?: Record<string, string>;
  /** Sheets the file keeps very hidden. */
  veryHidden?: string[];
}

/** A file the clerk picked in the page: its own name decides .xlsx or .csv and names it in the pane. */
interface Upload {
  name: string;
  bytes: ArrayBuffer;
}

/**
 * The token the preview server wrote into this page when it served it (scripts/preview.js): the server takes a
 * file only with it, in a header of its own that no other site's form or fetch can send.
 */
function serverToken(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="taizhang-preview-token"]')?.content ?? "";
}

async function loadSheets(language: Language, upload?: Upload): Promise<LoadedSheets> {
  const query = `lang=${language}`;
  const response = upload
    ? await fetch(`/api/open?${query}&name=${encodeURIComponent(upload.name)}`, {
        method: "POST",
        headers: { "Content-Type": "application/octet-stream", "X-Taizhang-Token": serverToken() },
        body: upload.bytes,
      })
    : await fetch(`/api/workbook?${query}`);
  const data = (await response.json()) as LoadedSheets & { error?: { message?: string } };
  if (!response.ok || !data.sheets) throw new Error(data.error?.message ?? response.statusText);
  return { file: data.file ?? "", sheets: data.sheets, settings: data.settings ?? {}, veryHidden: data.veryHidden ?? [] };
}

/** The book a workbook's sheets open as, and how the pane hears of the ribbon's reports. */
interface Opened {
  book: PreviewBook;
  commandReports: Parameters<typeof App>[0]["commandReports"];
  /** A ribbon button clicked. */
  run: (command: string) => void;
}

function openBook(host: SpreadsheetHost, { sheets, settings, veryHidden }: LoadedSheets, language: Language, messages: ReturnType<typeof messagesFor>): Opened {
  // Last year's file, imported in the pane, is read by the same local server.
  const parseFile = async (name: string, bytes: Uint8Array) => (await loadSheets(language, { name, bytes: bytes.slice().buffer })).sheets;
  // The file's settings and very hidden sheets: the add-in's proof of its own tabs, so a second 汇总 here
  // replaces them as the host would, not as if they were the clerk's.
  if (host === "wps") {
    const book = wpsBook(sheets, { parseFile, settings, veryHidden });
    // The ribbon's page in WPS: its callbacks over this book, WPS's PluginStorage modelled.
    setRibbonContext({ host: () => book.addinHost, workbook: () => book.port, baseUrl: () => location.href, language: () => language });
    return { book, commandReports: pluginStorageReports(book.addinHost.PluginStorage), run: (command) => OnAction({ Id: command }) };
  }
  const book = memoryBook(sheets, { parseFile, settings, veryHidden });
  // The Home tab's buttons, registered as Office registers them, clicked here instead of on Excel's ribbon.
  const handlers = new Map<string, (event: CommandEvent) => void>();
  registerRibbonCommands({ associate: (id, handler) => void handlers.set(id, handler) }, book.port, messages);
  return { book, commandReports: onCommandReport, run: (command) => handlers.get(command)?.({ completed: () => undefined }) };
}

/** `initial`: the workbook the page opens first, already on its way from the server. */
function Preview({ language, host, initial }: { language: Language; host: SpreadsheetHost; initial: Promise<LoadedSheets> }) {
  const styles = useStyles();
  const messages = useMemo(() => messagesFor(language, host), [language, host]);
  const text = PAGE_TEXT[language];
  const [opened, setOpened] = useState<Opened | null>(null);
  const [file, setFile] = useState("");
  const [error, setError] = useState("");
  const [, setVersion] = useState(0);

  const open = async (loading: Promise<LoadedSheets>) => {
    try {
      const loaded = await loading;
      const next = openBook(host, loaded, language, messages);
      next.book.subscribe(() => setVersion((v) => v + 1));
      setOpened(next);
      setFile(loaded.file);
      setError("");
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  // Once, on mount: `open` awaits the file before it sets any state, which the hooks rule cannot see.
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void open(initial);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const book = opened?.book;
  return (
    <div className={styles.page}>
      <div className={styles.left}>
        <div className={styles.bar}>
          <Subtitle1 as="h1">
            {messages.productName} · {text.heading}
            {host === "wps" && ` · ${text.wps}`}
          </Subtitle1>
          <Body1 data-testid="file">{file}</Body1>
          <label>
            <Button size="small" onClick={(e) => (e.currentTarget.nextElementSibling as HTMLInputElement | null)?.click()}>
              {text.open}
            </Button>
            <input
              type="file"
              accept=".xlsx,.csv"
              hidden
              data-testid="open-file"
              onChange={async (e) => {
                const chosen = e.target.files?.[0];
                if (chosen) await open(loadSheets(language, { name: chosen.name, bytes: await chosen.arrayBuffer() }));
                e.target.value = ""; // the same file picked again is opened again
              }}
            />
          </label>
        </div>
        <div className={styles.bar} role="toolbar" aria-label={text.ribbon}>
          {RIBBON_COMMANDS.map((command) => (
            <Button key={command} size="small" appearance="subtle" disabled={!opened} onClick={() => opened?.run(command)}>
              {commandTitle(command, messages)}
            </Button>
          ))}
        </div>
        {error && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>
              <MessageBarTitle>{text.openFailed}</MessageBarTitle>
              {error}
            </MessageBarBody>
          </MessageBar>
        )}
        {book && (
          <GridView
            sheets={book.sheets()}
            text={GRID_TEXT[language]}
            markAt={book.markAt}
            percentColumns={book.percentColumns}
            active={book.active()}
            selected={book.selected()}
            onActivate={book.activate}
          />
        )}
      </div>
      <div className={styles.pane} data-testid="pane">
        {opened && <App key={file} messages={messages} language={language} workbook={opened.book.port} commandReports={opened.commandReports} />}
      </div>
    </div>
  );
}

const container = document.getElementById("container");
if (container) {
  const query = new URLSearchParams(location.search);
  const language = pickLanguage(query.get("lang") ?? navigator.language);
  const host: SpreadsheetHost = query.get("host") === "wps" ? "wps" : "excel";
  document.documentElement.lang = language;
  // Asked for before React's first render and layout (~0.3 s on a 2-core VM), not after, so the server
  // answers meanwhile. A failure is shown once Preview opens it, not reported as unhandled before that.
  const initial = loadSheets(language);
  initial.catch(() => undefined);
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Preview language={language} host={host} initial={initial} />
    </FluentProvider>,
  );
}
