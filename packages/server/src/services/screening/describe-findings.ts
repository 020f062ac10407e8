import type { FindingView } from "@faircollect/contract";
import type { Finding } from "@faircollect/domain/screening/types";

/** A finding as stored and shown: category, rule and span, without the matched words of a personal message. */
export function findingView(f: Finding): FindingView {
  return { category: f.category, severity: f.severity, rule: f.rule, start: f.start, end: f.end };
}

/** One line naming each finding's category and span, for a refusal a supervisor can act on. */
export function describeFindings(findings: readonly Finding[]): string {
  return findings.map((f) => `${f.category} \`${f.match}\` at characters ${f.start}–${f.end}`).join("; ");
}
