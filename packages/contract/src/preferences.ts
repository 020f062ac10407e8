import { channels } from "@faircollect/domain/records/vocabulary";
import { z } from "zod";
import { id, instant, localTime } from "./common.js";

const window = z.strictObject({ from: localTime, to: localTime });

export const preferencesBody = z.strictObject({
  optedOutChannels: z.array(z.enum(channels)).max(channels.length),
  inconvenientTimes: z.array(window).max(20),
  preferredHours: window.nullable(),
  preferredChannels: z.array(z.enum(["sms", "email", "push"])).max(3),
});

export const preferences = preferencesBody.extend({
  borrowerId: id,
  effectiveFrom: instant.nullable(),
  recordedAt: instant.nullable(),
});
