import { fmt, pct, renderMarkdown, renderText } from './table';

describe('tables', () => {
  const table = {
    headers: ['endpoint', 'p99 ms'],
    rows: [
      ['create', 12.5],
      ['pay | risk', null],
    ],
  };

  test('text: numbers right-aligned, text left-aligned, missing values as a dash', () => {
    expect(renderText(table).split('\n')).toEqual(['endpoint    p99 ms', '----------  ------', 'create        12.5', 'pay | risk       —']);
  });

  test('markdown: alignment row and escaped pipes', () => {
    expect(renderMarkdown(table).split('\n')).toEqual(['| endpoint | p99 ms |', '|---|---:|', '| create | 12.5 |', '| pay \\| risk | — |']);
  });

  test('fmt and pct turn NaN and null into a dash', () => {
    expect(fmt(1.234, 2)).toBe('1.23');
    expect(fmt(Number.NaN)).toBe('—');
    expect(pct(0.3512)).toBe('35.1%');
    expect(pct(null)).toBe('—');
  });
});
