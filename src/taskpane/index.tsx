/**
 * The task pane's entry: waits for Office, picks the language, and hands the App its actions, which go
 * through the Office adapter (the only code that calls Excel).
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { OfficeWorkbook } from "../host/office/officeWorkbook";
import { App } from "./components/App";
import { messagesFor, pickLanguage } from "./i18n";

function render(inExcel: boolean, displayLanguage: string | undefined) {
  const container = document.getElementById("container");
  if (!container) return;
  const language = pickLanguage(displayLanguage);
  document.documentElement.lang = language;
  const messages = messagesFor(language);
  document.title = messages.productName;
  const workbook = new OfficeWorkbook();
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App messages={messages} language={language} inExcel={inExcel} workbook={workbook} />
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
