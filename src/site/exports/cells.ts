/**
 * Article text is untrusted, and the files built from it are opened by other programs:
 * spreadsheets run a cell that starts like a formula, XML and iCalendar readers stop at a
 * control character. Every text that goes into an export passes through here.
 */

// C0 controls but tab, LF and CR, DEL, the non-characters XML 1.0 forbids, and lone surrogates (`u` flag: a pair is one code point).
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|\p{Cs}/gu;

/**
 * The text without the control characters XML and iCalendar do not allow; a form feed or a
 * vertical tab (a page or line break in a converted document) becomes a space.
 */
export function stripControl(text: string): string {
  return text.replace(CONTROL, (c) => (c === '\f' || c === '\v' ? ' ' : ''));
}

// What Excel, LibreOffice and Google Sheets read as the start of a formula (OWASP's CSV injection list).
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell for a spreadsheet: clean, and prefixed with `'` when it would start a formula. */
export function spreadsheetText(text: string): string {
  const clean = stripControl(text);
  return FORMULA_START.test(clean) ? `'${clean}` : clean;
}
