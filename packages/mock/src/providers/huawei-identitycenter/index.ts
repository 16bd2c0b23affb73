import type { ServerResponse } from "node:http";
import { signRequest } from "@idp-sessions/huawei-identitycenter";
import type { SessionFacts } from "../facts.js";
import { ROUTES } from "../generated/routes.gen.js";
import { header, type MockRequest } from "../http.js";
import { type ProviderContext, type ProviderMock, providerRandom, userSessions } from "../provider.js";
import { alnum, digits, hex, uuid } from "../random.js";
import { matchRoute } from "../route.js";

const SKEW_MS = 15 * 60_000;
const AUTH = /^SDK-HMAC-SHA256 Access=([^,]+), SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/;
/**
 * Codes and message templates Huawei publishes (see the spec's Differences): IIC.* from the IAM Identity
 * Center "Error Codes" page, APIG.* from the API gateway's. 503 has no documented row: the fault injection
 * uses the gateway's "Backend unavailable." (documented there at 502).
 */
const CODES: Record<number, [string, string]> = {
  400: ["IIC.400", "Bad Request: invalid parameter."],
  401: ["APIG.0301", "Incorrect IAM authentication information."],
  403: ["IIC.1000", "No permission for action ListSessions."],
  404: ["IIC.404", "Not Found: the resource does not exist."],
  429: ["APIG.0308", "The throttling threshold has been reached: policy user over ratelimit,limit:20,time:1 second"],
  500: ["IIC.1209", "Bad Request:failed to query the organization."],
  503: ["APIG.0202", "Backend unavailable."],
};

function render(userId: string, f: SessionFacts) {
  const random = f.random;
  const session: Record<string, unknown> = {
    creation_time: Math.floor(f.createdMs / 1000),
    session_id: uuid(random),
    session_not_valid_after: Math.floor(f.expiresMs / 1000),
    user_id: userId,
  };
  // Huawei may leave the client details out; the user agent comes wrapped in brackets.
  if (f.index % 4 !== 3) {
    session.ip_address = f.ip;
    session.user_agent = `[${f.userAgent}]`;
  }
  return session;
}

function parseSdkDate(value: string | undefined): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value ?? "");
  return m
    ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]))
    : Number.NaN;
}

/** Huawei IAM Identity Center: `GET /v1/identity-stores/{id}/users/{user_id}/sessions`, AK/SK signed. */
export function huaweiIdentityCenterMock(context: ProviderContext): ProviderMock {
  const random = providerRandom(context, "huawei-identitycenter");
  const accessKeyId = alnum(random, 20).toUpperCase();
  const secretAccessKey = alnum(random, 40);
  const securityToken = context.huaweiTemporaryCredentials ? `mock-security-token-${hex(random, 48)}` : undefined;
  const identityStoreId = `d-${digits(random, 10)}`;
  const users = Array.from({ length: context.usersPerProvider }, () => ({
    userId: uuid(random),
    sessionCount: context.sessionsPerUser,
    identityStoreId,
  }));
  const errorBody = (status: number, message?: string, errorCode?: string) => {
    const [code, text] = CODES[status] ?? [`IIC.${status}`, "Error."];
    const body: Record<string, string> = {
      error_code: errorCode ?? code,
      error_msg: message ?? text,
      request_id: hex(random, 32),
    };
    // The documented 403 also carries the encrypted reason (an opaque base64 string here).
    if (status === 403) body.encoded_authorization_message = btoa(`denied:${hex(random, 24)}`);
    return { body, contentType: "application/json" };
  };
  const fail = (res: ServerResponse, status: number, message?: string, errorCode?: string) => {
    const { body } = errorBody(status, message, errorCode);
    const text = JSON.stringify(body);
    res.writeHead(status, { "content-type": "application/json", "x-request-id": body.request_id ?? "" });
    res.end(text);
  };

  /** Recomputes the signature from what arrived, as the API gateway does. */
  async function verify(request: MockRequest): Promise<string | undefined> {
    const match = AUTH.exec(header(request, "authorization") ?? "");
    if (!match) return "missing or malformed Authorization";
    const [, access, signedHeaders = ""] = match;
    if (access !== accessKeyId) return "unknown access key";
    const date = parseSdkDate(header(request, "x-sdk-date"));
    if (!(Math.abs(Date.now() - date) <= SKEW_MS)) return "X-Sdk-Date is missing or outside the 15-minute window";
    const signed = signedHeaders.split(";");
    if (
      securityToken &&
      (header(request, "x-security-token") !== securityToken || !signed.includes("x-security-token"))
    ) {
      return "temporary credentials need a signed X-Security-Token";
    }
    const headers = new Headers();
    for (const name of signed) if (name !== "host") headers.set(name, header(request, name) ?? "");
    const copy = new Request(`http://${header(request, "host")}${request.rawPath}${request.url.search}`, { headers });
    const resigned = await signRequest(copy, { accessKeyId, secretAccessKey });
    return resigned.headers.get("authorization") === header(request, "authorization")
      ? undefined
      : "signature mismatch";
  }

  return {
    basePath: ROUTES["huawei-identitycenter"].basePath,
    credentials: { accessKeyId, secretAccessKey, ...(securityToken ? { securityToken } : {}) },
    users,
    errorBody,
    async handle(request: MockRequest, res: ServerResponse) {
      // The API gateway checks the signature before it routes.
      const problem = await verify(request);
      if (problem) return fail(res, 401, `Incorrect IAM authentication information: ${problem}`);
      const route = matchRoute(ROUTES["huawei-identitycenter"], request.method, request.rawPath);
      if (!("operation" in route) || route.operation !== "listUserSessions") {
        // An unknown route never reaches the service: the API gateway answers it.
        return fail(res, 404, "The API does not exist or has not been published in the environment.", "APIG.0101");
      }
      const store = route.params.identity_store_id ?? "";
      const userId = route.params.user_id ?? "";
      const userIndex = users.findIndex((u) => u.userId === userId);
      if (store !== identityStoreId || userIndex === -1) {
        return fail(res, 404, `Not Found: ${store !== identityStoreId ? "identity store" : "user"} ${userId}.`);
      }

      const { count, at } = userSessions(context, "huawei-identitycenter", userIndex);
      res.writeHead(200, { "content-type": "application/json", "x-request-id": hex(random, 32) });
      // One response holds every session: stream it in chunks instead of building one huge string.
      res.write('{"session_list":[');
      let chunk = "";
      for (let i = 0; i < count; i++) {
        chunk += (i > 0 ? "," : "") + JSON.stringify(render(userId, at(i)));
        if (chunk.length > 65_536) {
          if (!res.write(chunk)) await new Promise((resolve) => res.once("drain", resolve));
          chunk = "";
        }
      }
      res.end(`${chunk}]}`);
    },
  };
}
