/**
 * Articles carry a calendar date only; feeds and JSON-LD need an instant. The archive's dates are read as midnight
 * in the configured time zone, with that zone's offset on that day (summer time included).
 */

const formatters = new Map<string, Intl.DateTimeFormat>();
// Formatting with a time zone costs microseconds, and every page asks again for the few thousand dates an archive
// has (an article page once for its own date, a quote page for each report's): each date's answer is kept.
const starts = new Map<string, { iso: string; time: number }>();

/** Midnight at the start of `date` (YYYY-MM-DD) in `timeZone`: as ISO 8601 with its offset, and as a Date. */
export function dayStart(date: string, timeZone: string): { iso: string; instant: Date } {
  const key = `${timeZone} ${date}`;
  let start = starts.get(key);
  if (!start) starts.set(key, (start = computeDayStart(date, timeZone)));
  return { iso: start.iso, instant: new Date(start.time) };
}

function computeDayStart(date: string, timeZone: string): { iso: string; time: number } {
  const midnightUtc = Date.parse(`${date}T00:00:00Z`);
  let offset = offsetMinutes(midnightUtc, timeZone);
  // The offset at the guessed instant can differ from the one at local midnight when a zone changes that night.
  offset = offsetMinutes(midnightUtc - offset * 60_000, timeZone);
  const sign = offset < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
  return { iso: `${date}T00:00:00${sign}${hours}:${minutes}`, time: midnightUtc - offset * 60_000 };
}

function offsetMinutes(instant: number, timeZone: string): number {
  let formatter = formatters.get(timeZone);
  if (!formatter) formatters.set(timeZone, (formatter = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })));
  const name = formatter.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}
