import { csvRecord } from './csv';

describe('csvRecord', () => {
  test('plain fields are joined by commas and end in CRLF', () => {
    expect(csvRecord(['a', 1, null, 'b c'])).toBe('a,1,,b c\r\n');
  });

  test('commas, quotes and line breaks are quoted, quotes doubled (RFC 4180)', () => {
    expect(csvRecord(['x,y', 'say "hi"', 'two\nlines', 'cr\rhere'])).toBe('"x,y","say ""hi""","two\nlines","cr\rhere"\r\n');
  });

  test.each(['=SUM(A1:A9)', '+1', '-2+3', '-1.5e3', '@cmd', '\tx', '\rx'])('text %p cannot start a formula', (text) => {
    const out = csvRecord([text]);
    expect(out.replace(/^"/, '').startsWith("'")).toBe(true);
  });

  test('numbers, and text that is a plain decimal number, are never neutralised', () => {
    expect(csvRecord([-125, 0, '-125.00', '-7'])).toBe('-125,0,-125.00,-7\r\n');
  });

  test('a neutralised field that also needs quoting keeps both', () => {
    expect(csvRecord(['=HYPERLINK("http://x","y")'])).toBe(`"'=HYPERLINK(""http://x"",""y"")"\r\n`);
  });
});
