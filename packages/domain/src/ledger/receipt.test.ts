import { describe, expect, it } from "vitest";
import { signCheckpoint } from "./checkpoint.js";
import { inclusionProof } from "./inclusion-proof.js";
import { buildReceipt, verifyReceipt } from "./receipt.js";
import { buildTestLog, testLogSigner } from "./test-log.js";

const signer = testLogSigner();
const log = buildTestLog(50, 50, signer);
const checkpoint = log.checkpoints.at(-1)!;
const receipt = buildReceipt({
  entry: log.entries[17]!,
  index: 17,
  proof: inclusionProof(17, 50, log.tree.read),
  checkpoint,
});

describe("receipts", () => {
  it("verifies offline with only the log's public key and shows the entry", () => {
    const report = verifyReceipt(JSON.parse(JSON.stringify(receipt)), { ...signer });
    expect(report).toMatchObject({ ok: true, problems: [], index: 17, treeSize: 50 });
    expect(report.entry).toMatchObject({ type: "agency.created", agencyId: "agency-17" });
  });

  it("fails for another entry, another index, a forged checkpoint or another key", () => {
    expect(
      verifyReceipt(
        { ...receipt, entry: buildReceipt({ ...receipt, entry: log.entries[18]!, proof: [] }).entry },
        signer,
      ).ok,
    ).toBe(false);
    expect(verifyReceipt({ ...receipt, index: 16 }, signer).ok).toBe(false);
    const other = testLogSigner(signer.name, 9);
    const forged = signCheckpoint({ origin: signer.name, size: 50, root: log.tree.root() }, other);
    expect(verifyReceipt({ ...receipt, checkpoint: forged }, signer).problems[0]).toMatch(/^checkpoint: /);
    expect(verifyReceipt(receipt, other).ok).toBe(false);
    expect(verifyReceipt({ ...receipt, proof: receipt.proof.slice(1) }, signer).ok).toBe(false);
    expect(verifyReceipt({ nonsense: true }, signer)).toEqual({ ok: false, problems: ["not a receipt"] });
  });
});
