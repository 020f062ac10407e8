import {
  consistencyProofQuery,
  consistencyProofView,
  cosignatureBody,
  inclusionProofQuery,
  inclusionProofView,
  ledgerCheckpoint,
  ledgerCosignature,
  ledgerEntriesPage,
  ledgerEntriesQuery,
  ledgerIndexParams,
  ledgerReceipt,
  myReceipts,
  pageQuery,
  problem,
} from "@faircollect/contract";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { submitCosignature } from "../../ledger/cosignatures.js";
import { getConsistencyProof, getInclusionProof } from "../../ledger/proofs.js";
import { getCheckpoint } from "../../ledger/read-checkpoint.js";
import { listEntries } from "../../ledger/read-entries.js";
import { getReceipt, listMyReceipts } from "../../ledger/receipts.js";
import type { ServiceDeps } from "../../services/deps.js";
import { actorOf } from "../auth-hook.js";

const tags = ["ledger"];
const readers = ["auditor", "supervisor"] as const;

/** The verifiable ledger: signed checkpoints, entries, proofs, receipts and witness cosignatures. */
export function ledgerRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/v1/ledger/checkpoint",
    {
      config: { roles: readers },
      schema: {
        tags,
        summary: "The latest signed checkpoint, with witness cosignatures",
        response: { 200: ledgerCheckpoint, 404: problem },
      },
    },
    () => getCheckpoint(deps),
  );
  r.get(
    "/v1/ledger/entries",
    {
      config: { roles: readers },
      schema: {
        tags,
        summary: "Entries [from, to) of the checkpointed tree, at most 1000 per page",
        querystring: ledgerEntriesQuery,
        response: { 200: ledgerEntriesPage, 400: problem },
      },
    },
    (request) => listEntries(deps, request.query),
  );
  r.get(
    "/v1/ledger/proofs/inclusion",
    {
      config: { roles: readers },
      schema: {
        tags,
        summary: "RFC 9162 inclusion proof of the entry at index in the tree of treeSize",
        querystring: inclusionProofQuery,
        response: { 200: inclusionProofView, 400: problem },
      },
    },
    (request) => getInclusionProof(deps, request.query),
  );
  r.get(
    "/v1/ledger/proofs/consistency",
    {
      config: { roles: readers },
      schema: {
        tags,
        summary: "RFC 9162 consistency proof from tree size `from` to tree size `to`",
        querystring: consistencyProofQuery,
        response: { 200: consistencyProofView, 400: problem },
      },
    },
    (request) => getConsistencyProof(deps, request.query),
  );
  r.get(
    "/v1/ledger/receipts/:index",
    {
      config: { roles: [...readers, "borrower"] },
      schema: {
        tags,
        summary: "A receipt for one entry: the entry, its inclusion proof and the signed checkpoint",
        description:
          "A borrower may fetch receipts only for entries about them. Check offline with `faircollect ledger verify-receipt`.",
        params: ledgerIndexParams,
        response: { 200: ledgerReceipt, 404: problem, 409: problem },
      },
    },
    (request) => getReceipt(deps, actorOf(request), request.params.index),
  );
  r.get(
    "/v1/me/receipts",
    {
      config: { roles: ["borrower"] },
      schema: {
        tags,
        summary: "The ledger entries about me, newest first, to fetch receipts for",
        querystring: pageQuery,
        response: { 200: myReceipts },
      },
    },
    (request) => listMyReceipts(deps, actorOf(request), request.query),
  );
  r.post(
    "/v1/ledger/cosignatures",
    {
      config: { roles: ["auditor"] },
      schema: {
        tags,
        summary: "Submit a witness cosignature (c2sp.org/tlog-cosignature) of a checkpoint",
        body: cosignatureBody,
        response: { 201: ledgerCosignature, 400: problem },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await submitCosignature(deps, actorOf(request), request.body)),
  );
}
