import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "build/**", "build-bench/**", "node_modules/**", "test-results/**", "coverage/**"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Office.js is reached only through src/host/office; the engine stays pure. Its tests may read fixtures.
    files: ["src/engine/**/*.ts"],
    ignores: ["src/engine/**/*.test.ts", "src/engine/**/testHelpers.ts"],
    rules: {
      "no-restricted-globals": ["error", "Excel", "Office", "document", "window"],
      "no-restricted-imports": ["error", { patterns: ["node:*", "fs", "path", "react", "exceljs"] }],
    },
  },
);
