/** JSZip's prebuilt one-file bundle (see charts.ts) exports what the package's main entry does, with the same types. */
declare module "jszip/dist/jszip.min.js" {
  import JSZip from "jszip";
  export = JSZip;
}
