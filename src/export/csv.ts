// CSV cells and lines by RFC 4180, with a defence against formula injection in spreadsheet programs.

/**
 * One cell: a text starting with = + - @ (or a tab or carriage return, which some programs skip before
 * such a sign) gets a leading apostrophe so a spreadsheet shows it instead of running it as a formula;
 * a cell holding a comma, quote or line break is quoted, its quotes doubled.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  let text = typeof value === "string" ? value : String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/u.test(text)) text = `'${text}`;
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

/** One record, ended by CRLF as RFC 4180 asks. */
export function csvLine(cells: readonly unknown[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}
