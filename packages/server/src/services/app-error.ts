/** The closed list of error codes; stable forever, mapped to HTTP in one table (http/problem.ts). */
export const errorCodes = [
  "VALIDATION_FAILED",
  "MALFORMED_REQUEST",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "PAYLOAD_TOO_LARGE",
  "UNSUPPORTED_MEDIA_TYPE",
  "RATE_LIMITED",
  "DECRYPTION_FAILED",
  "INTERNAL",
  "UNAVAILABLE",
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export type FieldError = { path: string; message: string };

/** A use case's refusal: a code from the closed list, a human message and optional field errors. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { errors?: FieldError[]; retryAfterSeconds?: number } = {},
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} not found`);
export const forbidden = (why: string) => new AppError("FORBIDDEN", why);
export const invalid = (path: string, message: string) =>
  new AppError("VALIDATION_FAILED", `${path}: ${message}`, { errors: [{ path, message }] });
