import { randomBytes } from "node:crypto";
import { fromBase64 } from "@faircollect/domain/ledger/bytes";
import { openCheckpoint } from "@faircollect/domain/ledger/checkpoint";
import { verifyConsistency } from "@faircollect/domain/ledger/consistency-proof";
import { cosignNote, verifyCosignature } from "@faircollect/domain/ledger/cosignature";
import { leafHash } from "@faircollect/domain/ledger/hash";
import { verifyInclusion } from "@faircollect/domain/ledger/inclusion-proof";
import {
  noteSignerFromSeed,
  parseVerifierKey,
  SIGNATURE_TYPE,
  verifierKeyString,
} from "@faircollect/domain/ledger/note-keys";
import { verifyReceipt } from "@faircollect/domain/ledger/receipt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../src/test-support/test-app.js";
import { buildDemoApp, loginAs } from "./demo-app.js";

const bytes = (b64: string) => fromBase64(b64)!;
const utf8 = (text: string) => new TextEncoder().encode(text);

describe("ledger API", () => {
  let t: TestApp;
  let auditor: string;
  let borrower: string;
  let supervisor: string;
  const get = (url: string, cookie: string) => t.app.inject({ url, headers: { cookie } });
  const logKey = () => {
    const parsed = parseVerifierKey(t.ledger.verifierKey);
    if (!parsed.ok) throw new Error(parsed.problem);
    return parsed.key;
  };
  const checkpoint = async () => {
    const res = await get("/v1/ledger/checkpoint", auditor);
    expect(res.statusCode).toBe(200);
    return res.json() as { size: number; root: string; note: string; cosignatures: { name: string }[] };
  };

  beforeAll(async () => {
    t = await buildDemoApp();
    auditor = await loginAs(t.app, "auditor");
    borrower = await loginAs(t.app, "borrower");
    supervisor = await loginAs(t.app, "supervisor");
  });
  afterAll(async () => t?.drop());

  it("answers 404 for the checkpoint before the log was ever sequenced", async () => {
    const res = await get("/v1/ledger/checkpoint", auditor);
    expect(res.statusCode).toBe(404);
  });

  it("serves a checkpoint over every appended entry, signed by the log key the server prints", async () => {
    const appended = await t.deps.store.db.selectFrom("ledger_entries").select("idx").execute();
    const run = await t.ledger.sequencer.run({ checkpoint: true });
    expect(run.treeSize).toBe(appended.length);
    const latest = await checkpoint();
    expect(latest.size).toBe(appended.length);
    const opened = openCheckpoint(latest.note, logKey());
    expect(opened.ok && opened.checkpoint.size).toBe(appended.length);
  });

  it("serves entries whose bytes prove into the checkpoint with the inclusion proof endpoint", async () => {
    const latest = await checkpoint();
    const page = (await get(`/v1/ledger/entries?from=3&to=13`, supervisor)).json();
    expect(page.entries.map((e: { index: number }) => e.index)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    for (const entry of page.entries as { index: number; body: string }[]) {
      const res = await get(
        `/v1/ledger/proofs/inclusion?index=${entry.index}&treeSize=${latest.size}`,
        auditor,
      );
      const proof = res.json();
      expect(proof.leafHash).toBe(Buffer.from(leafHash(utf8(entry.body))).toString("base64"));
      const ok = verifyInclusion(
        leafHash(utf8(entry.body)),
        entry.index,
        latest.size,
        proof.proof.map(bytes),
        bytes(latest.root),
      );
      expect(ok).toBe(true);
    }
  });

  it("proves a later checkpoint consistent with an earlier one", async () => {
    const before = await checkpoint();
    const { id } = (await get("/v1/borrowers?limit=1", supervisor)).json()[0];
    const hold = await t.app.inject({
      method: "POST",
      url: `/v1/borrowers/${id}/holds`,
      headers: { cookie: supervisor },
      payload: { kind: "dispute", effectiveFrom: new Date().toISOString() },
    });
    expect(hold.statusCode).toBe(201);
    await t.ledger.sequencer.run({ checkpoint: true });
    const after = await checkpoint();
    // The supervisor's read of the borrower is itself an entry (pii.read), then the hold.
    expect(after.size).toBe(before.size + 2);
    const res = await get(`/v1/ledger/proofs/consistency?from=${before.size}&to=${after.size}`, auditor);
    const proof = res.json().proof.map(bytes);
    expect(verifyConsistency(before.size, after.size, proof, bytes(before.root), bytes(after.root))).toBe(
      true,
    );
  });

  it("refuses proofs outside the tree, reversed ranges and sizes over the checkpoint, naming the field", async () => {
    const { size } = await checkpoint();
    const cases: [string, string][] = [
      [`/v1/ledger/proofs/inclusion?index=0&treeSize=${size + 1}`, "treeSize"],
      [`/v1/ledger/proofs/inclusion?index=${size}&treeSize=${size}`, "index"],
      [`/v1/ledger/proofs/inclusion?index=-1&treeSize=${size}`, "querystring.index"],
      [`/v1/ledger/proofs/consistency?from=5&to=${size + 1}`, "to"],
      [`/v1/ledger/proofs/consistency?from=6&to=5`, "from"],
      [`/v1/ledger/entries?from=${size + 1}`, "from"],
      [`/v1/ledger/entries?from=9&to=3`, "to"],
      [`/v1/ledger/entries?from=0&to=1001`, "to"],
    ];
    for (const [url, field] of cases) {
      const res = await get(url, auditor);
      expect({ url, status: res.statusCode }).toEqual({ url, status: 400 });
      expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(field);
    }
  });

  it("gives a borrower a receipt for an entry about them that verifies with only the public key", async () => {
    const mine = (await get("/v1/me/receipts", borrower)).json();
    expect(mine.entries.length).toBeGreaterThan(0);
    const index = mine.entries.find((e: { index: number }) => e.index < mine.treeSize).index;
    const res = await get(`/v1/ledger/receipts/${index}`, borrower);
    expect(res.statusCode).toBe(200);
    const report = verifyReceipt(res.json(), logKey());
    expect(report).toMatchObject({ ok: true, index });
    const me = (await get("/v1/me", borrower)).json();
    expect(report.entry).toMatchObject({ borrowerId: me.borrowerId });
  });

  it("hides entries about other borrowers from a borrower and answers 409 for an entry not yet checkpointed", async () => {
    const me = (await get("/v1/me", borrower)).json();
    const other = await t.deps.store.db
      .selectFrom("ledger_entries")
      .select("idx")
      .where("borrower_id", "is not", null)
      .where("borrower_id", "!=", me.borrowerId)
      .executeTakeFirstOrThrow();
    expect((await get(`/v1/ledger/receipts/${other.idx}`, borrower)).statusCode).toBe(404);
    expect((await get(`/v1/ledger/receipts/${other.idx}`, auditor)).statusCode).toBe(200);
    const hold = await t.app.inject({
      method: "POST",
      url: `/v1/borrowers/${me.borrowerId}/holds`,
      headers: { cookie: borrower },
      payload: { kind: "cease", effectiveFrom: new Date().toISOString(), inWriting: true },
    });
    expect(hold.statusCode).toBe(201);
    const newest = (await get("/v1/me/receipts", borrower)).json().entries[0];
    expect((await get(`/v1/ledger/receipts/${newest.index}`, borrower)).statusCode).toBe(409);
  });

  it("stores a witness cosignature and shows it with the checkpoint", async () => {
    await t.ledger.sequencer.run({ checkpoint: true });
    const latest = await checkpoint();
    const witness = noteSignerFromSeed("witness.test/w1", randomBytes(32), SIGNATURE_TYPE.cosignatureV1);
    const cosigned = cosignNote(latest.note, witness, 1_770_000_000);
    if (!cosigned.ok) throw new Error(cosigned.problem);
    const post = (payload: object) =>
      t.app.inject({ method: "POST", url: "/v1/ledger/cosignatures", headers: { cookie: auditor }, payload });
    const res = await post({ note: cosigned.note, witnessKey: verifierKeyString(witness) });
    expect(res.statusCode).toBe(201);
    const shown = await checkpoint();
    expect(shown.cosignatures).toMatchObject([{ name: "witness.test/w1", timestamp: 1_770_000_000 }]);
    expect(verifyCosignature(shown.note, witness)).toEqual({ ok: true, timestamp: 1_770_000_000 });
    expect(openCheckpoint(shown.note, logKey()).ok).toBe(true);

    const other = noteSignerFromSeed("witness.test/w2", randomBytes(32), SIGNATURE_TYPE.cosignatureV1);
    const wrongKey = await post({ note: cosigned.note, witnessKey: verifierKeyString(other) });
    expect(wrongKey.statusCode).toBe(400);
    expect(wrongKey.json().errors[0].path).toBe("note");
    const forged = latest.note.replace(/\n\d+\n/, "\n1\n");
    const forgedCosigned = cosignNote(forged, other, 1_770_000_000);
    const notOurs = await post({
      note: forgedCosigned.ok ? forgedCosigned.note : "",
      witnessKey: verifierKeyString(other),
    });
    expect(notOurs.statusCode).toBe(400);
    expect(notOurs.json().detail).toContain("not a checkpoint this log signed");
  });
});
