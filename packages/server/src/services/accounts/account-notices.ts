import type { Database } from "../../store/database.js";

type NoticeColumns = Pick<
  Database["accounts"],
  "first_communication_at" | "validation_notice_sent_at" | "outsourcing_notice_at"
>;

/**
 * The notice columns of a new account from what the lender says was already
 * sent, in UTC. A validation notice is itself a communication, so the first
 * communication was no later than it; otherwise the first one is still to come.
 */
export function accountNotices(sent: {
  validationNoticeSentAt?: string;
  outsourcingNoticeAt?: string;
}): NoticeColumns {
  const utc = (instant: string | undefined) =>
    instant === undefined ? null : new Date(instant).toISOString();
  const validation = utc(sent.validationNoticeSentAt);
  return {
    first_communication_at: validation,
    validation_notice_sent_at: validation,
    outsourcing_notice_at: utc(sent.outsourcingNoticeAt),
  };
}
