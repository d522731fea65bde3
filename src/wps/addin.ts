/**
 * The add-in's entry page script (index.html): WPS calls ribbon.xml's callbacks by name on this page's window.
 */
import * as ribbon from "./main";

Object.assign(globalThis, {
  OnAddinLoad: ribbon.OnAddinLoad,
  OnAction: ribbon.OnAction,
  GetImage: ribbon.GetImage,
  OnGetEnabled: ribbon.OnGetEnabled,
});
