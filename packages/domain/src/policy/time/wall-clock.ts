const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

/** Whether a string is a local wall-clock time `HH:mm` (00:00–24:00), the way packs and borrowers state hours. */
export function isWallClock(text: string): boolean {
  return HH_MM.test(text);
}

/** Minutes after local midnight of a validated `HH:mm`. */
export function minuteOfDay(text: string): number {
  return Number(text.slice(0, 2)) * 60 + Number(text.slice(3, 5));
}
