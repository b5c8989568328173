/**
 * Finds every use of the Excel JavaScript API in TypeScript sources and the requirement set it
 * needs, read from the `[Api set: ExcelApi 1.x]` annotations of @types/office-js, and says which
 * uses above a given minimum no run-time check guards. Used by requirement-sets.test.ts.
 *
 * What counts as a use (each resolved by the type checker, never by name alone):
 * - a property read, write or method call (`sheet.showGridlines = false`, `range.getSpecialCellsOrNullObject(…)`);
 * - each argument passed to a method, against the `@param` annotation of the declaration
 *   (`getUsedRange(true)`: `valuesOnly` needs ExcelApi 1.2);
 * - each property of an object literal whose contextual type is an Office.js type
 *   (`{ selectionMode: 'Normal' }` as `Excel.WorksheetProtectionOptions` needs ExcelApi 1.7).
 *   Enum string values (`'A4'`, `'End'`) are not looked at.
 *
 * The adapter talks to Excel through its own contract types (src/adapters/office/excel-model.ts).
 * Each contract type is paired with its Office.js type by walking the contract from
 * `asOfficeContext(context: Excel.RequestContext): OfficeContext` in parallel with
 * `Excel.RequestContext`, property by property (a method by its return type, an array by its
 * element type), so `OfficeWorksheet.getRanges` is read as `Excel.Worksheet.getRanges`. A contract
 * member with no Office.js counterpart is reported as drift.
 *
 * An annotation that names two versions ("1.1 for reading visibility; 1.2 for setting it") gives
 * the lower to a read and the higher to a write. Other Excel sets (ExcelApiOnline, ExcelApiDesktop)
 * are never covered by the manifest's ExcelApi minimum.
 *
 * GUARDED, mechanically: a use that needs set S version v is guarded when, in the same function,
 * it sits
 * - in the `then` branch of an `if`, the `true` branch of `?:`, or the right side of `&&`, whose
 *   condition is (or is an `&&` chain containing) `….isSetSupported('S', 'w')` with w ≥ v, both
 *   arguments string literals; or
 * - after an `if (!….isSetSupported('S', 'w')) return …;` (or `throw`) earlier in an enclosing block.
 * Nothing else counts: not a check in a caller, not a capability object. Code that needs more than
 * the manifest declares does the check itself, around the use.
 */
import * as path from 'path';
import ts from 'typescript';

export type ApiUse = {
  readonly file: string;
  readonly line: number;
  /** `Worksheet.getUsedRange(valuesOnly)`, `WorksheetProtectionOptions.selectionMode`. */
  readonly member: string;
  readonly set: string;
  readonly version: string;
  readonly guarded: boolean;
};

export type ApiScan = {
  readonly uses: readonly ApiUse[];
  /** Contract members (excel-model.ts) that have no Office.js counterpart. */
  readonly drift: readonly string[];
};

const OFFICE_TYPES = `${path.sep}@types${path.sep}office-js${path.sep}`;
const ANNOTATION = /\[Api set: (ExcelApi\w*) ([^\]]+)\]/;

export function createApiProgram(rootDir: string, files: readonly string[]): ts.Program {
  const configPath = path.join(rootDir, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, (file) => ts.sys.readFile(file));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, rootDir);
  return ts.createProgram({ rootNames: [...files], options: { ...parsed.options, noEmit: true } });
}

