#!/usr/bin/env node
// `npm run docs`: writes the reference tables of docs/ from the code, so they cannot drift from it —
// docs/validation.md (every issue code, its severity, whether a fix is offered, its messages), docs/vocabulary.md
// (the default status words and their categories) and the command list in docs/cli.md (between its markers).
// It reads the compiled command line in build/ (`npm run docs` builds it first); test/docs.test.ts runs the same
// generator on src/ and fails when a committed file differs. `node scripts/gen-docs.js --check` only compares.
"use strict";

const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.join(__dirname, "..");
const DOCS = path.join(ROOT, "docs");
/** The rules' sources, read as text for the severity and fix of each code (the catalogues hold the messages). */
const RULE_SOURCES = [path.join("src", "engine", "validate", "rules"), path.join("src", "engine", "validate", "validateSheet.ts")];
const REGENERATE = "npm run docs";

const CLI_START = `<!-- commands: made by scripts/gen-docs.js from src/cli; ${REGENERATE} rewrites it -->`;
const CLI_END = "<!-- end of commands -->";

/** The code the tables are made from: the compiled build/ (the script) or src/ (the test, through ts-jest). */
function loadCode(root) {
  const from = (...parts) => require(path.join(root, ...parts));
  return {
    zhCN: from("engine", "validate", "messages", "zh-CN").zhCN,
    enUS: from("engine", "validate", "messages", "en-US").enUS,
    vocabulary: from("engine", "status", "vocabulary"),
    // status/categories.ts is their home now; engine/summary exported them before.
    categoryLabels: (optional(() => from("engine", "status", "categories")) ?? from("engine", "summary")).CATEGORY_LABELS,
    commands: from("cli", "main").COMMANDS,
    ruleSources: readRuleSources(),
  };
}

function optional(load) {
  try {
    return load();
  } catch (error) {
    if (error.code === "MODULE_NOT_FOUND") return undefined;
    throw error;
  }
}

function readRuleSources() {
  const files = [];
  for (const source of RULE_SOURCES) {
    const full = path.join(ROOT, source);
    if (fs.statSync(full).isDirectory()) {
      for (const name of fs.readdirSync(full).sort()) {
        if (name.endsWith(".ts") && !name.endsWith(".test.ts") && name !== "testHelpers.ts") files.push(path.join(source, name));
      }
    } else files.push(source);
  }
  return files.map((file) => ({ file: file.split(path.sep).join("/"), text: fs.readFileSync(path.join(ROOT, file), "utf8") }));
}

/** The object literal around `at` in a source text: from its unmatched "{" before to the matching "}" after. */
function enclosingObject(text, at) {
  let depth = 0;
  let start = at;
  for (; start > 0; start--) {
    const ch = text[start];
    if (ch === "}") depth++;
    else if (ch === "{") {
      if (depth === 0) break;
      depth--;
    }
  }
  depth = 0;
  let end = at;
  for (; end < text.length; end++) {
    const ch = text[end];
    if (ch === "{") depth++;
    else if (ch === "}") {
      if (depth === 0) break;
      depth--;
    }
  }
  return text.slice(start, end + 1);
}

/** For each issue code: the files that report it, the severities they give, and whether any offers a fix. */
function reportsByCode(ruleSources) {
  const byCode = new Map();
  for (const { file, text } of ruleSources) {
    for (const found of text.matchAll(/code: "([a-z-]+\/[a-z-]+)"/gu)) {
      const object = enclosingObject(text, found.index);
      const entry = byCode.get(found[1]) ?? { files: new Set(), severities: new Set(), fix: false };
      entry.files.add(file);
      for (const severity of object.matchAll(/severity: "(error|warning|info)"/gu)) entry.severities.add(severity[1]);
      if (/\b(repair|replaceWith)\b/u.test(object)) entry.fix = true;
      byCode.set(found[1], entry);
    }
  }
  return byCode;
}

