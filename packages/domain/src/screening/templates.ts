import type { CompiledLexicon } from "./compile-lexicon.js";
import { type ScreenOptions, screenMessage, verdictOf } from "./screen-message.js";
import type { Finding, ScreenRefused, Verdict } from "./types.js";

const SLOT = /\{\{\s*([A-Za-z_][A-Za-z0-9_.]*)\s*\}\}/g;

/** A template screened at approval: its fixed text's verdict and the slots each use must fill. */
export interface TemplateApproval {
  ok: true;
  verdict: Verdict;
  findings: Finding[];
  slots: string[];
}

/** A filled template: the text to send and the verdict on the values put into it. */
export interface FilledTemplate {
  ok: true;
  text: string;
  verdict: Verdict;
  findings: Finding[];
}

/** A use of a template that leaves a slot without a value. */
export interface MissingSlot {
  ok: false;
  code: "MISSING_SLOT";
  message: string;
  slot: string;
}

/** The distinct slot names of a template, in order of first use. */
export function templateSlots(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(SLOT), (m) => m[1]!))];
}

/**
 * Screens a template's fixed text once, when a supervisor approves it; slots are blanked to
 * spaces of the same length so findings point into the template as written.
 */
export function approveTemplate(
  template: string,
  lexicon: CompiledLexicon,
  options: ScreenOptions = {},
): TemplateApproval | ScreenRefused {
  const blanked = template.replace(SLOT, (slot) => " ".repeat(slot.length));
  const screened = screenMessage(blanked, lexicon, options);
  if (!screened.ok) return screened;
  const findings = screened.findings.map((f) => ({ ...f, match: template.slice(f.start, f.end) }));
  return { ok: true, verdict: screened.verdict, findings, slots: templateSlots(template) };
}

/**
 * Fills an approved template, screening only the values (the fixed text passed at approval);
 * finding offsets point into the filled text.
 */
export function fillTemplate(
  template: string,
  values: Readonly<Record<string, string>>,
  lexicon: CompiledLexicon,
  options: ScreenOptions = {},
): FilledTemplate | MissingSlot | ScreenRefused {
  for (const slot of templateSlots(template)) {
    if (values[slot] === undefined) {
      return { ok: false, code: "MISSING_SLOT", message: `no value for slot \`${slot}\``, slot };
    }
  }
  let text = "";
  let last = 0;
  const findings: Finding[] = [];
  for (const match of template.matchAll(SLOT)) {
    text += template.slice(last, match.index);
    const value = values[match[1]!]!;
    const screened = screenMessage(value, lexicon, options);
    if (!screened.ok) return screened;
    const offset = text.length;
    for (const f of screened.findings) findings.push({ ...f, start: f.start + offset, end: f.end + offset });
    text += value;
    last = match.index + match[0].length;
  }
  text += template.slice(last);
  return { ok: true, text, verdict: verdictOf(findings), findings };
}
