/**
 * Axis tick labels in the browser, from Intl (the same French abbreviations as date-fns's
 * `fr` locale: "sept.", "2025", "19 sept."), so that the timeline does not ship a date library.
 */
export function intlTickFormat(lang: string): (d: Date) => string {
  const month = new Intl.DateTimeFormat(lang, { month: 'short' });
  const day = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short' });
  return (d: Date) => {
    if (d.getMonth() === 0 && d.getDate() === 1) return String(d.getFullYear());
    return d.getDate() === 1 ? month.format(d) : day.format(d);
  };
}
