/**
 * ExcelJS as the file adapter loads it: the package's prebuilt one-file bundle, not its main entry. The main
 * entry requires some hundreds of files, which took about 300 ms on the benchmark machine, paid once by every
 * command; the bundle took about 80 ms. It is the same library, reading and writing through JSZip and saxes as
 * the main entry does; "bare" leaves out the polyfills for old browsers, which neither Node nor the preview's
 * browsers need.
 */
export * as ExcelJS from "exceljs/dist/exceljs.bare.min.js";
