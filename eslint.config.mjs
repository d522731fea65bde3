import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "build/**", "node_modules/**", "test-results/**", "coverage/**"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Office.js is reached only through src/host/office; the engine stays pure.
    files: ["src/engine/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", "Excel", "Office", "document", "window"],
      "no-restricted-imports": ["error", { patterns: ["node:*", "fs", "path", "react", "exceljs"] }],
    },
  },
);
