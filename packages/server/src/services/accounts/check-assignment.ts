import type { Db } from "../../store/database.js";
import { invalid } from "../app-error.js";
import { mustExist } from "../must-exist.js";

/**
 * An account may be assigned only to an existing agency and to a collector who
 * works for the lender or for that same agency.
 */
export async function checkAssignment(
  db: Db,
  assignment: { agencyId: string | null; collectorId: string | null },
): Promise<void> {
  if (assignment.agencyId) await mustExist(db, "agencies", assignment.agencyId, "agencyId");
  if (assignment.collectorId) {
    const collector = await db
      .selectFrom("users")
      .select(["role", "agency_id"])
      .where("id", "=", assignment.collectorId)
      .executeTakeFirst();
    if (collector?.role !== "collector") throw invalid("collectorId", "no such collector");
    if (collector.agency_id !== null && collector.agency_id !== assignment.agencyId) {
      throw invalid("collectorId", "the collector works for another agency");
    }
  }
}
