import { readFileSync } from "node:fs";
import type { ContactDecision } from "@faircollect/domain/policy/decision";
import type { PolicyPack } from "@faircollect/domain/policy/pack-schema";
import { parseScenario, type ScenarioIssue } from "@faircollect/domain/policy/scenario-schema";
import type { CompiledLexicon } from "@faircollect/domain/screening/index";
import { decideScreened, defaultLexiconOnce } from "@faircollect/domain/screening/screened-decision";
import { isPackId, loadPack, PACK_IDS } from "@faircollect/server/policy/load-pack";
import { Command, Option } from "commander";

/** One input scenario's answer: a decision, or the problems that stopped it, with its line (or item) number. */
export type DecideResult =
  | { line: number; decision: ContactDecision }
  | { line: number; error: string; issues: ScenarioIssue[] };

/** Options shared by `decide` and `explain`. */
export interface DecideOptions {
  pack: string;
  overlay?: string;
}

/** Adds the pack, overlay and input arguments that `decide` and `explain` share. */
export function withScenarioInput(command: Command): Command {
  return command
    .addOption(new Option("--pack <id>", "policy pack").choices(PACK_IDS).makeOptionMandatory())
    .option("--overlay <file>", "lender overlay (YAML) that tightens the pack")
    .argument("[file]", "scenario JSON object, JSON array or JSON Lines; `-` or nothing reads stdin", "-");
}

/** Reads the scenarios of a file (or stdin) and decides each against the chosen pack. */
export function decideFile(file: string, options: DecideOptions): DecideResult[] {
  if (!isPackId(options.pack)) throw new Error(`unknown pack \`${options.pack}\``);
  const pack = loadPack(options.pack, options.overlay === undefined ? {} : { overlayPath: options.overlay });
  const text = readFileSync(file === "-" ? 0 : file, "utf8");
  const lexiconOnce = defaultLexiconOnce();
  return splitScenarios(text).map(({ line, json, error }) =>
    error === undefined ? decideOne(line, json, pack, lexiconOnce) : { line, error, issues: [] },
  );
}

function decideOne(
  line: number,
  json: unknown,
  pack: PolicyPack,
  lexicon: () => CompiledLexicon,
): DecideResult {
  const parsed = parseScenario(json);
  if (!parsed.ok) {
    const error = parsed.issues.map((issue) => `${issue.path}: ${issue.message}`).join("; ");
    return { line, error, issues: parsed.issues };
  }
  const result = decideScreened(parsed.value, pack, lexicon);
  if (result.ok) return { line, decision: result.decision };
  return {
    line,
    error: `message.text: ${result.message}`,
    issues: [{ path: "message.text", message: result.message }],
  };
}

type InputItem = { line: number; json?: unknown; error?: string };

// One JSON value (object or array of objects), or JSON Lines when the whole text is not one value.
function splitScenarios(text: string): InputItem[] {
  try {
    const whole: unknown = JSON.parse(text);
    return Array.isArray(whole)
      ? whole.map((json, index) => ({ line: index + 1, json }))
      : [{ line: 1, json: whole }];
  } catch {
    return text.split(/\r?\n/).flatMap((raw, index): InputItem[] => {
      if (raw.trim() === "") return [];
      try {
        return [{ line: index + 1, json: JSON.parse(raw) as unknown }];
      } catch (error) {
        return [{ line: index + 1, error: `invalid JSON: ${(error as Error).message}` }];
      }
    });
  }
}

/** `faircollect decide`: one decision object per scenario, one per line, for dialers and independent checks. */
export function decideCommand(): Command {
  return withScenarioInput(new Command("decide"))
    .description("decide contact scenarios against a policy pack; prints one decision (JSON) per line")
    .action((file: string, options: DecideOptions) => {
      for (const result of decideFile(file, options)) {
        if ("decision" in result) {
          console.log(JSON.stringify(result.decision));
        } else {
          console.error(`faircollect decide: line ${result.line}: ${result.error}`);
          console.log(JSON.stringify({ error: result.error, line: result.line, issues: result.issues }));
          process.exitCode = 1;
        }
      }
    });
}
