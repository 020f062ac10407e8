import { readFile } from "node:fs/promises";
import {
  compileLexicon,
  DEFAULT_MAX_LENGTH,
  defaultLexicon,
  type ScreenResult,
  screenMessage,
} from "@faircollect/domain/screening/index";
import { Command, InvalidArgumentError } from "commander";

interface ScreenInput {
  id?: string;
  text: string;
}

/** `faircollect screen`: one JSON verdict per input line, so a compliance team can screen templates or exports in bulk. */
export function screenCommand(): Command {
  return new Command("screen")
    .description(
      "screen messages for threats, insults, false legal claims and disclosure; one JSON verdict a line",
    )
    .argument(
      "[file]",
      'plain text (one message a line) or JSON Lines {"id","text"}; "-" or none reads stdin',
      "-",
    )
    .option("--max-length <chars>", "refuse messages longer than this", parseLimit, DEFAULT_MAX_LENGTH)
    .action(async (file: string, options: { maxLength: number }) => {
      const input = file === "-" ? await readStdin() : await readFile(file, "utf8");
      const lexicon = compileLexicon(defaultLexicon);
      const out: string[] = [];
      for (const line of input.split(/\r?\n/)) {
        if (line.trim() === "") continue;
        const message = parseLine(line);
        out.push(JSON.stringify(render(message, screenMessage(message.text, lexicon, options))));
      }
      if (out.length > 0) process.stdout.write(`${out.join("\n")}\n`);
    });
}

// A line is JSON only when it parses to an object with a string `text`; anything else is a message.
function parseLine(line: string): ScreenInput {
  if (!line.trimStart().startsWith("{")) return { text: line };
  try {
    const value: unknown = JSON.parse(line);
    if (
      typeof value === "object" &&
      value !== null &&
      typeof (value as { text?: unknown }).text === "string"
    ) {
      const { id, text } = value as { id?: unknown; text: string };
      return id === undefined ? { text } : { id: String(id), text };
    }
  } catch {
    // Not JSON after all: screen the line as written.
  }
  return { text: line };
}

function render(message: ScreenInput, result: ScreenResult): object {
  const id = message.id === undefined ? {} : { id: message.id };
  if (!result.ok) return { ...id, error: result.code, message: result.message };
  return { ...id, verdict: result.verdict, findings: result.findings };
}

function parseLimit(value: string): number {
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit <= 0)
    throw new InvalidArgumentError("expected a positive whole number");
  return limit;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
