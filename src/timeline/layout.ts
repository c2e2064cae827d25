/** Label sizes without measuring the DOM: the rows lay labels out before drawing them. */

/** A rough label width in pixels for a font size, without measuring the DOM. */
export function labelWidth(text: string, fontSize = 13): number {
  return Math.ceil(text.length * fontSize * 0.55);
}

/** The label cut to fit a width, with an ellipsis; empty when not even a few letters fit. */
export function fitLabel(text: string, available: number, fontSize = 13): string {
  if (labelWidth(text, fontSize) <= available) return text;
  const chars = Math.floor(available / (fontSize * 0.55)) - 1;
  return chars < 4 ? '' : `${text.slice(0, chars).trimEnd()}…`;
}
