import type { ServerResponse } from "node:http";
import type { SessionFacts } from "../../facts.js";
import { type ProviderContext, providerRandom, retryAfterFor, userSessions } from "../../provider.js";
import { alnum, digits, hex, uuid } from "../../random.js";
import type { RevokeState } from "../../revoke-state.js";
import { SessionIndex } from "../../session-index.js";
import type { KeyPair } from "./signature.js";

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

/** One fake identity store: its users, key pairs (one that may only list), sessions by id, error bodies. */
export function huaweiStore(context: ProviderContext, state: RevokeState) {
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
  // Drawn after the users, so that the full key pair and the users stay what they were before it existed.
  const readOnly = { accessKeyId: alnum(random, 20).toUpperCase(), secretAccessKey: alnum(random, 40) };
  const keys = new Map<string, KeyPair>([
    [accessKeyId, { secretAccessKey, securityToken }],
    [readOnly.accessKeyId, { secretAccessKey: readOnly.secretAccessKey, securityToken }],
  ]);
  const session = (user: number, index: number) =>
    render(users[user]?.userId ?? "", userSessions(context, "huawei-identitycenter", user).at(index));
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
  return {
    context,
    state,
    credentials: { accessKeyId, secretAccessKey, ...(securityToken ? { securityToken } : {}) },
    readOnlyCredentials: { ...readOnly, ...(securityToken ? { securityToken } : {}) },
    readOnlyKey: readOnly.accessKeyId,
    keys,
    identityStoreId,
    users,
    session,
    sessions: new SessionIndex(users.length, context.sessionsPerUser, (user, index) =>
      String(session(user, index).session_id),
    ),
    errorBody,
    requestId: () => hex(random, 32),
    fail: (res: ServerResponse, status: number, message?: string, errorCode?: string) => {
      const { body } = errorBody(status, message, errorCode);
      res.writeHead(status, {
        "content-type": "application/json",
        "x-request-id": body.request_id ?? "",
        ...retryAfterFor(status),
      });
      res.end(JSON.stringify(body));
    },
  };
}

export type HuaweiStore = ReturnType<typeof huaweiStore>;
