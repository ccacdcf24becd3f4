/** Date formatting for people: "16 April 2024", "April 2024", "2024". */

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** A partial ISO date (YYYY, YYYY-MM, YYYY-MM-DD) as words. */
export function formatPartialDate(value: string | undefined, missing = 'Date not shown'): string {
  if (!value) return missing;
  const [year, month, day] = value.split('-');
  if (day && month) return `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`;
  if (month) return `${MONTHS[Number(month) - 1]} ${year}`;
  return year ?? missing;
}

/** Our own editorial dates are full dates, shown in UTC so a build machine's zone never shifts them. */
export function formatDate(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A timeline's "when" as written, with any ISO dates in it spelled out ("2024-02-23 to 2024-03-07"). */
export function formatWhen(when: string): string {
  return when.replace(/\b(\d{4})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?\b/g, (match) => formatPartialDate(match));
}
