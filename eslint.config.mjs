import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

/**
 * The layers, lowest first: src/engine (pure domain logic over plain data) ← src/host (the WorkbookPort and its
 * adapters) ← src/app (the use cases) ← the faces (src/taskpane, src/commands, src/functions, src/cli,
 * src/preview, src/wps). A layer imports only from the layers below it. Relative imports are matched by the folder they
 * climb to ("../../host/port"); no folder inside a layer bears another layer's name.
 */
const FACES = ["taskpane", "commands", "functions", "cli", "preview", "wps"];
const layerImports = (folders, why) => ({ regex: `^(\\.\\./)+(${folders.join("|")})(/|$)`, message: why });

const NODE_BUILTINS = ["fs", "path", "os", "child_process", "crypto", "zlib", "url", "util", "stream", "buffer", "worker_threads"];

const ENGINE_IMPORTS = [
  layerImports(
    ["host", "app", "i18n", ...FACES],
    "The engine is the lowest layer: it imports nothing from the host, the use cases, the catalogues or the faces.",
  ),
  {
    group: ["node:*", ...NODE_BUILTINS, ...NODE_BUILTINS.map((name) => `${name}/*`)],
    message: "The engine runs in the pane too: no Node API (the host reads files).",
  },
  { group: ["react", "react/*", "react-dom", "react-dom/*", "@fluentui/*"], message: "The engine draws nothing: React belongs to the faces." },
  {
    group: ["exceljs", "papaparse", "iconv-lite", "@microsoft/office-js", "office-js", "office-addin-*"],
    message: "Workbooks are read and written in src/host; the engine sees plain grids.",
  },
];

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "dist-preview/**",
      "dist-wps/**",
      "dist-wps-publish/**",
      "build/**",
      "build-bench/**",
      "node_modules/**",
      "test-results/**",
      "coverage/**",
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Promises the product forgets are writes a clerk never sees fail: every one is awaited, returned, or
    // marked `void` on purpose. These rules need the types, so they read the project's tsconfig.
    files: ["src/**/*.ts", "src/**/*.tsx"],
    ignores: ["src/**/*.test.ts", "src/**/*.test.tsx"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/await-thenable": "error",
    },
  },
  {
    // Office.js is reached only through src/host/office; the engine stays pure. Its tests may read fixtures.
    files: ["src/engine/**/*.ts"],
    ignores: ["src/engine/**/*.test.ts", "src/engine/**/testHelpers.ts"],
    rules: {
      "no-restricted-globals": ["error", "Excel", "Office", "document", "window"],
      "no-restricted-imports": ["error", { patterns: ENGINE_IMPORTS }],
    },
  },
  {
    // The settings sheets are read in settings/, which builds the registries from units/ and status/: never back.
    files: ["src/engine/units/**/*.ts", "src/engine/status/**/*.ts"],
    ignores: ["src/engine/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...ENGINE_IMPORTS,
            { regex: "^\\.\\./settings(/|$)", message: "units/ and status/ know nothing of settings sheets: settings/ reads them." },
          ],
        },
      ],
    },
  },
  {
    // Microsoft's rules for the Office.js request model, where Excel is reached: load before read, sync after
    // load, no sync in a loop, no empty or navigational loads, null objects tested with isNullObject.
    files: ["src/host/office/**/*.ts", "src/taskpane/**/*.{ts,tsx}", "src/commands/**/*.ts", "src/functions/**/*.ts"],
    ignores: ["src/**/*.test.ts", "src/**/*.test.tsx"],
    plugins: { "office-addins": officeAddins },
    rules: Object.fromEntries(Object.keys(officeAddins.rules).map((rule) => [`office-addins/${rule}`, "error"])),
  },
  {
    files: ["src/host/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [layerImports(["app", ...FACES], "The host is below the use cases and the faces: it imports nothing from them.")] },
      ],
    },
  },
  {
    files: ["src/app/**/*.ts", "src/app/**/*.tsx"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [layerImports(FACES, "The use cases serve every face and import none of them.")] }],
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}", "src/preview/**/*.{ts,tsx}", "src/wps/**/*.{ts,tsx}"],
    ...reactHooks.configs.flat.recommended,
  },
);
