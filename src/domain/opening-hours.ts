/**
 * Opening hours of a resource and the rules of a booking's slot, without I/O. Hours are weekly
 * intervals in the resource's IANA time zone: an ISO weekday (1 = Monday … 7 = Sunday) with 'HH:MM'
 * opening and closing times on that day ('24:00' closes at midnight). A slot fits when it lies
 * inside one interval: it starts and ends on the same local day, within that day's hours.
 */

export interface OpeningInterval {
  weekday: number;
  opens: string;
  closes: string;
}

/** Minutes since local midnight of 'HH:MM' ('24:00' is 1440). */
export const minutesOf = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
};

interface LocalTime {
  /** 'YYYY-MM-DD' in the zone. */
  date: string;
  weekday: number;
  minutes: number;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function formatIn(zone: string): Intl.DateTimeFormat {
  let f = formats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formats.set(zone, f);
  }
  return f;
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** An instant's local date, ISO weekday and minutes since local midnight (seconds as a fraction). */
export function localTime(at: Date, zone: string): LocalTime {
  const parts = Object.fromEntries(
    formatIn(zone)
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: WEEKDAYS.indexOf(parts.weekday!) + 1,
    minutes:
      Number(parts.hour) * 60 +
      Number(parts.minute) +
      Number(parts.second) / 60 +
      at.getUTCMilliseconds() / 60_000,
  };
}

/** The day after a 'YYYY-MM-DD' date. */
const nextDay = (date: string): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

/** Does the slot [startsAt, endsAt) lie inside one of the opening intervals, in the zone's local time? */
export function slotIsOpen(
  hours: readonly OpeningInterval[],
  zone: string,
  startsAt: Date,
  endsAt: Date,
): boolean {
  if (endsAt.getTime() <= startsAt.getTime()) return false;
  const start = localTime(startsAt, zone);
  const end = localTime(endsAt, zone);
  let endMinutes: number;
  if (end.date === start.date) endMinutes = end.minutes;
  else if (end.date === nextDay(start.date) && end.minutes === 0) endMinutes = 1440;
  else return false;
  return hours.some(
    (h) =>
      h.weekday === start.weekday && minutesOf(h.opens) <= start.minutes && endMinutes <= minutesOf(h.closes),
  );
}

/** Two intervals of the same weekday that overlap, if any: the hours are refused with it. */
export function overlappingIntervals(
  hours: readonly OpeningInterval[],
): [OpeningInterval, OpeningInterval] | null {
  for (const [i, a] of hours.entries()) {
    for (const b of hours.slice(i + 1)) {
      if (
        a.weekday === b.weekday &&
        minutesOf(a.opens) < minutesOf(b.closes) &&
        minutesOf(b.opens) < minutesOf(a.closes)
      )
        return [a, b];
    }
  }
  return null;
}
