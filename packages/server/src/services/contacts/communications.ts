import type { Db } from "../../store/database.js";

/** A recorded contact as far as the account's notices care. */
type Contact = {
  account_id: string;
  channel: string;
  at: string;
  outcome: string;
  target: string;
  purpose: string;
};

/** Messages that reach the borrower once sent; a push notification or a postcard does not carry the debt. */
const SENT_MESSAGES: ReadonlySet<string> = new Set(["letter", "email", "sms"]);

/**
 * Whether a contact reached the borrower about the debt: a conversation, a visit
 * that found them, or a letter, email or text sent. The first one is Reg F's
 * initial communication and what passive credit reporting waits for.
 */
export function isCommunication(contact: Omit<Contact, "account_id" | "at" | "purpose">): boolean {
  if (contact.target !== "borrower") return false;
  if (contact.outcome === "conversation" || contact.outcome === "visit_done") return true;
  return contact.outcome === "sent" && SENT_MESSAGES.has(contact.channel);
}

/** Whether a contact delivered the validation notice: a letter, or an email (12 CFR 1006.42), sent for it. */
function isValidationNotice(contact: Contact): boolean {
  return (
    contact.target === "borrower" &&
    contact.purpose === "validation_notice" &&
    contact.outcome === "sent" &&
    (contact.channel === "letter" || contact.channel === "email")
  );
}

/**
 * Keeps the account's first communication and validation notice as the earliest
 * such contact, in the transaction that records the contact. Earliest, not
 * first recorded: outcomes may be reported out of order.
 */
export async function noteCommunication(trx: Db, contact: Contact): Promise<void> {
  const keepEarliest = (column: "first_communication_at" | "validation_notice_sent_at") =>
    trx
      .updateTable("accounts")
      .set(column, contact.at)
      .where("id", "=", contact.account_id)
      .where((eb) => eb.or([eb(column, "is", null), eb(column, ">", contact.at)]))
      .execute();
  if (isCommunication(contact)) await keepEarliest("first_communication_at");
  if (isValidationNotice(contact)) await keepEarliest("validation_notice_sent_at");
}
