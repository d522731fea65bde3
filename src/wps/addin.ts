/**
 * The add-in's entry page script (index.html), loaded hidden when WPS starts: WPS calls ribbon.xml's callbacks
 * by name on this page's window, and the worksheet functions are registered here, where WPS has them (see
 * src/host/wps/wpsFunctions.ts for the sources and what is guessed).
 */
import * as ribbon from "./main";
import { setFunctionLanguage } from "../functions/errors";
import { registerWpsFunctions } from "../host/wps/wpsFunctions";
import { pickLanguage } from "../i18n";
import { FUNCTION_NAMESPACE, worksheetFunctions, type GeneratedFunctions } from "./functions";

/** The functions' metadata, generated from functions.ts's JSDoc when webpack.wps.config.js builds this page. */
declare const TAIZHANG_WPS_FUNCTIONS: GeneratedFunctions;

Object.assign(globalThis, {
  OnAddinLoad: ribbon.OnAddinLoad,
  OnAction: ribbon.OnAction,
  GetImage: ribbon.GetImage,
  OnGetEnabled: ribbon.OnGetEnabled,
});

// The error values' messages speak WPS's language, as Excel's speak Excel's display language.
setFunctionLanguage(pickLanguage(globalThis.navigator?.language));
try {
  registerWpsFunctions((globalThis as { wps?: unknown }).wps, FUNCTION_NAMESPACE, worksheetFunctions(TAIZHANG_WPS_FUNCTIONS));
} catch (error) {
  // A WPS that refuses a function must not lose the ribbon: the formulas then show #NAME?, as before.
  console.error("台账助手: worksheet functions not registered", error);
}
