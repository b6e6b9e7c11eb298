// RFC 4180 CSV records for downloads that open in spreadsheets.

export type CsvField = string | number | null;

// A text cell starting with one of these is run as a formula by Excel, LibreOffice and Sheets
// (OWASP "CSV injection"): a leading apostrophe makes it plain text. A plain decimal number such as
// "-125.00" is data, not a formula, and stays as it is.
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

function field(value: CsvField): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record, CRLF-terminated; text fields are quoted when needed and neutralised against formulas. */
export function csvRecord(fields: readonly CsvField[]): string {
  return `${fields.map(field).join(',')}\r\n`;
}
