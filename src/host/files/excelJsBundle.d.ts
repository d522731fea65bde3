/** The bundle exports what the package's main entry does (see excelJs.ts), with the same types. */
declare module "exceljs/dist/exceljs.bare.min.js" {
  export * from "exceljs";
}
