// Offline checks of the add-in manifest, the ones Office would otherwise only report when sideloading
// fails (or silently, as a missing button or a blank icon). `checkManifestXml` returns a list of
// problems, empty when the manifest is fine; scripts/check-manifest.js prints them, test/manifest.test.ts
// runs them on the real manifest and on broken copies.
const fs = require("node:fs");
const path = require("node:path");
const { parseXml, walk, XmlError } = require("./xml-lite");

const DEFAULTS = {
  /** Where assets/ and the manifest live. */
  root: path.join(__dirname, ".."),
  /** The one origin every URL must use (webpack-dev-server; replace it everywhere for a deployment). */
  origin: "https://localhost:3000",
  defaultLocale: "zh-CN",
  /** Every string must also be given in these locales. */
  overrideLocales: ["en-US"],
  /** Files the webpack build emits under fixed names; a manifest URL to any other page, script or JSON would 404. */
  files: ["taskpane.html", "functions.js", "functions.json"],
  /** The ribbon commands the pane's script registers with Office.actions.associate (src/commands/ribbon.ts). */
  functionNames: ["validateSheet", "generateSummary", "clearMarks", "splitReturns"],
};

/** Limits from the manifest schema: ShortString 125 characters, LongString 250, resid 32. */
const SHORT_MAX = 125;
const LONG_MAX = 250;
const RESID_MAX = 32;

/** The Resources section each resource kind lives in. */
const SECTIONS = { "bt:Images": "image", "bt:Urls": "url", "bt:ShortStrings": "short", "bt:LongStrings": "long" };
const KIND_WORDS = { image: "bt:Images image", url: "bt:Urls URL", short: "bt:ShortStrings string", long: "bt:LongStrings string" };

/** What kind of resource an element's resid must name. */
function expectedKind(name) {
  if (name === "bt:Image") return "image";
  if (["SourceLocation", "FunctionFile", "LearnMoreUrl", "Url"].includes(name)) return "url";
  if (["Label", "Title"].includes(name)) return "short";
  if (["Description", "Tooltip"].includes(name)) return "long";
  return null;
}

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
function pngSize(bytes) {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!bytes || bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  if (bytes.toString("ascii", 12, 16) !== "IHDR") return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const isGuid = (s) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);
const at = (element) => `<${element.name}> on line ${element.line}`;
const children = (element, name) => element.children.filter((child) => child.name === name);

/**
 * Every problem found in the manifest text, as sentences; [] when there are none.
 * @param {string} xml the manifest's text
 * @param {Partial<typeof DEFAULTS>} [options]
 * @returns {string[]}
 */
