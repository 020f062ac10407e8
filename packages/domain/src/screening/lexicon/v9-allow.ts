/**
 * Negations added in 1.8: an app or collector denying it read the borrower's data ("也没有获取您的通讯录").
 * 没有 alone is no negation ("你没有还款，我们就…"), so only with a verb of access.
 */
export const negationWordsV9: readonly string[] = [
  "没有获取",
  "未获取",
  "不获取",
  "没有读取",
  "未读取",
  "不读取",
  "没有访问",
  "未访问",
  "没有上传",
  "未上传",
  "没有收集",
  "未收集",
  "不收集",
];

/**
 * Legitimate language added in 1.8: a phone's own SMS or call blocklist (短信黑名单, not a credit
 * blacklist), and how a lender refers to the contact a borrower gave when applying (您借款时填写的…),
 * which says nothing of the debt to that contact.
 */
export const allowPhrasesV9: readonly string[] = [
  "短信黑名单",
  "来电黑名单",
  "通话黑名单",
  "号码黑名单",
  "拦截黑名单",
  "你借款时填写的",
  "你借款时预留的",
  "你借款时留的",
  "你借款时提供的",
  "你申请借款时填写的",
  "你在借款时填写的",
];