/**
 * Parameters shown as {name} placeholders; a template that reads a parameter to choose its sentence is shown
 * once per choice, with the choices listed here.
 */
const VARIANTS = {
  "seq/gap": [{}, { missingTo: "{missingFrom}" }],
  "units/alias": [{}, { via: "former", sheetYear: "" }, { via: "former", sheetYear: "{sheetYear}" }],
  "units/separator": [{ units: "" }, {}],
  "units/variant": [{ certain: "1" }, { certain: "" }],
};

function placeholders(overrides) {
  return new Proxy({}, { get: (_target, key) => (typeof key !== "string" ? undefined : key in overrides ? overrides[key] : `{${key}}`) });
}

function messages(catalogue, code) {
  const issue = { code, value: "{value}" };
  const sentences = (VARIANTS[code] ?? [{}]).map((overrides) => catalogue[code](issue, placeholders(overrides)));
  return [...new Set(sentences)];
}

const cell = (text) => String(text).replace(/\|/gu, "\\|").replace(/\n/gu, " ");
const SEVERITY_ORDER = ["error", "warning", "info"];
const SEVERITY_WORDS = { error: "错误 error", warning: "警告 warning", info: "提示 info" };

function validationDoc(code) {
  const reports = reportsByCode(code.ruleSources);
  const lines = [
    "<!-- GENERATED by scripts/gen-docs.js from src/engine/validate. DO NOT EDIT: `npm run docs` rewrites it. -->",
    "# 校验问题 Validation issues",
    "",
    "每个问题有一个固定的代码（`validate --json` 的 `code`），指向一个单元格；只有不会改变含义的问题才给出修复。",
    "Every issue has a stable code (`code` in `validate --json`) and points at one cell. A fix is offered only where",
    "it cannot change the meaning (spaces, punctuation width, separators, alias → canonical name, a number stored",
    "as text); \"fix\" below says a rule *may* offer one. `{name}` stands for the issue's parameter of that name",
    "(`params` in the JSON); lists are joined by 、 (zh-CN) or \", \" (en-US).",
    "",
    "Numbering may restart, or run on, after a section heading (\"一、经济发展\"). Half-width , ; : ( ) are flagged only",
    "inside Chinese text: decimals, 1-6月, G60, PM2.5 are left alone. Unit names are checked against Jiaxing's registry",
    "on Jiaxing's own sheets, elsewhere against the workbook's own spellings and its 单位名录 ([guide.md](guide.md)).",
    "",
    "Rules: one per file in `src/engine/validate/rules/`; messages: `src/engine/validate/messages/` (zh-CN, en-US).",
    "",
    "| code | severity | fix | reported by | zh-CN | en-US |",
    "| --- | --- | --- | --- | --- | --- |",
  ];
  for (const issueCode of Object.keys(code.zhCN)) {
    const report = reports.get(issueCode) ?? { files: new Set(), severities: new Set(), fix: false };
    const severities = SEVERITY_ORDER.filter((s) => report.severities.has(s)).map((s) => SEVERITY_WORDS[s]).join(" / ") || "—";
    const files = [...report.files].map((file) => `[${path.basename(file, ".ts")}](../${file})`).join(", ") || "—";
    const zh = messages(code.zhCN, issueCode).map(cell).join("<br>");
    const en = messages(code.enUS, issueCode).map(cell).join("<br>");
    lines.push(`| \`${issueCode}\` | ${severities} | ${report.fix ? "可修复 fix" : "—"} | ${files} | ${zh} | ${en} |`);
  }
  return `${lines.join("\n")}\n`;
}

