import { groupBy } from "../collections";
import { cellAddress, type SheetGrid } from "../grid";
import { recognizeSheet, type RecognizedTable } from "../recognize";
import { planFixes, type CellChange } from "./fixes";
import type { Issue, IssueCode, IssueParams, Severity } from "./issue";
import { RuleMemos, type Finding, type Rule } from "./rule";
import { RULES } from "./rules";
import { validateSheet, type ValidationOptions } from "./validateSheet";

/**
 * Working through a sheet's issues kind by kind (the pane's 校验): the issues grouped by kind, and the fixes of
 * the kinds and cells the clerk keeps, planned as cell changes. A cell's change is composed from its selected
 * issues only, exactly as validateSheet composes all of them: the sheet is checked once, its findings (with
 * their repairs) are kept, and a selection replays the selected ones through validateSheet.
 */

/** What an issue's kind is read from: a finding has it too, so that a finding can be selected before it is an issue. */
export interface KindOf {
  code: IssueCode;
  severity: Severity;
  params?: IssueParams;
}

/**
 * Codes whose issues name a unit and the name it should have: their kind is the code with the two names, so
 * that the seven cells of “长三角发展办” → “市长三角发展办” are one group and 交通运输局 → 市交通运输局 another.
 */
const NAMED_KINDS: Partial<Record<IssueCode, string>> = { "units/alias": "canonical", "units/variant": "other" };

/** The kind of an issue, as a key: its code and severity, and for a unit's name the wrong and the right name. */
export function issueKind(issue: KindOf): string {
  const right = NAMED_KINDS[issue.code];
  const params = issue.params ?? {};
  return JSON.stringify(right === undefined ? [issue.code, issue.severity] : [issue.code, issue.severity, params.unit, params[right]]);
}

/** Issues of one kind. */
export interface IssueGroup {
  kind: string;
  code: IssueCode;
  severity: Severity;
  /** A unit's wrong name and its right one: every issue of the group says the same sentence. */
  named: boolean;
  /** In sheet order. */
  issues: Issue[];
  /** How many of them have a certain fix. */
  fixable: number;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Issues grouped by kind: errors first, then warnings, then notes; groups of one severity in the order the sheet first shows them. */
export function groupIssues(issues: readonly Issue[]): IssueGroup[] {
  const groups = [...groupBy(issues, issueKind)].map(([kind, found]): IssueGroup => ({
    kind,
    code: found[0].code,
    severity: found[0].severity,
    named: NAMED_KINDS[found[0].code] !== undefined,
    issues: found,
    fixable: found.reduce((n, issue) => (issue.fix === undefined ? n : n + 1), 0),
  }));
  // Array.prototype.sort is stable: within a severity, groupBy's first-seen order stays.
  return groups.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}

/** A cell as the selection names it: "sheet!A1". */
export const cellKey = (sheet: string, cell: string): string => `${sheet}!${cell}`;

/** What the clerk left out of a fix: kinds of issue (issueKind) and cells (cellKey). Everything else is in. */
export interface FixSelection {
  excludedKinds?: ReadonlySet<string>;
  excludedCells?: ReadonlySet<string>;
}

/** The changes a selection makes, one per cell in sheet order, and how many fixable issues they resolve. */
export interface FixPlan {
  changes: CellChange[];
  issues: number;
}

/** A sheet's issues, kept with the findings they came from, so that any selection of their fixes can be planned. */
export interface RepairableCheck {
  issues: Issue[];
  readonly grid: SheetGrid;
  /** The options of the check, with its recognition: a replay neither recognises the sheet again nor runs a rule. */
  readonly options: ValidationOptions;
  /** Each table's findings in the order the rules gave them, which is the order their repairs compose in. */
  readonly findings: ReadonlyMap<RecognizedTable, readonly Finding[]>;
  /** The same, one list per rule: an edit is checked again from them (recheckSheet). */
  readonly ruleFindings: ReadonlyMap<RecognizedTable, readonly (readonly Finding[])[]>;
}

/** validateSheet, keeping the findings: `issues` are exactly what validateSheet returns for the same grid and options. */
export function checkSheet(grid: SheetGrid, options: ValidationOptions = {}): RepairableCheck {
  const recognition = options.recognition ?? recognizeSheet(grid);
  const findings = new Map<RecognizedTable, Finding[][]>();
  const recording = (options.rules ?? RULES).map((rule): Rule => ({
    id: rule.id,
    check(context) {
      const found = rule.check(context);
      const table = findings.get(context.table);
      if (table) table.push(found);
      else findings.set(context.table, [found]);
      return found;
    },
  }));
  // Memos kept with the check: the check after an edit works out only the texts it has not seen.
  const memos = options.memos ?? new RuleMemos();
  const issues = validateSheet(grid, { ...options, recognition, memos, rules: recording });
  // One concat per table: push(...) of tens of thousands of findings may overflow the stack.
  const flat = new Map([...findings].map(([table, lists]) => [table, ([] as Finding[]).concat(...lists)]));
  return { issues, grid, options: { ...options, recognition, memos }, findings: flat, ruleFindings: findings };
}

/**
 * The changes of the selected fixable issues: each cell's new value composed from the repairs of its selected
 * issues only, in rule order. With nothing left out it is planFixes(check.issues).
 */
export function planSelectedFixes(check: RepairableCheck, selection: FixSelection = {}): FixPlan {
  const { grid } = check;
  const kinds = selection.excludedKinds;
  const cells = selection.excludedCells;
  const selected = (finding: Finding) =>
    (finding.repair !== undefined || finding.replaceWith !== undefined) &&
    !(kinds?.size && kinds.has(issueKind(finding))) &&
    !(cells?.size && cells.has(cellKey(grid.name, cellAddress(finding.row, finding.col))));
  const replay: Rule = { id: "selected", check: (context) => (check.findings.get(context.table) ?? []).filter(selected) };
  const fixed = validateSheet(grid, { ...check.options, rules: [replay] }).filter((issue) => issue.fix !== undefined);
  return { changes: planFixes(fixed), issues: fixed.length };
}
