import type { Problem } from "@faircollect/contract";
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { AppError, type ErrorCode, type FieldError } from "../services/app-error.js";

/** The one table from error code to HTTP status; docs/errors.md lists the same codes. */
export const statusOf: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  MALFORMED_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  DECRYPTION_FAILED: 500,
  INTERNAL: 500,
  UNAVAILABLE: 503,
};

const titles: Record<ErrorCode, string> = {
  VALIDATION_FAILED: "The request is not valid",
  MALFORMED_REQUEST: "The request could not be read",
  UNAUTHENTICATED: "Not logged in",
  FORBIDDEN: "Not allowed",
  NOT_FOUND: "Not found",
  CONFLICT: "Conflict with the current state",
  PAYLOAD_TOO_LARGE: "The request body is too large",
  UNSUPPORTED_MEDIA_TYPE: "Unsupported content type",
  RATE_LIMITED: "Too many requests",
  DECRYPTION_FAILED: "A stored record could not be decrypted",
  INTERNAL: "Internal error",
  UNAVAILABLE: "The service cannot take this request now",
};

/** A problem+json body for a code; `type` is a stable URI per code. */
export function problemOf(
  code: ErrorCode,
  detail: string,
  requestId: string,
  errors?: FieldError[],
): Problem {
  return {
    type: `https://faircollect.dev/problems/${code.toLowerCase().replaceAll("_", "-")}`,
    title: titles[code],
    status: statusOf[code],
    detail,
    code,
    requestId,
    ...(errors ? { errors } : {}),
  };
}

type ValidationItem = {
  instancePath: string;
  keyword: string;
  message?: string;
  params?: Record<string, unknown>;
};

function fieldErrors(context: string | undefined, items: ValidationItem[]): FieldError[] {
  return items.flatMap((item) => {
    const base = [context ?? "body", ...item.instancePath.split("/").filter(Boolean)].join(".");
    const keys =
      item.keyword === "unrecognized_keys" ? (item.params?.keys as string[] | undefined) : undefined;
    if (keys) return keys.map((k) => ({ path: `${base}.${k}`, message: "unknown field" }));
    return [{ path: base, message: item.message ?? "invalid" }];
  });
}

/** Translates anything thrown in a request into problem+json; input never leaks into the text. */
export function classify(error: FastifyError | AppError | Error): {
  code: ErrorCode;
  detail: string;
  errors?: FieldError[];
  retryAfter?: number;
} {
  if (error instanceof AppError) {
    return {
      code: error.code,
      detail: error.message,
      errors: error.details.errors,
      retryAfter: error.details.retryAfterSeconds,
    };
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors = fieldErrors(error.validationContext, error.validation as ValidationItem[]);
    return {
      code: "VALIDATION_FAILED",
      detail: errors.map((e) => `${e.path}: ${e.message}`).join("; "),
      errors,
    };
  }
  const fastifyCode = (error as FastifyError).code;
  switch (fastifyCode) {
    case "FST_ERR_CTP_INVALID_JSON_BODY":
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return {
        code: "MALFORMED_REQUEST",
        detail: "the request body is not valid JSON",
        errors: [{ path: "body", message: "not valid JSON" }],
      };
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return { code: "PAYLOAD_TOO_LARGE", detail: "the request body is too large" };
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return { code: "UNSUPPORTED_MEDIA_TYPE", detail: "send application/json" };
    case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
      return { code: "MALFORMED_REQUEST", detail: "the content length does not match the body" };
  }
  const status = (error as FastifyError).statusCode;
  if (status && status >= 400 && status < 500) {
    return {
      code: status === 404 ? "NOT_FOUND" : "MALFORMED_REQUEST",
      detail: "the request could not be read",
    };
  }
  if (error.name === "DecryptionError")
    return { code: "DECRYPTION_FAILED", detail: "a stored record failed its integrity check" };
  if (error.name === "ErasedError")
    return { code: "CONFLICT", detail: "the borrower's personal data was erased under the retention policy" };
  return { code: "INTERNAL", detail: "an internal error occurred; it has been logged" };
}

/** Fastify's error handler: problem+json out, 5xx logged without the request body. */
export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const { code, detail, errors, retryAfter } = classify(error);
  if (statusOf[code] >= 500)
    request.log.error(
      { err: { type: error.name, code: (error as FastifyError).code, stack: error.stack } },
      "request failed",
    );
  if (retryAfter) reply.header("retry-after", String(retryAfter));
  return reply
    .code(statusOf[code])
    .type("application/problem+json")
    .send(problemOf(code, detail, request.id, errors));
}
