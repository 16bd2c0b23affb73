import { describe, expect, it } from "vitest";
import {
  APIError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  createApiError,
  IdpSessionsError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  redactString,
  UnprocessableEntityError,
} from "../src/internal.js";

const context = { provider: "auth0", operation: "getUserSessions" };
const parseBody = (body: unknown) => ({
  code: (body as { errorCode?: string }).errorCode,
  message: (body as { message?: string }).message,
});

function errorFor(status: number, body: unknown = {}, headers: Record<string, string> = {}, secrets: string[] = []) {
  return createApiError({
    context,
    response: new Response(null, { status, headers }),
    body,
    parseBody,
    secrets,
    requestIdHeader: "x-request-id",
  });
}

describe("createApiError", () => {
  it.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, InternalServerError],
    [503, InternalServerError],
    [418, APIError],
  ])("maps %i to %o", (status, ErrorClass) => {
    const error = errorFor(status);
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(IdpSessionsError);
    expect(error.name).toBe(ErrorClass.name);
    expect(error.status).toBe(status);
  });

  it("names the provider, the operation, the status, the provider's code, message and request id", () => {
    const error = errorFor(
      403,
      { errorCode: "insufficient_scope", message: "Insufficient scope" },
      { "x-request-id": "req-1" },
    );
    expect(error.message).toBe(
      "auth0 getUserSessions: HTTP 403 [insufficient_scope] Insufficient scope (request id req-1)",
    );
    expect(error.toJSON()).toMatchObject({
      name: "PermissionDeniedError",
      provider: "auth0",
      operation: "getUserSessions",
      status: 403,
      code: "insufficient_scope",
      requestId: "req-1",
    });
  });

  it("carries retryAfterMs from the response", () => {
    expect(errorFor(429, {}, { "retry-after": "2" }).retryAfterMs).toBe(2000);
  });

  it("scrubs known secrets and credential shapes out of an echoed body", () => {
    const error = errorFor(
      401,
      { message: "bad token TESTSECRET-token-value, sent Authorization: Bearer abc.def.ghijkl" },
      {},
      ["TESTSECRET-token-value"],
    );
    expect(error.message).not.toContain("TESTSECRET-token-value");
    expect(error.message).not.toContain("abc.def.ghijkl");
    expect(JSON.stringify(error.body)).not.toContain("TESTSECRET-token-value");
  });
});

describe("redactString", () => {
  it("redacts a secret that contains another secret whole, whatever order they come in", () => {
    const inner = "abcdef123456";
    const outer = `${inner}-and-the-rest-of-a-longer-secret`;
    for (const secrets of [
      [inner, outer],
      [outer, inner],
    ]) {
      expect(redactString(`echo: ${outer}`, secrets)).toBe("echo: [redacted]");
    }
  });

  it("redacts AK/SK signatures", () => {
    expect(redactString("SDK-HMAC-SHA256 Access=AKIDEXAMPLE1, Signature=7be6668032f70418", [])).toBe(
      "SDK-HMAC-SHA256 Access=[redacted], Signature=[redacted]",
    );
  });
});
