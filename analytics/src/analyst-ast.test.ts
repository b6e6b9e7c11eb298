import { checkAst, checkFormattedText, parseAst } from './analyst-ast';

// The reading of EXPLAIN AST's lines on hand-made input: what the engine tests cannot produce.

const aggregates = { names: new Set(['sum', 'count']), combinators: ['if', 'state'] };
const check = (lines: string[]) => checkAst(parseAst(lines), { database: 'agora', aggregates });

describe('parseAst', () => {
  it('builds the tree from indentation and checks the children counts ClickHouse printed', () => {
    const tree = parseAst([
      'SelectWithUnionQuery (children 1)',
      ' ExpressionList (children 1)',
      '  SelectQuery (children 1)',
      '   ExpressionList (children 1)',
      '    Function sumIf (alias s) (children 1)',
      '     ExpressionList',
    ]);
    expect(tree.children[0]!.children[0]!.children[0]!.children[0]).toEqual({
      type: 'Function',
      text: 'sumIf (alias s)',
      children: [{ type: 'ExpressionList', text: '', children: [] }],
    });
  });

  it.each([
    [['SelectWithUnionQuery (children 2)', ' ExpressionList']],
    [['SelectWithUnionQuery', ' ExpressionList']],
    [['SelectWithUnionQuery (children 1)', '   ExpressionList']],
    [['SelectWithUnionQuery (children 1)', ' ExpressionList', 'SelectWithUnionQuery']],
    [['SelectWithUnionQuery (children 1)', ' (alias x)']],
    [[]],
  ])('refuses lines that do not form one consistent tree: %j', (lines) => {
    expect(() => parseAst(lines)).toThrow(expect.objectContaining({ code: 'select_only' }));
  });
});

describe('checkAst', () => {
  // One SELECT of the given expressions, each given as its lines.
  const select = (...exprs: string[][]) => [
    'SelectWithUnionQuery (children 1)',
    ' ExpressionList (children 1)',
    '  SelectQuery (children 1)',
    `   ExpressionList (children ${exprs.length})`,
    ...exprs.flat().map((e) => `    ${e}`),
  ];
  it('allows scalar and aggregate functions with combinators, case-insensitively', () => {
    expect(() => check(select(['Function plus (children 1)', ' ExpressionList'], ['Function COUNTIF'], ['Function sumStateIf']))).not.toThrow();
  });

  it('refuses functions outside the lists, names that are not plain, and node kinds outside a SELECT', () => {
    expect(() => check(select(['Function file (children 1)', ' ExpressionList']))).toThrow(expect.objectContaining({ code: 'function_not_allowed' }));
    expect(() => check(select(['Function sumMerge']))).toThrow(expect.objectContaining({ code: 'function_not_allowed' }));
    expect(() => check(select(['Function concat x']))).toThrow(expect.objectContaining({ code: 'select_only' }));
    expect(() => check(select(['Set']))).toThrow(expect.objectContaining({ code: 'settings_not_allowed' }));
    expect(() => check(select(['QueryParameter p:String']))).toThrow(expect.objectContaining({ code: 'select_only' }));
    expect(() => check(['SelectWithUnionQuery (children 2)', ' ExpressionList', ' Identifier CSV'])).toThrow(
      expect.objectContaining({ code: 'select_only', message: expect.stringMatching(/FORMAT/) }),
    );
    expect(() => check(['KillQueryQuery'])).toThrow(expect.objectContaining({ code: 'select_only' }));
  });
});

describe('checkFormattedText', () => {
  it('allows escapes in strings but not in quoted names, and no ; outside quotes', () => {
    expect(() => checkFormattedText("SELECT 'a\\nb;', 'it\\'s' AS `x y`")).not.toThrow();
    expect(() => checkFormattedText('SELECT 1 AS `a\\nb`')).toThrow(expect.objectContaining({ code: 'select_only' }));
    expect(() => checkFormattedText('SELECT 1; SELECT 2')).toThrow(expect.objectContaining({ code: 'select_only' }));
  });
});