function checkManifestXml(xml, options = {}) {
  const opts = { ...DEFAULTS, ...options };
  let root;
  try {
    ({ root } = parseXml(xml));
  } catch (error) {
    if (error instanceof XmlError) return [`not well-formed XML: ${error.message}`];
    throw error;
  }
  const problems = [];
  const all = walk(root);

  if (root.name !== "OfficeApp") problems.push(`the root element is <${root.name}>, not <OfficeApp>`);
  if (root.attributes["xsi:type"] !== "TaskPaneApp") problems.push(`<OfficeApp> needs xsi:type="TaskPaneApp"`);

  const first = (name) => all.find(({ element }) => element.name === name)?.element;
  const id = first("Id");
  if (!id || !isGuid(id.text.trim())) problems.push(`<Id> must be a GUID (found "${id ? id.text.trim() : ""}")`);
  const locale = first("DefaultLocale");
  if (!locale || locale.text.trim() !== opts.defaultLocale) {
    problems.push(`<DefaultLocale> must be ${opts.defaultLocale} (found "${locale ? locale.text.trim() : ""}")`);
  }
  const hosts = root.children.find((child) => child.name === "Hosts");
  if (!hosts || !children(hosts, "Host").some((host) => host.attributes.Name === "Workbook")) {
    problems.push(`<Hosts> must contain <Host Name="Workbook"/> (Excel)`);
  }
  const excelSet = all.find(({ element }) => element.name === "Set" && element.attributes.Name === "ExcelApi");
  if (!excelSet || !/^\d+\.\d+$/.test(excelSet.element.attributes.MinVersion ?? "")) {
    problems.push(`<Requirements> must name <Set Name="ExcelApi" MinVersion="1.x"/>`);
  }

  // Top-level localised values: DisplayName, Description.
  for (const [name, max] of [
    ["DisplayName", SHORT_MAX],
    ["Description", LONG_MAX],
  ]) {
    const element = root.children.find((child) => child.name === name);
    if (!element) {
      problems.push(`<${name}> is missing`);
      continue;
    }
    problems.push(...localisedProblems(element, "Override", max, opts));
  }

  // Resources: what is defined, then every use of a resid.
  const defined = new Map();
  for (const { element, parent } of all) {
    const kind = parent && SECTIONS[parent.name];
    if (!kind) continue;
    const resid = element.attributes.id;
    if (!resid) {
      problems.push(`${at(element)} in <${parent.name}> has no id`);
      continue;
    }
    if (defined.has(resid)) problems.push(`resid "${resid}" is defined twice (${at(element)})`);
    if (resid.length > RESID_MAX) problems.push(`resid "${resid}" is longer than ${RESID_MAX} characters`);
    defined.set(resid, { kind, element, sizes: new Set(), used: false });
    if (kind === "short" || kind === "long") {
      problems.push(...localisedProblems(element, "bt:Override", kind === "short" ? SHORT_MAX : LONG_MAX, opts, resid));
    } else if (!element.attributes.DefaultValue) {
      problems.push(`resid "${resid}" (${at(element)}) has no DefaultValue`);
    }
  }
  for (const { element } of all) {
    const resid = element.attributes.resid;
    if (resid === undefined) continue;
    const definition = defined.get(resid);
    if (!definition) {
      problems.push(`resid "${resid}" used by ${at(element)} is not defined in <Resources>`);
      continue;
    }
    definition.used = true;
    const kind = expectedKind(element.name);
    if (kind && kind !== definition.kind) {
      problems.push(`resid "${resid}" used by ${at(element)} must be a ${KIND_WORDS[kind]}, but it is a ${KIND_WORDS[definition.kind]}`);
    }
    if (element.name === "bt:Image") definition.sizes.add(Number(element.attributes.size));
  }
  for (const [resid, definition] of defined) {
    if (!definition.used) problems.push(`resid "${resid}" (${at(definition.element)}) is defined but never used`);
  }

  // URLs: https, one origin; pages the build emits; icons that exist at the size they are shown.
  const icons = [];
  for (const { element, parent } of all) {
    for (const [attr, value] of Object.entries(element.attributes)) {
      if (attr.startsWith("xmlns") || !/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) continue;
      problems.push(...urlProblems(value, `${at(element)} ${attr}`, opts));
      if (element.name === "IconUrl") icons.push({ url: value, size: 32, where: at(element) });
      if (element.name === "HighResolutionIconUrl") icons.push({ url: value, size: 64, where: at(element) });
      if (parent && parent.name === "bt:Images") {
        const definition = defined.get(element.attributes.id);
        for (const size of definition ? definition.sizes : []) icons.push({ url: value, size, where: `resid "${element.attributes.id}"` });
      }
      const file = fileOf(value);
      if (file !== null && !opts.files.includes(file)) {
        problems.push(`${at(element)} points at ${file}, which the build does not emit (${opts.files.join(", ")})`);
      }
    }
    if (element.name === "AppDomain") problems.push(...urlProblems(element.text.trim(), at(element), opts));
  }
  for (const [resid, definition] of defined) {
    if (definition.kind === "image" && definition.sizes.size > 1) {
      problems.push(`resid "${resid}" is shown at several sizes (${[...definition.sizes].join(", ")}); give each size its own image`);
    }
  }
  for (const icon of icons) problems.push(...iconProblems(icon, opts));
  problems.push(...sharedRuntimeProblems(all), ...commandProblems(all, opts));
  return problems;
}

/**
 * A shared runtime loads only when the Runtime, the FunctionFile and the custom functions' Page name the same
 * resid (Office's "Configure your add-in to use a shared runtime"); a mismatch starts separate runtimes silently.
 */
