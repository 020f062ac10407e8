import { DateTime, IANAZone } from "luxon";

const DAY_MS = 86_400_000;
const MINUTES_PER_DAY = 1440;
// Bounds the memo so a long-running server cannot grow it without limit.
const MAX_MEMO = 100_000;
// Any fixed instant gives a first guess of the offset; dayOf corrects it with real day boundaries.
const GUESS_AT = Date.UTC(2026, 0, 1);

/** Calendar arithmetic in one IANA zone: local days are numbered like epoch days, so windows are integer ranges. */
export interface ZoneCalendar {
  readonly zone: string;
  /** The local calendar day (days since 1970-01-01 in this zone) that contains the instant. */
  dayOf(ms: number): number;
  /** The first instant of a local day (midnight, or the first instant after a gap at midnight). */
  startOfDay(day: number): number;
  /** The instant of a local wall-clock time; a time skipped by a DST gap moves forward, 1440 is the next midnight. */
  wallTime(day: number, minute: number): number;
}

class LuxonZoneCalendar implements ZoneCalendar {
  private readonly memo = new Map<number, number>();
  private readonly guessMs: number;
  private readonly iana: IANAZone;

  constructor(readonly zone: string) {
    this.iana = IANAZone.create(zone);
    this.guessMs = this.iana.offset(GUESS_AT) * 60_000;
  }

  // The last day found and its bounds: history is scanned in time order, so most look-ups hit it.
  private lastDay = 0;
  private lastStart = 0;
  private lastEnd = 0;

  dayOf(ms: number): number {
    if (ms >= this.lastStart && ms < this.lastEnd) return this.lastDay;
    let day = Math.floor((ms + this.guessMs) / DAY_MS);
    while (ms < this.startOfDay(day)) day--;
    while (ms >= this.startOfDay(day + 1)) day++;
    this.lastDay = day;
    this.lastStart = this.startOfDay(day);
    this.lastEnd = this.startOfDay(day + 1);
    return day;
  }

  startOfDay(day: number): number {
    return this.wallTime(day, 0);
  }

  wallTime(day: number, minute: number): number {
    if (minute >= MINUTES_PER_DAY) return this.wallTime(day + 1, minute - MINUTES_PER_DAY);
    const key = day * MINUTES_PER_DAY + minute;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    if (this.memo.size >= MAX_MEMO) this.memo.clear();
    const date = new Date(day * DAY_MS);
    const instant = DateTime.fromObject(
      {
        year: date.getUTCFullYear(),
        month: date.getUTCMonth() + 1,
        day: date.getUTCDate(),
        hour: Math.floor(minute / 60),
        minute: minute % 60,
      },
      { zone: this.iana },
    ).toMillis();
    this.memo.set(key, instant);
    return instant;
  }
}

const calendars = new Map<string, ZoneCalendar>();

/** The calendar of a zone, built once per zone because building Intl formatters costs ~70 µs. */
export function zoneCalendar(zone: string): ZoneCalendar {
  let calendar = calendars.get(zone);
  if (calendar === undefined) {
    calendar = new LuxonZoneCalendar(zone);
    calendars.set(zone, calendar);
  }
  return calendar;
}

/** Whether a name is a valid IANA zone (fixed offsets are not locations and are refused by callers' schemas). */
export function isIanaZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}