export function scanApiUses(program: ts.Program, files: readonly string[]): ApiScan {
  const checker = program.getTypeChecker();
  const drift: string[] = [];
  const counterpart = pairContract(program, checker, drift);
  const uses: ApiUse[] = [];
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (source === undefined) throw new Error(`not in the program: ${file}`);
    const visit = (node: ts.Node): void => {
      for (const found of usesAt(node, checker, counterpart)) {
        const line = source.getLineAndCharacterOfPosition(found.at.getStart(source)).line + 1;
        uses.push({ file: path.relative(program.getCurrentDirectory(), file), line, member: found.member, set: found.set, version: found.version, guarded: isGuarded(found.at, found.set, found.version) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { uses, drift };
}

/** Uses needing more than `minimum` of ExcelApi (or any other Excel set) that no check guards. */
export function unguarded(scan: ApiScan, minimum: string): ApiUse[] {
  return scan.uses.filter((use) => !use.guarded && (use.set !== 'ExcelApi' || compareVersions(use.version, minimum) > 0));
}

export function describeUse(use: ApiUse): string {
  return `${use.file}:${use.line} ${use.member} needs ${use.set} ${use.version}`;
}

export function compareVersions(a: string, b: string): number {
  const [am = 0, an = 0] = a.split('.').map(Number);
  const [bm = 0, bn = 0] = b.split('.').map(Number);
  return am - bm || an - bn;
}

type Found = { readonly at: ts.Node; readonly member: string; readonly set: string; readonly version: string };

function usesAt(node: ts.Node, checker: ts.TypeChecker, counterpart: Map<ts.Type, ts.Type>): Found[] {
  if (ts.isPropertyAccessExpression(node)) {
    const members = officeMembers(checker.getTypeAtLocation(node.expression), node.name.text, checker, counterpart) ?? officeSymbol(checker.getSymbolAtLocation(node.name));
    if (members === undefined) return [];
    const out: Found[] = [];
    const own = requirement(members.declarations, isWritten(node));
    if (own) out.push({ at: node.name, member: members.name, ...own });
    const call = node.parent;
    if (ts.isCallExpression(call) && call.expression === node) out.push(...argumentUses(call, members));
    return out;
  }
  if (ts.isObjectLiteralExpression(node)) {
    const contextual = checker.getContextualType(node);
    if (contextual === undefined) return [];
    const out: Found[] = [];
    for (const property of node.properties) {
      if (!(ts.isPropertyAssignment(property) || ts.isShorthandPropertyAssignment(property)) || !ts.isIdentifier(property.name)) continue;
      const members = officeMembers(contextual, property.name.text, checker, counterpart);
      const needs = members && requirement(members.declarations, true);
      if (members && needs) out.push({ at: property.name, member: members.name, ...needs });
    }
    return out;
  }
  return [];
}

type Members = { readonly name: string; readonly declarations: readonly ts.Declaration[] };

/** The Office.js declarations of `type.name`, through the contract pairing where the type is a contract type. */
function officeMembers(type: ts.Type, name: string, checker: ts.TypeChecker, counterpart: Map<ts.Type, ts.Type>): Members | undefined {
  for (const part of constituents(checker.getNonNullableType(type))) {
    const office = counterpart.get(part) ?? (isOfficeType(part) ? part : undefined);
    if (office === undefined) continue;
    const found = officeSymbol(checker.getPropertyOfType(office, name));
    if (found) return found;
  }
  return undefined;
}

function officeSymbol(symbol: ts.Symbol | undefined): Members | undefined {
  const declarations = (symbol?.declarations ?? []).filter(fromOfficeTypes);
  if (symbol === undefined || declarations.length === 0) return undefined;
  const owner = (symbol as ts.Symbol & { parent?: ts.Symbol }).parent?.getName();
  return { name: owner ? `${owner}.${symbol.getName()}` : symbol.getName(), declarations };
}

/** Arguments passed: each against its `@param` annotation, in the overload with room for them that asks least. */
function argumentUses(call: ts.CallExpression, members: Members): Found[] {
  const candidates = members.declarations.filter((d): d is ts.SignatureDeclaration => ts.isFunctionLike(d) && d.parameters.length >= call.arguments.length);
  let best: Found[] | undefined;
  for (const declaration of candidates) {
    const needs: Found[] = [];
    call.arguments.forEach((argument, i) => {
      const parameter = declaration.parameters[i];
      if (parameter === undefined || !ts.isIdentifier(parameter.name)) return;
      const tag = ts.getJSDocParameterTags(parameter).map((t) => ts.getTextOfJSDocComment(t.comment) ?? '').join(' ');
      const found = parseAnnotation(tag, false);
      if (found) needs.push({ at: argument, member: `${members.name}(${parameter.name.text})`, ...found });
    });
    if (best === undefined || compareVersions(highest(needs), highest(best)) < 0) best = needs;
  }
  return best ?? [];
}

/** The most an overload's arguments ask for; another Excel set counts as more than any ExcelApi. */
function highest(found: readonly Found[]): string {
  return found.map((f) => (f.set === 'ExcelApi' ? f.version : '999.0')).sort(compareVersions).pop() ?? '0.0';
}

/**
 * The set a member's own annotation (its doc comment before the `@param`s) asks for. A collection's
 * `items` carries none (excel.chartcollection, "items: Gets the loaded child items in this
 * collection", no remarks): it needs what its collection class needs.
 */
function requirement(declarations: readonly ts.Declaration[], written: boolean): { set: string; version: string } | undefined {
  const annotationOf = (d: ts.Declaration) => {
    const own = ownComment(d);
    if (ANNOTATION.test(own) || !isCollectionItems(d)) return own;
    return ownComment(d.parent as ts.Declaration);
  };
  const found = declarations.map((d) => parseAnnotation(annotationOf(d), written)).filter((f): f is { set: string; version: string } => f !== undefined);
  found.sort((a, b) => compareVersions(a.version, b.version));
  return found[0];
}

function isCollectionItems(declaration: ts.Declaration): boolean {
  return ts.isPropertyDeclaration(declaration) && ts.isIdentifier(declaration.name) && declaration.name.text === 'items' && ts.isClassDeclaration(declaration.parent) && /Collection$/.test(declaration.parent.name?.text ?? '');
}

function ownComment(declaration: ts.Declaration): string {
  const text = declaration.getSourceFile().text;
  const comments = ts.getLeadingCommentRanges(text, declaration.getFullStart()) ?? [];
  const last = comments[comments.length - 1];
  if (last === undefined) return '';
  return text.slice(last.pos, last.end).split(/\n\s*\*\s*@param /)[0] ?? '';
}

function parseAnnotation(text: string, written: boolean): { set: string; version: string } | undefined {
  const match = ANNOTATION.exec(text);
  if (match === null) return undefined;
  const set = match[1] as string;
  const versions = [...(match[2] as string).matchAll(/\b\d+\.\d+\b/g)].map((m) => m[0]).sort(compareVersions);
  const version = written ? versions[versions.length - 1] : versions[0];
  return version === undefined ? undefined : { set, version };
}

function isWritten(node: ts.Expression): boolean {
  const parent = node.parent;
  return ts.isBinaryExpression(parent) && parent.left === node && parent.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && parent.operatorToken.kind <= ts.SyntaxKind.LastAssignment;
}

function fromOfficeTypes(declaration: ts.Declaration): boolean {
  return declaration.getSourceFile().fileName.split('/').join(path.sep).includes(OFFICE_TYPES);
}

function isOfficeType(type: ts.Type): boolean {
  return (type.getSymbol()?.declarations ?? []).some(fromOfficeTypes);
}

function constituents(type: ts.Type): readonly ts.Type[] {
  return type.isUnion() || type.isIntersection() ? type.types : [type];
}

/** Contract type → Office.js type, from `asOfficeContext` in excel-model.ts. */
function pairContract(program: ts.Program, checker: ts.TypeChecker, drift: string[]): Map<ts.Type, ts.Type> {
  const pairs = new Map<ts.Type, ts.Type>();
  const model = program.getSourceFiles().find((f) => f.fileName.endsWith('src/adapters/office/excel-model.ts'));
  const anchor = model?.statements.find((s): s is ts.FunctionDeclaration => ts.isFunctionDeclaration(s) && s.name?.text === 'asOfficeContext');
  const parameter = anchor?.parameters[0];
  if (anchor === undefined || parameter === undefined) return pairs;
  const signature = checker.getSignatureFromDeclaration(anchor);
  if (signature === undefined) return pairs;

  // Only types written in excel-model.ts are paired (not Promise, not Excel's own types).
  const inContract = (type: ts.Type): boolean => (type.getSymbol()?.declarations ?? []).some((d) => d.getSourceFile() === model);
  const pair = (contract: ts.Type, office: ts.Type): void => {
    if (pairs.has(contract)) return;
    if (checker.isArrayType(contract) && checker.isArrayType(office)) {
      const [c] = checker.getTypeArguments(contract as ts.TypeReference);
      const [o] = checker.getTypeArguments(office as ts.TypeReference);
      if (c && o) pair(c, o);
      return;
    }
    if (!inContract(contract)) return;
    pairs.set(contract, office);
    for (const property of checker.getPropertiesOfType(contract)) {
      const counterpartProperty = checker.getPropertyOfType(office, property.getName());
      if (counterpartProperty === undefined) {
        drift.push(`${checker.typeToString(contract)}.${property.getName()} has no counterpart in ${checker.typeToString(office)}`);
        continue;
      }
      const c = checker.getNonNullableType(checker.getTypeOfSymbol(property));
      const o = checker.getNonNullableType(checker.getTypeOfSymbol(counterpartProperty));
      const [cs] = c.getCallSignatures();
      const os = o.getCallSignatures();
      if (cs !== undefined && os.length > 0) {
        const match = os.find((s) => s.parameters.length === cs.parameters.length) ?? os[0];
        if (match) pair(checker.getNonNullableType(cs.getReturnType()), checker.getNonNullableType(match.getReturnType()));
      } else pair(c, o);
    }
  };
  pair(checker.getReturnTypeOfSignature(signature), checker.getTypeAtLocation(parameter));
  return pairs;
}

/** Whether a run-time requirement check of at least `set` `version` encloses the use (see the header). */
function isGuarded(use: ts.Node, set: string, version: string): boolean {
  const enough = (condition: ts.Expression): boolean => checks(condition).some((c) => c.set === set && compareVersions(c.version, version) >= 0);
  let child: ts.Node = use;
  for (let node = use.parent; node !== undefined; child = node, node = node.parent) {
    if (ts.isIfStatement(node) && node.thenStatement === child && enough(node.expression)) return true;
    if (ts.isConditionalExpression(node) && node.whenTrue === child && enough(node.condition)) return true;
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && node.right === child && enough(node.left)) return true;
    if (ts.isBlock(node) || ts.isSourceFile(node)) {
      const before = node.statements.slice(0, node.statements.indexOf(child as ts.Statement));
      if (before.some((s) => ts.isIfStatement(s) && leaves(s.thenStatement) && ts.isPrefixUnaryExpression(s.expression) && s.expression.operator === ts.SyntaxKind.ExclamationToken && enough(s.expression.operand))) return true;
    }
    if (ts.isFunctionLike(node)) return false;
  }
  return false;
}

/** `isSetSupported('S', 'v')` calls in a condition, through `&&` and parentheses. */
function checks(condition: ts.Expression): { set: string; version: string }[] {
  if (ts.isParenthesizedExpression(condition)) return checks(condition.expression);
  if (ts.isBinaryExpression(condition) && condition.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) return [...checks(condition.left), ...checks(condition.right)];
  if (!ts.isCallExpression(condition)) return [];
  const callee = condition.expression;
  const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : '';
  const [set, version] = condition.arguments;
  if (name !== 'isSetSupported' || set === undefined || version === undefined || !ts.isStringLiteral(set) || !ts.isStringLiteral(version)) return [];
  return [{ set: set.text, version: version.text }];
}

function leaves(statement: ts.Statement): boolean {
  if (ts.isReturnStatement(statement) || ts.isThrowStatement(statement)) return true;
  return ts.isBlock(statement) && statement.statements.length > 0 && leaves(statement.statements[statement.statements.length - 1] as ts.Statement);
}
