import { Command } from "commander";
import { type DecideOptions, type DecideResult, decideFile, withScenarioInput } from "./decide.js";

/** `faircollect explain`: the same decisions as `decide`, as a table a compliance officer can read. */
export function explainCommand(): Command {
  return withScenarioInput(new Command("explain"))
    .description("explain contact decisions against a policy pack as a readable table")
    .action((file: string, options: DecideOptions) => {
      const results = decideFile(file, options);
      console.log(results.map(renderResult).join("\n\n"));
      if (results.some((result) => "error" in result)) process.exitCode = 1;
    });
}

function renderResult(result: DecideResult): string {
  if ("error" in result) return `#${result.line}  ERROR  ${result.error}`;
  const { decision } = result;
  const head = [
    `#${result.line}  ${decision.decision.toUpperCase()}`,
    `next allowed: ${decision.nextAllowedAt ?? (decision.decision === "defer" ? "after an event" : "-")}`,
    `pack: ${decision.pack.id} ${decision.pack.version}`,
  ].join("  |  ");
  const reasons = decision.reasons.map((r) => [r.kind, r.rule, r.citation, r.message.en]);
  const lines = [head];
  if (reasons.length > 0) lines.push(table([["kind", "rule", "citation", "reason"], ...reasons]));
  for (const obligation of decision.obligations)
    lines.push(`  must: ${obligation.id}: ${obligation.message.en}`);
  return lines.join("\n");
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows
    .map((row) => `  ${row.map((cell, column) => cell.padEnd(widths[column]!)).join("  ")}`.trimEnd())
    .join("\n");
}
