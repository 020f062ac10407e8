/**
 * Canonical JSON: object keys sorted by UTF-16 code unit at every level, no insignificant
 * whitespace, undefined members dropped, so equal values give equal bytes (the leaf hash
 * depends on it). Only plain JSON values: finite numbers, strings, booleans, null, arrays, objects.
 */
export function canonicalJson(value: unknown): string {
  switch (typeof value) {
    case "string":
    case "boolean":
      return JSON.stringify(value);
    case "number":
      if (!Number.isFinite(value)) throw new TypeError("canonical JSON has no NaN or Infinity");
      return JSON.stringify(value);
    case "object":
      if (value === null) return "null";
      if (Array.isArray(value)) return canonicalArray(value);
      if (Object.getPrototypeOf(value) === Object.prototype)
        return canonicalObject(value as Record<string, unknown>);
  }
  throw new TypeError(`canonical JSON cannot encode ${typeof value}`);
}

// Written as loops over one growing string: this runs once per ledger entry on the hot path.
function canonicalArray(items: readonly unknown[]): string {
  let out = "[";
  for (let i = 0; i < items.length; i++) {
    if (i > 0) out += ",";
    out += canonicalJson(items[i]);
  }
  return `${out}]`;
}

function canonicalObject(record: Record<string, unknown>): string {
  const keys = Object.keys(record).sort();
  let out = "{";
  let first = true;
  for (const key of keys) {
    const member = record[key];
    if (member === undefined) continue;
    if (!first) out += ",";
    first = false;
    out += JSON.stringify(key);
    out += ":";
    out += canonicalJson(member);
  }
  return `${out}}`;
}
