// A complaint under investigation pauses collection on the account until it is resolved.
import { defineRule } from "../define-rule.js";
import { param } from "./params.js";
import { covers } from "./scope.js";

/**
 * FairCollect policy, not a limit of either law: the complaint rules of rules.md (CN-COMPLAINT-DEADLINE,
 * US-CFPB-COMPLAINT) set answer deadlines, and collecting while the complaint is open would prejudge it. The hold
 * clears on an event (the complaint resolved), so the deferral names no instant.
 */
export const complaintHoldRule = defineRule({
  type: "complaint-hold",
  kind: "complaint_hold",
  summary: "A complaint under investigation pauses collection on the account until it is resolved.",
  citations: ["CN-COMPLAINT-DEADLINE", "US-CFPB-COMPLAINT"],
  params: { channels: param.channels, targets: param.targets, exceptPurposes: param.purposes },
  tighten: { channels: "superset", targets: "superset", exceptPurposes: "subset" },
  compile(entry) {
    return {
      check({ scenario }) {
        if (scenario.flags.complaintHold !== true || !covers(entry, scenario)) return undefined;
        if (scenario.purpose !== undefined && entry.exceptPurposes.includes(scenario.purpose))
          return undefined;
        return {
          effect: "defer",
          message: {
            en: "a complaint about this account is under investigation: collection waits until it is resolved",
            zh: "该账户的投诉正在处理中，处理完毕前暂停催收",
          },
        };
      },
    };
  },
});
