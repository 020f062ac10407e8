/** A phone number as a collector may see it: `138****5678`; enough to recognise, not to dial. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/^\+(86|1)/, "");
  if (digits.length < 7) return "*".repeat(digits.length);
  return `${digits.slice(0, 3)}${"*".repeat(digits.length - 7)}****${digits.slice(-4)}`.replace(
    /\*{5,}/,
    "****",
  );
}

/** A name reduced to what a collector needs to greet someone: the family name only. */
export function maskName(name: string): string {
  const trimmed = name.trim();
  if (/^[\u3400-\u9fff]/.test(trimmed)) return `${[...trimmed][0]}**`;
  const parts = trimmed.split(/\s+/);
  return `${parts[0]?.[0] ?? ""}. ${parts.length > 1 ? parts[parts.length - 1] : "***"}`;
}

/** An email keeps its first letter and domain so it can be told apart, nothing more. */
export function maskEmail(email: string): string {
  const [local = "", domain = ""] = email.split("@");
  return `${local.slice(0, 1)}***@${domain}`;
}

/** National ids keep the last four characters only. */
export function maskNationalId(id: string): string {
  return `${"*".repeat(Math.max(0, id.length - 4))}${id.slice(-4)}`;
}

/** Addresses are shown only as their first segment (city or region), never the street. */
export function maskAddress(address: string): string {
  const first = address.split(/[,，]/)[0] ?? "";
  return `${first.slice(0, 6)}***`;
}
