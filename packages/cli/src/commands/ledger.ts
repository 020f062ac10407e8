import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { toBase64, toHex } from "@faircollect/domain/ledger/bytes";
import {
  noteSignerFromSeed,
  SIGNATURE_TYPE,
  signerKeyString,
  verifierKeyString,
} from "@faircollect/domain/ledger/note-keys";
import { verifyReceipt } from "@faircollect/domain/ledger/receipt";
import { verifyLog } from "@faircollect/domain/ledger/verify-log";
import { loadConfig } from "@faircollect/server/config";
import { exportSource } from "@faircollect/server/ledger/export-source";
import { nodeSha256 } from "@faircollect/server/ledger/node-sha256";
import { openLedger } from "@faircollect/server/ledger/open-ledger";
import { openStore } from "@faircollect/server/store/connect";
import { migrateToLatest } from "@faircollect/server/store/migrate";
import { Command } from "commander";
import { readExport, writeExport } from "../ledger/export-format.js";
import { readVerifierKey } from "../ledger/read-key.js";
import { witnessOnce } from "../ledger/witness.js";

type KeyOption = { key: string };

/** `faircollect ledger`: check the verifiable ledger offline, with nothing but an export and a public key. */
export function ledgerCommand(): Command {
  const ledger = new Command("ledger").description("verify the ledger offline: exports, receipts, keys");
  ledger
    .command("verify")
    .description("re-hash every entry of an export, recompute the root and check every signed checkpoint")
    .argument("<dir>", "export directory (c2sp.org/tlog-tiles layout)")
    .requiredOption("--key <vkey>", "the log's verifier key, or a file holding it")
    .option("--trusted <file>", "a checkpoint you kept earlier; the log must still contain it")
    .action((dir: string, options: KeyOption & { trusted?: string }) => {
      const logKey = readVerifierKey(options.key);
      const contents = readExport(dir);
      const result = verifyLog({
        entries: contents.entries,
        checkpoints: contents.checkpoints,
        logKey,
        claimedLeafHash: contents.claimedLeafHash,
        sha256: nodeSha256,
        ...(options.trusted ? { trusted: readFileSync(options.trusted, "utf8") } : {}),
      });
      for (const problem of contents.problems) console.error(`warning: ${problem}`);
      if (result.ok) {
        console.log(`ok: tree size ${result.treeSize}, ${result.checkpoints} checkpoints verified`);
        console.log(`root ${toHex(result.root)} (${toBase64(result.root)})`);
        return;
      }
      console.error(`ledger verify failed: ${result.problem}`);
      if (result.firstBadIndex !== undefined) console.error(`first bad index: ${result.firstBadIndex}`);
      else if (result.badRange)
        console.error(`first bad index between ${result.badRange[0]} and ${result.badRange[1] - 1}`);
      process.exitCode = 1;
    });
  ledger
    .command("verify-receipt")
    .description("check a borrower's receipt: the entry, its inclusion proof and the signed checkpoint")
    .argument("<file>", "receipt JSON")
    .requiredOption("--key <vkey>", "the log's verifier key, or a file holding it")
    .action((file: string, options: KeyOption) => {
      let receipt: unknown;
      try {
        receipt = JSON.parse(readFileSync(file, "utf8"));
      } catch {
        throw new Error(`\`${file}\` is not JSON`);
      }
      const report = verifyReceipt(receipt, readVerifierKey(options.key), nodeSha256);
      if (report.ok) {
        console.log(`ok: entry ${report.index} is in the log of size ${report.treeSize}`);
        if (report.entry) console.log(JSON.stringify(report.entry, null, 2));
        return;
      }
      for (const problem of report.problems) console.error(`receipt does not verify: ${problem}`);
      process.exitCode = 1;
    });
  ledger
    .command("keygen")
    .description("create a note signing key (a log key, or with --witness a cosigning key)")
    .argument("<name>", "key name, e.g. example.com/faircollect")
    .option("--witness", "a witness cosignature key (c2sp.org/tlog-cosignature, type 0x04)")
    .action((name: string, options: { witness?: boolean }) => {
      const type = options.witness ? SIGNATURE_TYPE.cosignatureV1 : SIGNATURE_TYPE.ed25519;
      const signer = noteSignerFromSeed(name, randomBytes(32), type);
      console.log(signerKeyString(signer));
      console.log(verifierKeyString(signer));
    });
  ledger
    .command("export")
    .description("sequence and checkpoint the server's ledger, then write it as a tlog-tiles export")
    .requiredOption("--out <dir>", "export directory (must be empty or absent)")
    .action(async (options: { out: string }) => {
      const config = loadConfig();
      const store = openStore(config.databaseUrl);
      try {
        await migrateToLatest(store.db);
        const { sequencer, verifierKey } = await openLedger(store, config, () => new Date());
        await sequencer.run({ checkpoint: true });
        const source = await exportSource(store.db);
        const summary = await writeExport(options.out, source.entries, source.checkpoints);
        console.log(
          `exported ${summary.treeSize} entries and ${source.checkpoints.length} checkpoints to ${options.out}`,
        );
        console.log(`root ${toHex(summary.root)}`);
        console.log(`verify with: faircollect ledger verify ${options.out} --key ${verifierKey}`);
      } finally {
        await store.close();
      }
    });
  ledger
    .command("witness")
    .description("check the log's latest checkpoint extends the one trusted before, cosign it and submit")
    .requiredOption("--url <url>", "the FairCollect server, e.g. https://collect.example.com")
    .requiredOption("--key <vkey>", "the log's verifier key, or a file holding it")
    .requiredOption("--state <dir>", "the witness's state: its key and the last checkpoint it trusted")
    .option("--witness-key <file>", "the witness's signer key (created in the state directory when absent)")
    .option("--token <token>", "API token of an auditor user")
    .option("--name <name>", "name of a witness key created now", "faircollect.witness")
    .action(
      async (
        options: KeyOption & {
          url: string;
          state: string;
          witnessKey?: string;
          token?: string;
          name: string;
        },
      ) => {
        const report = await witnessOnce({
          url: options.url,
          logKey: readVerifierKey(options.key),
          stateDir: options.state,
          witnessKeyFile: options.witnessKey,
          token: options.token,
          name: options.name,
          now: Math.floor(Date.now() / 1000),
        });
        const since =
          report.previous === undefined
            ? "first checkpoint trusted"
            : `consistent with size ${report.previous}`;
        console.log(`cosigned the checkpoint at size ${report.size} (${since})`);
        console.log(`witness key ${report.witnessKey}`);
      },
    );
  return ledger;
}
