/**
 * The preview: the task pane beside a grid view of a workbook, with no Excel. The local preview server
 * (scripts/preview.js) reads the .xlsx with the file adapter and hands its sheets over; the pane works on
 * them through the in-memory adapter, the third implementation of the same port.
 */
import { Body1, Button, FluentProvider, Subtitle1, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { onCommandReport, registerRibbonCommands, type CommandEvent } from "../commands/commands";
import { commandTitle, RIBBON_COMMANDS } from "../commands/ribbon";
import { createRoot } from "react-dom/client";
import type { SheetGrid } from "../engine/grid";
import { MemoryWorkbook } from "../host/memory/memoryWorkbook";
import { App } from "../taskpane/components/App";
import { messagesFor, pickLanguage } from "../i18n";
import { GridView } from "./GridView";

// The page is exactly one screen: the grid and the pane each scroll inside it. Sized by content instead
// (a grid row and flex items grow to fit by default), the whole page scrolled with the sheet's rows, and
// going to a cell far down carried the pane's content out of view.
const useStyles = makeStyles({
  page: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) 440px", gridTemplateRows: "minmax(0, 1fr)", height: "100vh" },
  left: { display: "flex", flexDirection: "column", minWidth: 0, minHeight: 0, padding: tokens.spacingHorizontalM, gap: tokens.spacingVerticalS },
  bar: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM },
  pane: { borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, overflowY: "auto" },
});

interface LoadedSheets {
  file: string;
  sheets: SheetGrid[];
}

async function loadSheets(body?: ArrayBuffer): Promise<LoadedSheets> {
  const response = body ? await fetch("/api/open", { method: "POST", body }) : await fetch("/api/workbook");
  const data = (await response.json()) as { file?: string; sheets?: SheetGrid[]; error?: string };
  if (!response.ok || !data.sheets) throw new Error(data.error ?? response.statusText);
  return { file: data.file ?? "", sheets: data.sheets };
}

/** `initial`: the workbook the page opens first, already on its way from the server. */
function Preview({ language, initial }: { language: "zh-CN" | "en-US"; initial: Promise<LoadedSheets> }) {
  const styles = useStyles();
  const messages = messagesFor(language);
  const [workbook, setWorkbook] = useState<MemoryWorkbook | null>(null);
  const [file, setFile] = useState("");
  const [error, setError] = useState("");
  const [, setVersion] = useState(0);
  const [active, setActive] = useState("");
  const [selected, setSelected] = useState<string | null>(null);

  // The Home tab's buttons, registered as Office registers them, clicked here instead of on Excel's ribbon.
  const ribbon = useMemo(() => {
    const handlers = new Map<string, (event: CommandEvent) => void>();
    if (workbook) registerRibbonCommands({ associate: (id, handler) => void handlers.set(id, handler) }, workbook, messages);
    return handlers;
  }, [workbook, messages]);

  const open = async (loading: Promise<LoadedSheets>) => {
    try {
      const loaded = await loading;
      // Last year's file, imported in the pane, is read by the same local server.
      const book = new MemoryWorkbook(loaded.sheets, undefined, async (_name, bytes) => (await loadSheets(bytes.slice().buffer)).sheets);
      book.subscribe((event) => {
        if (event.type === "selected") {
          setActive(event.sheet);
          setSelected(event.address);
        }
        setVersion((v) => v + 1);
      });
      setWorkbook(book);
      setFile(loaded.file);
      setActive(loaded.sheets[0]?.name ?? "");
      setSelected(null);
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

  const visible = workbook
    ? workbook
        .allSheets()
        .filter((s) => !s.veryHidden)
        .map((s) => s.grid)
    : [];
  return (
    <div className={styles.page}>
      <div className={styles.left}>
        <div className={styles.bar}>
          <Subtitle1 as="h1">{messages.productName} · 预览 Preview</Subtitle1>
          <Body1 data-testid="file">{file}</Body1>
          <label>
            <Button size="small" onClick={(e) => (e.currentTarget.nextElementSibling as HTMLInputElement | null)?.click()}>
              打开 .xlsx Open
            </Button>
            <input
              type="file"
              accept=".xlsx,.csv"
              hidden
              data-testid="open-file"
              onChange={async (e) => {
                const chosen = e.target.files?.[0];
                if (chosen) await open(loadSheets(await chosen.arrayBuffer()));
              }}
            />
          </label>
        </div>
        <div className={styles.bar} role="toolbar" aria-label="功能区 Ribbon">
          {RIBBON_COMMANDS.map((command) => (
            <Button key={command} size="small" appearance="subtle" disabled={!workbook} onClick={() => ribbon.get(command)?.({ completed: () => undefined })}>
              {commandTitle(command, messages)}
            </Button>
          ))}
        </div>
        {error && <Body1 role="alert">{error}</Body1>}
        {workbook && (
          <GridView
            sheets={visible}
            markAt={(name, row, col) => {
              for (const mark of workbook.marks.values()) {
                const { top, left, bottom, right } = mark.range;
                if (mark.sheet === name && row >= top && row <= bottom && col >= left && col <= right) return mark.color;
              }
              return undefined;
            }}
            percentColumns={(name) => {
              const formats = workbook.allSheets().find((s) => s.grid.name === name)?.layout?.numberFormats ?? {};
              return new Set(
                Object.entries(formats)
                  .filter(([, f]) => f.endsWith("%"))
                  .map(([c]) => Number(c)),
              );
            }}
            active={active}
            selected={selected}
            onActivate={(name) => {
              workbook.setActive(name);
              setActive(name);
              setSelected(null);
            }}
          />
        )}
      </div>
      <div className={styles.pane} data-testid="pane">
        {workbook && <App key={file} messages={messages} language={language} workbook={workbook} commandReports={onCommandReport} />}
      </div>
    </div>
  );
}

const container = document.getElementById("container");
if (container) {
  const language = pickLanguage(new URLSearchParams(location.search).get("lang") ?? navigator.language);
  document.documentElement.lang = language;
  // Asked for before React's first render and layout (~0.3 s on a 2-core VM), not after, so the server
  // answers meanwhile. A failure is shown once Preview opens it, not reported as unhandled before that.
  const initial = loadSheets();
  initial.catch(() => undefined);
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Preview language={language} initial={initial} />
    </FluentProvider>,
  );
}