function vocabularyDoc(code) {
  const { DEFAULT_TERMS, DEFAULT_VARIANTS } = code.vocabulary;
  // The categories in the summary's order, as its labels list them.
  const categories = Object.keys(code.categoryLabels).filter((category) => category !== "unknown");
  const words = (terms, category) =>
    terms.filter((t) => t.category === category).map((t) => (t.partial ? `${t.term}（部分 partly）` : t.term)).join("、") || "—";
  const lines = [
    "<!-- GENERATED by scripts/gen-docs.js from src/engine/status/vocabulary.ts. DO NOT EDIT: `npm run docs` rewrites it. -->",
    "# 状态词表 Status vocabulary",
    "",
    "进展状态列的每个词归入一个类别；“下拉选项”列出的是状态列下拉框提供的词（嘉兴的四个词在前），“其他写法”也能识别但不出现在下拉框中。",
    "标有“部分”的词是部分滞后：标黄而不是标红。",
    "",
    "Each word of a status column falls in one category. The offered words are what the status dropdown lists",
    "(Excel's list holds 255 characters; Jiaxing's four words first); the other spellings are known without being",
    "offered. Words marked 部分 (partly) are behind only in part, flagged yellow rather than red. Spacing and",
    "character width do not matter. A cell that contains a word (\"部分项目进度滞后\", \"基本完成。\") is read by it for",
    "lag, and still reported as outside the vocabulary (`status/unknown`). A 是否达序 column's 是 / 否 is on track / behind.",
    "",
    "A workbook adds its own words with a sheet named `状态词表` (状态 | 类别), the command line with `--statuses FILE`;",
    "the 类别 column takes the category codes below or Chinese words such as 超前 / 正常 / 滞后 / 完成 / 未启动.",
    "",
    "| category | 汇总表中 | 下拉选项 offered (in order) | 其他写法 other spellings |",
    "| --- | --- | --- | --- |",
  ];
  for (const category of categories) {
    lines.push(`| \`${category}\` | ${code.categoryLabels[category]} | ${words(DEFAULT_TERMS, category)} | ${words(DEFAULT_VARIANTS, category)} |`);
  }
  lines.push("", `Dropdown order: ${DEFAULT_TERMS.map((t) => t.term).join(" / ")}.`);
  return `${lines.join("\n")}\n`;
}

function commandsBlock(code) {
  const lines = [CLI_START, "", "| command | what it does |", "| --- | --- |"];
  for (const command of code.commands) lines.push(`| \`${cell(command.usage)}\` | ${cell(command.summary)} |`);
  lines.push("", CLI_END);
  return lines.join("\n");
}

function withBlock(text, block) {
  const start = text.indexOf(CLI_START);
  const end = text.indexOf(CLI_END);
  if (start < 0 || end < start) throw new Error(`docs/cli.md has lost its markers ${CLI_START} … ${CLI_END}`);
  return text.slice(0, start) + block + text.slice(end + CLI_END.length);
}

/** Each generated file's path under docs/ and the text the code says it should have. */
function generateDocs(code) {
  const cli = fs.readFileSync(path.join(DOCS, "cli.md"), "utf8");
  return {
    "validation.md": validationDoc(code),
    "vocabulary.md": vocabularyDoc(code),
    "cli.md": withBlock(cli, commandsBlock(code)),
  };
}

/** The generated files whose committed text differs from what the code says. */
function staleDocs(code) {
  return Object.entries(generateDocs(code))
    .filter(([name, text]) => !fs.existsSync(path.join(DOCS, name)) || fs.readFileSync(path.join(DOCS, name), "utf8") !== text)
    .map(([name]) => `docs/${name}`);
}

if (require.main === module) {
  const code = loadCode(path.join(ROOT, "build"));
  if (process.argv.includes("--check")) {
    const stale = staleDocs(code);
    if (stale.length > 0) {
      console.error(`${stale.join(", ")} differ from the code: run \`${REGENERATE}\`.`);
      process.exit(1);
    }
  } else {
    for (const [name, text] of Object.entries(generateDocs(code))) fs.writeFileSync(path.join(DOCS, name), text);
    console.log(`wrote ${Object.keys(generateDocs(code)).map((n) => `docs/${n}`).join(", ")}`);
  }
}

module.exports = { loadCode, generateDocs, staleDocs, REGENERATE };
