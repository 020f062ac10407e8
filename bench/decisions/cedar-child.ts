// Runs the Cedar side of engine-vs-cedar in a child process. Cedar-wasm's JS glue sometimes aborts V8 11.3
// (Node 20: "unreachable code" in a lazy deoptimisation of `statefulIsAuthorized`); in a child, the parent can
// restart it and repeat the round instead of losing the whole run.
import { type Context, preparsePolicySet, statefulIsAuthorized } from "@cedar-policy/cedar-wasm/nodejs";
import { CEDAR_POLICIES } from "./cedar-mirror.js";

/** A request from the parent: load a pack's inputs, answer them all, or time one round. */
export type CedarRequest =
  | { kind: "init"; packId: keyof typeof CEDAR_POLICIES; contexts: Context[] }
  | { kind: "decide" }
  | { kind: "time"; seconds: number };

let packId: keyof typeof CEDAR_POLICIES = "cn";
let contexts: Context[] = [];

function allows(context: Context): boolean {
  const answer = statefulIsAuthorized({
    principal: { type: "Collector", id: "agent-1" },
    action: { type: "Action", id: "call" },
    resource: { type: "Borrower", id: "b-1" },
    context,
    preparsedPolicySetId: packId,
    entities: [],
  });
  if (answer.type !== "success") throw new Error(`cedar failed: ${JSON.stringify(answer.errors)}`);
  return answer.response.decision === "allow";
}

function timeRound(seconds: number): number {
  let calls = 0;
  let sink = 0;
  const started = process.hrtime.bigint();
  const deadline = started + BigInt(seconds * 1e9);
  let now = started;
  while (now < deadline) {
    for (const context of contexts) sink += allows(context) ? 1 : 0;
    calls += contexts.length;
    now = process.hrtime.bigint();
  }
  if (sink < 0) console.log(sink);
  return Number(now - started) / calls;
}

process.on("message", (request: CedarRequest) => {
  if (request.kind === "init") {
    packId = request.packId;
    contexts = request.contexts;
    const parsed = preparsePolicySet(packId, { staticPolicies: CEDAR_POLICIES[packId] });
    if (parsed.type !== "success")
      throw new Error(`cedar policies invalid: ${JSON.stringify(parsed.errors)}`);
    for (let i = 0; i < 20; i++) contexts.forEach(allows); // warm-up
    process.send!(true);
  } else if (request.kind === "decide") process.send!(contexts.map(allows));
  else process.send!(timeRound(request.seconds));
});
