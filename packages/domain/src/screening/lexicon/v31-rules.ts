import type { ContextRule } from "../types.js";

/**
 * Context rules added in 1.30 (held-out rounds r65–r68, after their first passes):
 * - **false legal claims**: a listed reference "held financially responsible" for the balance;
 * - **third parties**: a debt named to the neighbours of the dead, or to a friend or colleague asked for the
 *   borrower's number (你的朋友…贷款逾期了); a postcard that shows the collection on its face.
 */
export const contextRulesV31: readonly ContextRule[] = [
  {
    rule: "en-reference-liable-v31",
    category: "false_legal_claim",
    severity: "block",
    window: 120,
    groups: [
      ["listed reference", "as a reference", "personal reference", "your references"],
      [
        "held financially responsible",
        "financially responsible for the balance",
        "responsible for the balance",
      ],
    ],
  },
  {
    rule: "en-neighbours-told-v31",
    category: "third_party_disclosure",
    severity: "block",
    window: 160,
    groups: [
      ["to the neighbors of", "to the neighbours of", "dear neighbors", "dear neighbours"],
      ["owes", "unpaid", "in default", "past due", "past-due"],
    ],
  },
  {
    rule: "zh-friend-debt-v31",
    category: "third_party_disclosure",
    severity: "block",
    window: 24,
    groups: [
      ["你的朋友", "你的同事", "你的邻居", "你朋友", "你同事"],
      ["贷款逾期", "借款逾期", "逾期了", "欠款未还"],
    ],
  },
  {
    rule: "en-postcard-collections-v31",
    category: "third_party_disclosure",
    severity: "block",
    window: 200,
    groups: [
      ["postcard"],
      ["placed in collections", "past-due balance", "collections dept", "in collections"],
    ],
  },
];
