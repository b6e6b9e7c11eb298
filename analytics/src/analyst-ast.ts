import { type AggregateFunctions, IN_FUNCTIONS, isAggregate, SCALAR_FUNCTIONS, TABLE_FUNCTIONS } from './analyst-functions';
import { AnalystQueryError } from './analyst-errors';

// The analyst's statement as ClickHouse's parser sees it (EXPLAIN AST: parsing only, nothing is
// resolved or evaluated), checked against allowlists: the kinds of syntax node a SELECT is made of,
// the functions of analyst-functions.ts, and tables of the analytics database.

export interface AstNode {
  type: string;
  /** The text after the type: a function's or table's name, a literal, then `(alias …)`. */
  text: string;
  children: AstNode[];
}

// Nodes a plain SELECT is built from. Anything else (an EXPLAIN or SHOW inside, `Set` for a
// SETTINGS clause, `QueryParameter`, `* APPLY(fn)` which calls a function by name…) is refused.
const NODE_TYPES = new Set([
  'SelectWithUnionQuery',
  'SelectIntersectExceptQuery',
  'SelectQuery',
  'ExpressionList',
  'Subquery',
  'WithElement',
  'TablesInSelectQuery',
  'TablesInSelectQueryElement',
  'TableExpression',
  'TableIdentifier',
  'TableJoin',
  'ArrayJoin',
  'SampleRatio',
  'Function',
  'Identifier',
  'Literal',
  'Asterisk',
  'QualifiedAsterisk',
  'ColumnsRegexpMatcher',
  'ColumnsListMatcher',
  'QualifiedColumnsRegexpMatcher',
  'QualifiedColumnsListMatcher',
  'ColumnsTransformerList',
  'ColumnsExceptTransformer',
  'ColumnsReplaceTransformer',
  'ReplaceExpression',
  'OrderByElement',
  'WindowDefinition',
  'WindowListElement',
  'InterpolateElement',
]);
const LINE = /^( *)([A-Za-z]+)(?: (.*))?$/;
const CHILDREN = / \(children (\d+)\)$/;
// A name with nothing else on its line but an alias: what a Function, table or identifier line holds.
const NAMED = /^([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)(?: \(alias [^()]*\))?$/;

/**
 * Builds the tree from EXPLAIN AST's lines (one node a line, indented one space a level). Each line
 * is one node only because names with escapes or control characters were refused before (see
 * checkFormattedText); the children counts ClickHouse prints are checked all the same.
 */
export function parseAst(lines: string[]): AstNode {
  const root: AstNode = { type: '', text: '', children: [] };
  const stack: Array<{ node: AstNode; depth: number; declared: number }> = [{ node: root, depth: -1, declared: 1 }];
  const close = (to: number) => {
    while (stack.length > 1 && stack[stack.length - 1]!.depth >= to) {
      const done = stack.pop()!;
      if (done.node.children.length !== done.declared) throw unsupported('the query could not be read');
    }
  };
  for (const line of lines) {
    const children = CHILDREN.exec(line);
    const m = LINE.exec(children ? line.slice(0, children.index) : line);
    if (!m) throw unsupported('the query could not be read');
    const depth = m[1]!.length;
    close(depth);
    const parent = stack[stack.length - 1]!;
    if (depth !== parent.depth + 1) throw unsupported('the query could not be read');
    const node: AstNode = { type: m[2]!, text: m[3] ?? '', children: [] };
    parent.node.children.push(node);
    stack.push({ node, depth, declared: children ? Number(children[1]) : 0 });
  }
  close(0);
  if (root.children.length !== 1) throw unsupported('the query could not be read');
  return root.children[0]!;
}

export interface ScopeRules {
  database: string;
  aggregates: AggregateFunctions;
}

/** Refuses anything but one SELECT over the analytics database calling allowed functions. */
export function checkAst(root: AstNode, rules: ScopeRules): void {
  // FORMAT and INTO OUTFILE hang off the outermost query as further children.
  if (root.type !== 'SelectWithUnionQuery' || root.children.length !== 1) {
    throw new AnalystQueryError('select_only', 'only a single SELECT may be run here, without FORMAT or INTO OUTFILE: results are returned as JSON');
  }
  visit(root, null, rules);
}

function visit(node: AstNode, parent: AstNode | null, rules: ScopeRules): void {
  if (node.type === 'Set') throw new AnalystQueryError('settings_not_allowed', 'a SETTINGS clause is not allowed here: the limits are fixed');
  if (!NODE_TYPES.has(node.type)) throw unsupported(`${node.type} is not allowed here`);
  if (node.type === 'Function') checkFunction(node, parent, rules);
  if (node.type === 'TableIdentifier') checkTable(nameOf(node), rules.database);
  for (const child of node.children) visit(child, node, rules);
}

function checkFunction(node: AstNode, parent: AstNode | null, rules: ScopeRules): void {
  const name = nameOf(node);
  const key = name.toLowerCase();
  if (parent?.type === 'TableExpression') {
    if (!TABLE_FUNCTIONS.has(key)) {
      throw new AnalystQueryError(
        'function_not_allowed',
        `table function ${name}() is not allowed; tables of the ${rules.database} database and numbers(), zeros(), generate_series() are`,
      );
    }
    return;
  }
  if (!SCALAR_FUNCTIONS.has(key) && !isAggregate(key, rules.aggregates)) throw new AnalystQueryError('function_not_allowed', `function ${name}() is not allowed here`);
  // `x IN t`: a bare name on the right is a table (or a WITH name).
  const right = node.children[0]?.children[1];
  if (IN_FUNCTIONS.has(key) && right?.type === 'Identifier') checkTable(nameOf(right), rules.database);
}

function checkTable(name: string, database: string): void {
  const parts = name.split('.');
  // Unqualified: the analytics database (the connection's current one) or a WITH name.
  if (parts.length === 1 || (parts.length === 2 && parts[0] === database)) return;
  throw new AnalystQueryError('table_not_allowed', `only tables of the ${database} database may be read, not ${name}`);
}

function nameOf(node: AstNode): string {
  const m = NAMED.exec(node.text);
  if (!m) throw unsupported(`the name ${JSON.stringify(node.text)} is not supported here: use plain names`);
  return m[1]!;
}

const unsupported = (message: string) => new AnalystQueryError('select_only', message);

/**
 * ClickHouse's formatter writes every name with an unusual character in backquotes with escapes
 * (`a\nb`) and strips comments. A name with an escape could print as several lines in EXPLAIN AST,
 * and a `;` outside quotes would be a second statement: both are refused on the formatted text.
 */
export function checkFormattedText(formatted: string): void {
  for (let i = 0; i < formatted.length; i++) {
    const c = formatted[i];
    if (c === ';') throw unsupported('only a single SELECT may be run here');
    if (c !== "'" && c !== '`') continue;
    for (i++; i < formatted.length && formatted[i] !== c; i++) {
      if (formatted[i] !== '\\') continue;
      if (c === '`') throw unsupported('quoted names with escape sequences are not supported here');
      i++;
    }
  }
}
