// Types for scripts/manifest-checks.js, so the TypeScript tests can import it.

export interface ManifestCheckOptions {
  /** Folder that holds assets/ (the project root by default). */
  root: string;
  /** The one origin every URL must use. */
  origin: string;
  defaultLocale: string;
  overrideLocales: string[];
  /** Files the build emits under fixed names (pages, the functions' script and metadata). */
  files: string[];
  /** The ribbon commands the script registers. */
  functionNames: string[];
}

export const DEFAULTS: ManifestCheckOptions;

/** Every problem found in the manifest text, as sentences; [] when there are none. */
export function checkManifestXml(xml: string, options?: Partial<ManifestCheckOptions>): string[];

export function checkManifestFile(file: string, options?: Partial<ManifestCheckOptions>): string[];

/** Width and height from a PNG's header, or null when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | null;
