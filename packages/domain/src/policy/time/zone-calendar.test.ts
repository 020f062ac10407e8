import { describe, expect, it } from "vitest";
import { zoneCalendar } from "./zone-calendar.js";

const HOUR = 3_600_000;
const newYork = zoneCalendar("America/New_York");
const springDay = newYork.dayOf(Date.parse("2026-03-08T12:00:00-04:00"));
const fallDay = newYork.dayOf(Date.parse("2026-11-01T12:00:00-05:00"));

describe("zoneCalendar", () => {
  it("gives the spring-forward day 23 hours", () => {
    expect(newYork.startOfDay(springDay + 1) - newYork.startOfDay(springDay)).toBe(23 * HOUR);
  });

  it("gives the fall-back day 25 hours", () => {
    expect(newYork.startOfDay(fallDay + 1) - newYork.startOfDay(fallDay)).toBe(25 * HOUR);
  });

  it("places local midnight on the day it starts and the instant before on the previous day", () => {
    const midnight = Date.parse("2026-06-10T00:00:00-04:00");
    expect(newYork.dayOf(midnight) - newYork.dayOf(midnight - 1)).toBe(1);
    expect(newYork.startOfDay(newYork.dayOf(midnight))).toBe(midnight);
  });

  it("finds 08:00 local on the spring-forward day after the gap", () => {
    expect(newYork.wallTime(springDay, 8 * 60)).toBe(Date.parse("2026-03-08T08:00:00-04:00"));
  });

  it("moves a wall time inside the DST gap forward", () => {
    expect(newYork.wallTime(springDay, 2 * 60 + 30)).toBe(Date.parse("2026-03-08T03:30:00-04:00"));
  });

  it("treats minute 1440 as the next midnight", () => {
    expect(newYork.wallTime(springDay, 1440)).toBe(newYork.startOfDay(springDay + 1));
  });
});
