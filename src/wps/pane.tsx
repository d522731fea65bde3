/**
 * The task pane's page in WPS: the same App as in Excel, over a WpsWorkbook (window.Application is WPS's global
 * in the pane's page too), with the ribbon's reports coming through PluginStorage.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { WpsWorkbook } from "../host/wps/wpsWorkbook";
import { messagesFor, pickLanguage } from "../i18n";
import { App } from "../taskpane/components/App";
import type { WpsAddinHost } from "./main";
import { pluginStorageReports } from "./reports";

const container = document.getElementById("container");
const host = (globalThis as unknown as { Application?: WpsAddinHost }).Application;
if (container) {
  const language = pickLanguage(navigator.language);
  document.documentElement.lang = language;
  const messages = messagesFor(language, "wps");
  document.title = messages.productName;
  // Opened outside WPS (a browser) there is no Application: the App shows its "open me in the spreadsheet" note.
  const inWps = host !== undefined;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App
        messages={messages}
        language={language}
        inExcel={inWps}
        workbook={new WpsWorkbook()}
        commandReports={inWps ? pluginStorageReports(host.PluginStorage) : undefined}
      />
    </FluentProvider>,
  );
}
