/**
 * The task pane's entry: waits for Office, picks the language, and hands the App its actions, which go
 * through the Office adapter (the only code that calls Excel).
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { officeCommandHost, onCommandReport, registerRibbonCommands } from "../commands/commands";
import { OfficeWorkbook } from "../host/office/officeWorkbook";
import { App } from "./components/App";
import { messagesFor, pickLanguage } from "../i18n";

declare const CustomFunctions: unknown;

function render(inExcel: boolean, displayLanguage: string | undefined) {
  const container = document.getElementById("container");
  if (!container) return;
  const language = pickLanguage(displayLanguage);
  document.documentElement.lang = language;
  const messages = messagesFor(language);
  document.title = messages.productName;
  const workbook = new OfficeWorkbook();
  if (inExcel) {
    // This page is also the ribbon's function file and, in the shared runtime, the worksheet functions' home.
    const commands = officeCommandHost();
    if (commands) registerRibbonCommands(commands, workbook, messages);
    // The functions module registers itself with CustomFunctions (custom-functions-metadata-plugin adds the
    // calls at build time), so it is loaded only where that runtime exists.
    if (typeof CustomFunctions !== "undefined") void import(/* webpackChunkName: "functions-shared" */ "../functions/functions");
  }
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App messages={messages} language={language} inExcel={inExcel} workbook={workbook} commandReports={onCommandReport} />
    </FluentProvider>,
  );
}

// office.js comes from Microsoft's CDN; if it could not load (offline, blocked) show the pane anyway, with
// the note that it must run inside Excel, instead of a blank page.
if (typeof Office === "undefined") {
  render(false, navigator.language);
} else {
  void Office.onReady((info) => {
    const inExcel = info.host === Office.HostType.Excel;
    render(inExcel, inExcel ? Office.context.displayLanguage : navigator.language);
  });
}
