import { z } from "zod";
import { param } from "./params.js";

/**
 * The numbers of a hold the borrower declares (cease, dispute): which contacts it
 * covers, which purposes stay allowed, and whether only a written request counts.
 */
export const writtenHoldParams = {
  channels: param.channels,
  targets: param.targets,
  exceptPurposes: param.purposes,
  requireWriting: z.boolean(),
};

/** An overlay tightens such a hold by covering more, excepting less, or counting spoken requests too. */
export const writtenHoldTightening = {
  channels: "superset",
  targets: "superset",
  exceptPurposes: "subset",
  requireWriting: "only_false",
} as const;
