/** Unit and component tests. Type checking is `npm run typecheck`'s job, so ts-jest only transpiles (fast). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
  // office-addin-mock reaches ESM-only packages through office-addin-manifest; it only needs the OfficeApp enum.
  setupFiles: ["<rootDir>/test/stubs/jsdom-gaps.js"],
  setupFilesAfterEnv: ["<rootDir>/test/stubs/patient-waits.js"],
  // A test fails on what it finds, never on the clock: on a busy 2-core machine reading a workbook and writing its
  // tabs took over jest's 5 s default. Two minutes still ends a test that hangs.
  testTimeout: 120_000,
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.js",
  },
};
