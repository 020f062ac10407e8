// Ledger append benchmark: `npx tsx bench/ledger/append.bench.ts [--quick]`.
// Entries per second through appendEntries (gapless counter + canonical, validated encoding)
// plus the sequencer integrating them into the Merkle tree and signing checkpoints, against
// plain inserts of the same rows into a table of the same shape, in the same run, on SQLite
// files opened the way the server opens them (openStore: WAL, each writing transaction returns
// once its WAL is flushed), batched N per commit.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { CompiledQuery } from "kysely";
import type { LedgerEntry } from "../../packages/domain/src/ledger/entries.js";
import { encodeEntryText } from "../../packages/domain/src/ledger/entry-codec.js";
import { testLogSigner } from "../../packages/domain/src/ledger/test-log.js";
import { appendEntries } from "../../packages/server/src/ledger/append-entries.js";
import { createSequencer, SEQUENCE_BATCH } from "../../packages/server/src/ledger/sequencer.js";
import { sqlOnce } from "../../packages/server/src/ledger/sql-once.js";
import { openStore, type Store } from "../../packages/server/src/store/connect.js";
import type { Db } from "../../packages/server/src/store/database.js";
import { migrateToLatest } from "../../packages/server/src/store/migrate.js";

const quick = process.argv.includes("--quick");
const TOTAL = quick ? 10_000 : 50_000;
const BATCHES = [100, 1000];
const ROUNDS = quick ? 1 : 5;
/** Entries between sequencer runs: what a 1 s timer tick sees at about this append rate. */
const SEQUENCE_EVERY = 5_000;
const lines: string[] = [];
const say = (line = "") => {
  console.log(line);
  lines.push(line);
};

function entry(i: number): LedgerEntry {
  return {
    type: "contact.decided",
    v: 1,
    at: new Date(Date.UTC(2026, 2, 1) + i * 1000).toISOString(),
    actor: "0b6f2d1e-4c1a-4f3e-9a57-3c2e1d0f9a8b",
    decisionId: `7d1e${String(i).padStart(8, "0")}-1c2d-4e5f-8a9b-0c1d2e3f4a5b`,
    accountId: "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d",
    borrowerId: "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
    channel: "call",
    recipient: "borrower",
    decision: i % 3 === 0 ? "defer" : "allow",
    reasons: i % 3 === 0 ? [{ kind: "frequency", rule: "seven-in-seven" }] : [],
    pack: { id: "us-reg-f", version: "2026.1" },
  };
}

async function fresh(): Promise<{ store: Store; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), "ledger-append-"));
  const store = openStore(`file:${join(dir, "bench.db")}`);
  await migrateToLatest(store.db);
  // The baseline table: the same columns and key as ledger_entries, and nothing else.
  await store.db.schema
    .createTable("plain_entries")
    .addColumn("idx", "bigint", (c) => c.primaryKey())
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("borrower_id", "text")
    .execute();
  await store.db.schema
    .createIndex("plain_entries_by_borrower")
    .on("plain_entries")
    .columns(["borrower_id", "idx"])
    .execute();
  return { store, dir };
}

const entries = Array.from({ length: TOTAL }, (_, i) => entry(i));
const rows = entries.map((e, i) => ({
  idx: i,
  type: e.type,
  body: encodeEntryText(e),
  created_at: e.at,
  borrower_id: "borrowerId" in e ? e.borrowerId : null,
}));

/** The plain insert's SQL for n rows, built once per size like appendEntries' own. */
function plainInsertSql(trx: Db, n: number): string {
  const placeholder = { idx: 0, type: "", body: "", created_at: "", borrower_id: null };
  return sqlOnce(trx, `plain_entries:${n}`, () =>
    trx
      .insertInto("plain_entries" as "ledger_entries")
      .values(Array.from({ length: n }, () => placeholder))
      .compile(),
  );
}

