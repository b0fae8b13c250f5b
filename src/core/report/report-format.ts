// Dates and percentages as reports print them: the same numeric form in every locale, so a class
// comparing an English and a Chinese report reads the same numbers.

/** `2025-11-07` for a date, `2025-11-07 14:30 UTC` for a timestamp; anything unparseable as given. */
export function formatReportDate(iso: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  const date = new Date(time).toISOString();
  return `${date.slice(0, 10)} ${date.slice(11, 16)} UTC`;
}

/** One decimal below 10 %, whole numbers above; a share above zero never prints as 0 %. */
export function formatShare(share: number): string {
  const percent = share * 100;
  if (percent === 0) return '0%';
  if (percent < 0.1) return '<0.1%';
  return percent < 10 ? `${percent.toFixed(1)}%` : `${Math.round(percent)}%`;
}
