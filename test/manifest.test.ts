import { readFileSync } from "node:fs";
import * as path from "node:path";
import { checkManifestXml, DEFAULTS, pngSize } from "../scripts/manifest-checks";
import { RIBBON_COMMANDS } from "../src/commands/ribbon";

const root = path.join(__dirname, "..");
const manifest = readFileSync(path.join(root, "manifest.xml"), "utf8");

/** The manifest with one exact piece of text replaced; fails loudly if the piece is not there. */
function broken(from: string | RegExp, to: string): string {
  const changed = manifest.replace(from, to);
  if (changed === manifest) throw new Error(`test setup: ${String(from)} not found in manifest.xml`);
  return changed;
}

describe("manifest.xml", () => {
  it("passes every offline check", () => {
    expect(checkManifestXml(manifest, { root })).toEqual([]);
  });

  it("lists exactly the commands the ribbon module registers", () => {
    expect([...DEFAULTS.functionNames].sort()).toEqual([...RIBBON_COMMANDS].sort());
  });

  it("declares the worksheet functions in the TAIZHANG namespace, on the shared runtime", () => {
    expect(manifest).toContain('<ExtensionPoint xsi:type="CustomFunctions">');
    expect(manifest).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="TAIZHANG">/);
    expect(manifest).toContain('<Runtime resid="Taskpane.Url" lifetime="long"/>');
  });

  it("names Excel, ExcelApi 1.9, zh-CN first with an en-US override", () => {
    expect(manifest).toContain('<Host Name="Workbook"/>');
    expect(manifest).toContain('<Sets DefaultMinVersion="1.9">');
    expect(manifest).toContain('<Set Name="ExcelApi" MinVersion="1.9"/>');
    expect(manifest).toContain('<DisplayName DefaultValue="台账助手">');
    expect(manifest).toContain('<Override Locale="en-US" Value="Taizhang"/>');
  });

  it.each([
    [16, "icon-16.png"],
    [32, "icon-32.png"],
    [64, "icon-64.png"],
    [80, "icon-80.png"],
    [128, "icon-128.png"],
  ])("has the %d px icon assets/%s", (size, file) => {
    expect(pngSize(readFileSync(path.join(root, "assets", file)))).toEqual({ width: size, height: size });
  });
});

describe("the manifest checks report", () => {
  const problemsOf = (xml: string) => checkManifestXml(xml, { root });

  it("a resid that is used but not defined", () => {
    const xml = broken(/<bt:String id="Group\.Label"[\s\S]*?<\/bt:String>/, "");
    expect(problemsOf(xml)).toEqual([expect.stringMatching(/resid "Group\.Label" used by <Label> on line \d+ is not defined/)]);
  });

  it("a resid that is defined but never used", () => {
    const xml = broken('<Metadata>\n              <SourceLocation resid="Functions.Metadata.Url"/>\n            </Metadata>', "");
    expect(problemsOf(xml)).toEqual([expect.stringMatching(/resid "Functions\.Metadata\.Url" .* is defined but never used/)]);
  });

  it("a resid of the wrong kind", () => {
    const xml = broken('<Label resid="Group.Label"/>', '<Label resid="OpenPane.Tooltip"/>');
    expect(problemsOf(xml)).toContainEqual(expect.stringMatching(/"OpenPane\.Tooltip" used by <Label> .* must be a bt:ShortStrings string/));
  });

  it("an http URL", () => {
    const xml = broken("https://localhost:3000/functions.json", "http://localhost:3000/functions.json");
    expect(problemsOf(xml)).toEqual([expect.stringContaining("http://localhost:3000/functions.json is not https")]);
  });

  it("a URL on another origin", () => {
    const xml = broken('<SupportUrl DefaultValue="https://localhost:3000/taskpane.html"/>', '<SupportUrl DefaultValue="https://example.com/help"/>');
    expect(problemsOf(xml)).toEqual([expect.stringContaining("https://example.com/help is not on https://localhost:3000")]);
  });

  it("a page or script the build does not emit", () => {
    const xml = broken("https://localhost:3000/functions.js", "https://localhost:3000/function.js");
    expect(problemsOf(xml)).toEqual([expect.stringContaining("function.js, which the build does not emit")]);
  });

  it("a shared runtime whose resid differs from the function file's", () => {
    const xml = broken('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="GetStarted.LearnMoreUrl"/>');
    expect(problemsOf(xml)).toEqual([expect.stringContaining('must use resid "Taskpane.Url", the shared runtime\'s')]);
  });

  it("a ribbon command the script does not register, and a command without its button", () => {
    const xml = broken("<FunctionName>clearMarks</FunctionName>", "<FunctionName>clearAll</FunctionName>");
    expect(problemsOf(xml)).toEqual([
      expect.stringContaining('names "clearAll", which the script does not register'),
      'the command "clearMarks" has no ribbon button (<FunctionName>clearMarks</FunctionName>)',
    ]);
  });

  it("an icon of the wrong size", () => {
    const xml = broken("assets/icon-80.png", "assets/icon-64.png");
    expect(problemsOf(xml)).toEqual(['resid "Icon.80x80": assets/icon-64.png is 64×64, but it is shown at 80×80']);
  });

  it("an icon file that does not exist", () => {
    const xml = broken("assets/icon-16.png", "assets/icon-17.png");
    expect(problemsOf(xml)).toEqual([expect.stringContaining("has no file assets/icon-17.png")]);
  });

  it("a string without its en-US override", () => {
    const xml = broken('<bt:Override Locale="en-US" Value="Open Taizhang"/>', "");
    expect(problemsOf(xml)).toEqual([expect.stringMatching(/string "OpenPane\.Label" .* has no <bt:Override Locale="en-US">/)]);
  });

  it("a DisplayName without its en-US override", () => {
    const xml = broken('<Override Locale="en-US" Value="Taizhang"/>', "");
    expect(problemsOf(xml)).toEqual([expect.stringMatching(/<DisplayName> \(line \d+\) has no <Override Locale="en-US">/)]);
  });

  it("a string over the ShortString limit", () => {
    const xml = broken('DefaultValue="打开台账助手"', `DefaultValue="${"长".repeat(126)}"`);
    expect(problemsOf(xml)).toEqual(['string "OpenPane.Label" DefaultValue is 126 characters; the limit is 125']);
  });

  it.each([
    ["an unclosed element", "</Supertip>", "", /does not match <Supertip> opened on line \d+/],
    ["a bare ampersand", "Taizhang is ready", "Taizhang & ready", /"&" must start an entity/],
    ["an unquoted attribute", 'size="16"', "size=16", /must be in quotes/],
    ["a duplicate attribute", '<Group id="Taizhang.Group">', '<Group id="Taizhang.Group" id="x">', /attribute id appears twice/],
    ["an undeclared prefix", '<bt:Image size="16" resid="Icon.16x16"/>', '<bx:Image size="16" resid="Icon.16x16"/>', /prefix "bx" .* is not declared/],
    ["text after the root", "</OfficeApp>", "</OfficeApp>\nstray", /text after the root element/],
  ])("malformed XML: %s", (_name, from, to, message) => {
    const problems = problemsOf(broken(from, to));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^not well-formed XML: line \d+, column \d+: /);
    expect(problems[0]).toMatch(message);
  });
});
