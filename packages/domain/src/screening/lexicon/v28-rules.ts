import type { ContextRule } from "../types.js";

/**
 * Context rules added in 1.27 (held-out rounds r53–r56, after their first passes):
 * - **threats**: the way a child or partner walks watched and called unsafe (放学走的那条小路挺偏的,
 *   上下班的路上可就不太平了, "Nobody wants any surprises at pickup time"); a job to be ended with a finger's
 *   move (我们只要动动手指…就不用去了, 有办法令你…fire咗);
 * - **third parties**: a neighbour asked to relay a named debt (你们楼里302的赵女士…逾期), a message left for a
 *   colleague about "his past-due balance", the HR department told of an employee's debt.
 */
export const contextRulesV28: readonly ContextRule[] = [
  {
    rule: "zh-route-unsafe-v28",
    category: "threat",
    severity: "block",
    window: 50,
    groups: [
      ["孩子", "小孩", "子女", "家那位", "家人", "老婆", "老公"],
      ["放学走的", "那条小路", "不太平", "多留意一下安全", "留意安全", "上下班的路上"],
    ],
  },
  {
    rule: "en-pickup-surprise-v28",
    category: "threat",
    severity: "block",
    window: 120,
    groups: [
      ["gets picked up at", "picked up from", "pickup time", "pick-up time", "school run"],
      ["surprises", "nobody wants", "no one wants", "shame if", "be a pity"],
    ],
  },
  {
    rule: "zh-finger-job-v28",
    category: "threat",
    severity: "block",
    window: 40,
    groups: [
      ["动动手指", "有办法令你", "有办法让你", "一个电话"],
      ["不用去了", "fire", "饭碗", "丢工作", "炒鱿鱼", "请你"],
    ],
  },
  {
    rule: "zh-neighbour-relay-v28",
    category: "third_party_disclosure",
    severity: "block",
    window: 60,
    groups: [["你们楼里", "你们楼", "邻居", "楼里的"], ["转告"], ["逾期", "欠款", "qiankuan", "还款"]],
  },
  {
    rule: "en-message-for-colleague-v28",
    category: "third_party_disclosure",
    severity: "block",
    window: 160,
    groups: [
      ["this message is for", "message for", "front desk", "to the hr department", "hr department"],
      ["past-due", "overdue", "outstanding consumer debt", "outstanding debt", "his balance", "her balance"],
      [
        "please have him",
        "please have her",
        "have him call",
        "have her call",
        "encourage him",
        "encourage her",
      ],
    ],
  },
];
