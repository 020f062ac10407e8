import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { applyOverlay } from "@faircollect/domain/policy/overlay";
import {
  compilePack,
  type PackError,
  type PolicyPack,
  validatePackDocument,
} from "@faircollect/domain/policy/pack-schema";
import { parse } from "yaml";

/** The packs shipped in `policies/`, one file per jurisdiction. */
export const PACK_IDS = ["cn", "us-reg-f"] as const;

/** A shipped pack's id. */
export type PackId = (typeof PACK_IDS)[number];

/** The repository's `policies/` folder, found from this module's own location so any working directory works. */
export const POLICIES_DIR = fileURLToPath(new URL("../../../../policies/", import.meta.url));

/** A pack or overlay that failed to load; `errors` name the file, path and problem of each fault. */
export class PackLoadError extends Error {
  constructor(readonly errors: PackError[]) {
    super(
      `policy pack did not load:\n${errors.map((e) => `  ${e.file}: ${e.path}: ${e.problem}`).join("\n")}`,
    );
    this.name = "PackLoadError";
  }
}

/** Loads a shipped pack, optionally tightened by a lender overlay; any error in either file stops the load. */
export function loadPack(id: PackId, options: { overlayPath?: string; dir?: string } = {}): PolicyPack {
  const file = join(options.dir ?? POLICIES_DIR, `${id}.yaml`);
  const document = validatePackDocument(readYaml(file), file);
  if (!document.ok) throw new PackLoadError(document.errors);
  if (options.overlayPath === undefined) return compilePack(document.value);
  const tightened = applyOverlay(document.value, readYaml(options.overlayPath), options.overlayPath);
  if (!tightened.ok) throw new PackLoadError(tightened.errors);
  return compilePack(tightened.value);
}

/** Whether a string names a shipped pack. */
export function isPackId(id: string): id is PackId {
  return (PACK_IDS as readonly string[]).includes(id);
}

function readYaml(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new PackLoadError([{ file, path: "(file)", problem: (error as Error).message }]);
  }
  try {
    return parse(text);
  } catch (error) {
    throw new PackLoadError([{ file, path: "(yaml)", problem: (error as Error).message }]);
  }
}