function sharedRuntimeProblems(all) {
  const runtime = all.find(({ element }) => element.name === "Runtime")?.element;
  if (!runtime) return [];
  const problems = [];
  const resid = runtime.attributes.resid;
  if (runtime.attributes.lifetime !== "long")
    problems.push(`${at(runtime)} needs lifetime="long" for ribbon commands and functions to share the pane's runtime`);
  const functionFile = all.find(({ element }) => element.name === "FunctionFile")?.element;
  if (functionFile && functionFile.attributes.resid !== resid) problems.push(`${at(functionFile)} must use resid "${resid}", the shared runtime's`);
  for (const { element, parent } of all) {
    if (element.name === "SourceLocation" && parent && parent.name === "Page" && element.attributes.resid !== resid) {
      problems.push(`${at(element)} of the custom functions' <Page> must use resid "${resid}", the shared runtime's`);
    }
  }
  return problems;
}

/** Every ExecuteFunction names a command the script registers, and each command has its button. */
function commandProblems(all, opts) {
  const named = all.filter(({ element }) => element.name === "FunctionName").map(({ element }) => ({ element, name: element.text.trim() }));
  const problems = named
    .filter(({ name }) => !opts.functionNames.includes(name))
    .map(({ element, name }) => `${at(element)} names "${name}", which the script does not register (${opts.functionNames.join(", ")})`);
  for (const name of opts.functionNames) {
    if (!named.some((n) => n.name === name)) problems.push(`the command "${name}" has no ribbon button (<FunctionName>${name}</FunctionName>)`);
  }
  return problems;
}

/** DefaultValue present and short enough, and an override for each required locale. */
function localisedProblems(element, overrideName, max, opts, resid) {
  const label = resid ? `string "${resid}"` : `<${element.name}>`;
  const problems = [];
  const value = element.attributes.DefaultValue;
  if (!value || !value.trim()) problems.push(`${label} (line ${element.line}) has no ${opts.defaultLocale} DefaultValue`);
  else if (value.length > max) problems.push(`${label} DefaultValue is ${value.length} characters; the limit is ${max}`);
  for (const locale of opts.overrideLocales) {
    const override = children(element, overrideName).find((child) => child.attributes.Locale === locale);
    if (!override) problems.push(`${label} (line ${element.line}) has no <${overrideName} Locale="${locale}">`);
    else if (!override.attributes.Value || !override.attributes.Value.trim()) problems.push(`${label} ${locale} override has an empty Value`);
    else if (override.attributes.Value.length > max)
      problems.push(`${label} ${locale} override is ${override.attributes.Value.length} characters; the limit is ${max}`);
  }
  return problems;
}

/** The page, script or JSON file a URL names ("taskpane.html", "functions.json"), or null for other URLs. */
function fileOf(value) {
  try {
    const pathname = new URL(value).pathname.replace(/^\//, "");
    return /\.(html?|js|json)$/i.test(pathname) ? pathname : null;
  } catch {
    return null; // reported as a bad URL
  }
}

function urlProblems(value, where, opts) {
  let url;
  try {
    url = new URL(value);
  } catch {
    return [`${where}: "${value}" is not a valid URL`];
  }
  if (url.protocol !== "https:") return [`${where}: ${value} is not https (Office loads add-in pages only over https)`];
  if (url.origin !== opts.origin) return [`${where}: ${value} is not on ${opts.origin}, the add-in's one origin`];
  return [];
}

function iconProblems({ url, size, where }, opts) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return []; // already reported as a bad URL
  }
  if (!pathname.startsWith("/assets/")) return [`${where}: icon ${url} is not in assets/`];
  const file = path.join(opts.root, ...pathname.split("/").filter(Boolean));
  let bytes;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return [`${where}: icon ${url} has no file ${path.relative(opts.root, file)} (run node scripts/make-icons.js)`];
  }
  const found = pngSize(bytes);
  if (!found) return [`${where}: ${path.relative(opts.root, file)} is not a PNG`];
  if (found.width !== size || found.height !== size) {
    return [`${where}: ${path.relative(opts.root, file)} is ${found.width}×${found.height}, but it is shown at ${size}×${size}`];
  }
  return [];
}

/** Reads and checks a manifest file. */
function checkManifestFile(file, options = {}) {
  return checkManifestXml(fs.readFileSync(file, "utf8"), options);
}

module.exports = { checkManifestXml, checkManifestFile, pngSize, DEFAULTS };
