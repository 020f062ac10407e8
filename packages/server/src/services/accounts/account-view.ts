import type { Account } from "@faircollect/contract";
import type { Row } from "../../store/database.js";

/** The stored account as the API shows it; accounts carry no personal fields. */
export function accountView(row: Row<"accounts">): Account {
  return {
    id: row.id,
    ref: row.ref,
    borrowerId: row.borrower_id,
    product: row.product,
    principalMinor: Number(row.principal_minor),
    outstandingMinor: Number(row.outstanding_minor),
    currency: row.currency,
    dueDate: row.due_date,
    daysPastDue: row.days_past_due,
    status: row.status as Account["status"],
    agencyId: row.agency_id,
    collectorId: row.collector_id,
    firstCommunicationAt: row.first_communication_at,
    validationNoticeSentAt: row.validation_notice_sent_at,
    outsourcingNoticeAt: row.outsourcing_notice_at,
    createdAt: row.created_at,
  };
}
