// A small, strict XML 1.0 reader for the manifest checks. Office's own validator is an online service and
// xmllint is not always installed, so well-formedness is checked here: one root, matched tags, quoted and
// unique attributes, only the five predefined entities and character references, declared namespace
// prefixes, no stray text outside the root. DTDs are refused (a manifest never has one). Not a general
// parser: it keeps element names as written ("bt:Image") and does not resolve namespace URIs.

class XmlError extends Error {
  constructor(message, line, column) {
    super(`line ${line}, column ${column}: ${message}`);
    this.name = "XmlError";
    this.line = line;
    this.column = column;
  }
}

const NAME_START =
  "A-Za-z_:\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD";
const NAME_CHAR = `${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040`;
const NAME = new RegExp(`[${NAME_START}][${NAME_CHAR}]*`, "y");
const PREDEFINED = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
// XML 1.0 forbids these control characters anywhere in a document.
const FORBIDDEN_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/**
 * Parses XML text into { root } where each element is
 * { name, attributes: {name: value}, children: [elements], text, line, column }.
 * `text` is the element's own character data (CDATA included), entities decoded. Throws XmlError.
 */
function parseXml(source) {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  let pos = 0;

  // Line starts, for positions in messages.
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") lineStarts.push(i + 1);
  function where(at) {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - lineStarts[lo] + 1 };
  }
  function fail(message, at = pos) {
    const { line, column } = where(at);
    throw new XmlError(message, line, column);
  }

  const bad = FORBIDDEN_CHAR.exec(text);
  if (bad) fail(`character U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")} is not allowed in XML`, bad.index);

  function readName(what) {
    NAME.lastIndex = pos;
    const match = NAME.exec(text);
    if (!match) fail(`expected ${what}`);
    pos += match[0].length;
    return match[0];
  }
  function skipSpace() {
    const start = pos;
    while (pos < text.length && /[ \t\r\n]/.test(text[pos])) pos++;
    return pos > start;
  }
  function decode(raw, at) {
    return raw.replace(/&([^;&<]*);?/g, (whole, body, offset) => {
      const here = at + offset;
      if (!whole.endsWith(";")) fail(`"&" must start an entity such as &amp; (write & as &amp;)`, here);
      if (body.startsWith("#")) {
        const hex = /^#x([0-9A-Fa-f]+)$/.exec(body);
        const dec = /^#([0-9]+)$/.exec(body);
        const code = hex ? parseInt(hex[1], 16) : dec ? parseInt(dec[1], 10) : NaN;
        const allowed =
          code === 0x9 ||
          code === 0xa ||
          code === 0xd ||
          (code >= 0x20 && code <= 0xd7ff) ||
          (code >= 0xe000 && code <= 0xfffd) ||
          (code >= 0x10000 && code <= 0x10ffff);
        if (!allowed) fail(`bad character reference &${body};`, here);
        return String.fromCodePoint(code);
      }
      if (!(body in PREDEFINED)) fail(`unknown entity &${body}; (only &lt; &gt; &amp; &quot; &apos; are defined)`, here);
      return PREDEFINED[body];
    });
  }
  function until(marker, what, from) {
    const end = text.indexOf(marker, pos);
    if (end < 0) fail(`${what} is not closed with "${marker}"`, from);
    const body = text.slice(pos, end);
    pos = end + marker.length;
    return body;
  }
  function comment() {
    const start = pos;
    pos += 4;
    const body = until("-->", "comment", start);
    if (body.includes("--") || body.endsWith("-")) fail(`"--" is not allowed inside a comment`, start);
  }
  function processingInstruction() {
    const start = pos;
    pos += 2;
    const target = readName("a processing instruction name");
    if (target.toLowerCase() === "xml") fail("the XML declaration must be the very first thing in the file", start);
    until("?>", "processing instruction", start);
  }
  function declaration() {
    const start = pos;
    pos += 5;
    const body = until("?>", "XML declaration", start);
    if (!/^\s+version\s*=\s*(["'])1\.[0-9]+\1/.test(body)) fail(`the XML declaration needs version="1.0"`, start);
  }
  function startTag() {
    const at = pos;
    pos++;
    const name = readName("an element name after <");
    const element = { name, attributes: {}, children: [], text: "", ...where(at) };
    for (;;) {
      const spaced = skipSpace();
      if (text.startsWith("/>", pos)) {
        pos += 2;
        return { element, empty: true };
      }
      if (text[pos] === ">") {
        pos++;
        return { element, empty: false };
      }
      if (pos >= text.length) fail(`start tag <${name}> is not closed`, at);
      if (!spaced) fail(`expected whitespace, ">" or "/>" in <${name}>`);
      const attrAt = pos;
      const attr = readName(`an attribute name in <${name}>`);
      skipSpace();
      if (text[pos] !== "=") fail(`attribute ${attr} in <${name}> needs ="value"`);
      pos++;
      skipSpace();
      const quote = text[pos];
      if (quote !== '"' && quote !== "'") fail(`the value of ${attr} in <${name}> must be in quotes`);
      pos++;
      const valueAt = pos;
      const raw = until(quote, `the value of ${attr}`, attrAt);
      const lt = raw.indexOf("<");
      if (lt >= 0) fail(`"<" is not allowed in an attribute value (write &lt;)`, valueAt + lt);
      if (Object.prototype.hasOwnProperty.call(element.attributes, attr)) fail(`attribute ${attr} appears twice in <${name}>`, attrAt);
      // Attribute-value normalisation: literal tabs and line breaks read as spaces.
      element.attributes[attr] = decode(raw, valueAt).replace(/[\t\r\n]/g, " ");
    }
  }

  // Prolog: optional declaration, then comments, PIs and whitespace.
  if (text.startsWith("<?xml", pos) && /[ \t\r\n]/.test(text[pos + 5] ?? "")) declaration();
  let root = null;
  const stack = [];
  while (pos < text.length) {
    if (stack.length === 0) {
      skipSpace();
      if (pos >= text.length) break;
      if (text[pos] !== "<") fail(root ? "text after the root element" : "text before the root element");
    }
    if (text.startsWith("<!--", pos)) comment();
    else if (text.startsWith("<?", pos)) processingInstruction();
    else if (text.startsWith("<![CDATA[", pos)) {
      if (stack.length === 0) fail("CDATA outside the root element");
      const start = pos;
      pos += 9;
      stack[stack.length - 1].text += until("]]>", "CDATA section", start);
    } else if (text.startsWith("<!DOCTYPE", pos)) fail("a DOCTYPE is not allowed in a manifest");
    else if (text.startsWith("<!", pos)) fail('unexpected "<!"');
    else if (text.startsWith("</", pos)) {
      const at = pos;
      pos += 2;
      const name = readName("an element name after </");
      skipSpace();
      if (text[pos] !== ">") fail(`end tag </${name}> is not closed with ">"`, at);
      pos++;
      const open = stack.pop();
      if (!open) fail(`end tag </${name}> has no start tag`, at);
      if (open.name !== name) fail(`end tag </${name}> does not match <${open.name}> opened on line ${open.line}`, at);
    } else if (text[pos] === "<") {
      if (stack.length === 0 && root) fail("a second root element; a document has exactly one");
      const { element, empty } = startTag();
      if (stack.length > 0) stack[stack.length - 1].children.push(element);
      else root = element;
      if (!empty) stack.push(element);
    } else {
      const start = pos;
      const end = text.indexOf("<", pos);
      pos = end < 0 ? text.length : end;
      const raw = text.slice(start, pos);
      const cdataEnd = raw.indexOf("]]>");
      if (cdataEnd >= 0) fail(`"]]>" is not allowed in text`, start + cdataEnd);
      stack[stack.length - 1].text += decode(raw, start);
    }
  }
  if (stack.length > 0) {
    const open = stack[stack.length - 1];
    fail(`<${open.name}> opened on line ${open.line} is never closed`, text.length);
  }
  if (!root) fail("no root element", 0);
  checkPrefixes(root, new Set(["xml"]), fail, lineStarts);
  return { root };
}

/** Every prefix used in an element or attribute name must be declared by xmlns:prefix in scope. */
function checkPrefixes(element, inScope, fail, lineStarts) {
  const scope = new Set(inScope);
  for (const attr of Object.keys(element.attributes)) {
    if (attr.startsWith("xmlns:")) scope.add(attr.slice(6));
  }
  const undeclared = (qname) => qname.includes(":") && qname.split(":")[0] !== "xmlns" && !scope.has(qname.split(":")[0]);
  const at = lineStarts[element.line - 1] + element.column - 1;
  if (undeclared(element.name)) fail(`namespace prefix "${element.name.split(":")[0]}" of <${element.name}> is not declared`, at);
  for (const attr of Object.keys(element.attributes)) {
    if (undeclared(attr)) fail(`namespace prefix "${attr.split(":")[0]}" of attribute ${attr} is not declared`, at);
  }
  for (const child of element.children) checkPrefixes(child, scope, fail, lineStarts);
}

/** Depth-first list of the element and all its descendants, each with its parent. */
function walk(element, parent = null, out = []) {
  out.push({ element, parent });
  for (const child of element.children) walk(child, element, out);
  return out;
}

module.exports = { parseXml, walk, XmlError };