/** Plain inserts; with `encode`, each row's body is validated and canonically encoded in the timed span. */
async function plain(batch: number, encode = false): Promise<number> {
  const { store, dir } = await fresh();
  try {
    const start = performance.now();
    for (let at = 0; at < TOTAL; at += batch) {
      const chunk = encode
        ? rows.slice(at, at + batch).map((row, i) => ({ ...row, body: encodeEntryText(entries[at + i]!) }))
        : rows.slice(at, at + batch);
      await store.db.transaction().execute(async (trx) => {
        // The same 500-row statements as appendEntries, their SQL built once as it does.
        for (let i = 0; i < chunk.length; i += 500) {
          const part = chunk.slice(i, i + 500);
          const parameters = part.flatMap((r) => [r.idx, r.type, r.body, r.created_at, r.borrower_id]);
          await trx.executeQuery(CompiledQuery.raw(plainInsertSql(trx, part.length), parameters));
        }
      });
    }
    return performance.now() - start;
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function ledger(batch: number): Promise<{ ms: number; sequencing: number; checkpoints: number }> {
  const { store, dir } = await fresh();
  const sequencer = createSequencer(store, testLogSigner(), { every: 1000, seconds: 10 }, () => new Date());
  try {
    let sequencing = 0;
    const sequence = async (force: boolean) => {
      const t0 = performance.now();
      await sequencer.run({ checkpoint: force });
      sequencing += performance.now() - t0;
    };
    const start = performance.now();
    for (let at = 0; at < TOTAL; at += batch) {
      await store.db.transaction().execute((trx) => appendEntries(trx, entries.slice(at, at + batch)));
      if ((at + batch) % SEQUENCE_EVERY === 0) await sequence(false);
    }
    await sequence(true);
    const ms = performance.now() - start;
    const size = await store.db.selectFrom("ledger_tree").select("size").executeTakeFirstOrThrow();
    if (Number(size.size) !== TOTAL) throw new Error(`tree has ${size.size} of ${TOTAL} entries`);
    const signed = await store.db
      .selectFrom("ledger_checkpoints")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    return { ms, sequencing, checkpoints: Number(signed.n) };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

// Warm the JIT on the encoder and both paths, so neither side pays for compiling the other's code.
for (const e of entries.slice(0, 5_000)) encodeEntryText(e);
await plain(1000);
await ledger(1000);

const perSecond = (ms: number) => Math.round((TOTAL / ms) * 1000).toLocaleString("en");
const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

say("## Ledger: appending entries");
say("");
say(
  `Command: \`npx tsx bench/ledger/append.bench.ts${quick ? " --quick" : ""}\` (Node ${process.version}, ${new Date().toISOString().slice(0, 10)}). ${TOTAL.toLocaleString("en")} \`contact.decided\` entries (~${Math.round(rows.reduce((n, r) => n + r.body.length, 0) / TOTAL)} bytes each) per run, a fresh SQLite file per run opened by the server's \`openStore\` (WAL; a writing transaction returns once its WAL is flushed with fdatasync; checkpoints from the committing connection, as without the server's checkpointer thread); plain and ledger runs alternate, ${ROUNDS} rounds of each; rates are medians, the ratio is the median of each round's ledger rate over the plain rate measured just before it (lowest–highest in brackets), which cancels the drift of a shared machine's load. Ledger = appendEntries in the change's transaction (validation, canonical JSON, gapless counter, borrower column) + the sequencer every ${SEQUENCE_EVERY.toLocaleString("en")} entries (reads the new entries back, leaf and subtree hashes stored in tiles, in transactions of up to ${SEQUENCE_BATCH.toLocaleString("en")} entries, each signing an Ed25519 checkpoint once 1,000 entries are new, the server's default policy; the checkpoints column counts them) + a final forced checkpoint, all inside the timed span. Plain = the same pre-encoded rows inserted into a table of the same shape with the same 500-row statements, their SQL built once as appendEntries does; "plain + canonical encoding" also validates and encodes each entry (domain \`encodeEntryText\`, as appendEntries does: for \`contact.decided\` a direct writer, property-tested to accept and write exactly what the Zod schema path does) inside the timed span, which separates the cost of the encoding from the cost of the counter and the tree. Target: ledger ≥ 50% of plain. Load average at start: ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores.`,
);
say("");
say(
  "| entries per commit | plain inserts/s | ledger entries/s (append + sequence) | ratio | of which sequencing | checkpoints | plain + canonical encoding/s | ledger vs that |",
);
say("|---|---|---|---|---|---|---|---|");
for (const batch of BATCHES) {
  const plains: number[] = [];
  const encodeds: number[] = [];
  const ledgers: { ms: number; sequencing: number; checkpoints: number }[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    plains.push(await plain(batch));
    ledgers.push(await ledger(batch));
    encodeds.push(await plain(batch, true));
  }
  const plainMs = median(plains);
  const encodedMs = median(encodeds);
  const ledgerRun = ledgers.slice().sort((a, b) => a.ms - b.ms)[Math.floor(ledgers.length / 2)]!;
  const ratios = ledgers.map((run, round) => plains[round]! / run.ms);
  const percent = (x: number) => `${(x * 100).toFixed(0)}%`;
  say(
    `| ${batch} | ${perSecond(plainMs)} | ${perSecond(ledgerRun.ms)} | ${percent(median(ratios))} (${percent(Math.min(...ratios))}–${percent(Math.max(...ratios))}) | ${percent(ledgerRun.sequencing / ledgerRun.ms)} of the time | ${ledgerRun.checkpoints} | ${perSecond(encodedMs)} | ${percent(encodedMs / ledgerRun.ms)} |`,
  );
}
say("");
mkdirSync("bench/out", { recursive: true });
writeFileSync("bench/out/ledger-append.md", `${lines.join("\n")}\n`);
