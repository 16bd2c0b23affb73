import type { ServerResponse } from "node:http";
import type { MonoCloudIdentityError, MonoCloudKeyValidationErrors } from "@idp-sessions/monocloud";
import { ROUTES } from "../../generated/routes.gen.js";
import { header, intParam, type MockRequest, sendJson } from "../../http.js";
import {
  type ProviderContext,
  type ProviderMock,
  providerRandom,
  retryAfterFor,
  selectIndexes,
  userSessions,
} from "../../provider.js";
import { alnum, hex } from "../../random.js";
import type { RevokeState } from "../../revoke-state.js";
import { matchRoute } from "../../route.js";
import { SessionIndex } from "../../session-index.js";
import { render } from "./render.js";
import { findUserSession, revokeUserSession } from "./sessions.js";

const TITLE: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  402: "Payment Required",
  403: "Forbidden",
  404: "Not Found",
  // The title of both 422 forms in the official SDKs' tests.
  422: "Unprocessable Entity",
  429: "Too Many Requests",
  500: "Internal Server Error",
  503: "Service Unavailable",
};
const SORT = /^(session_id|initiated_at|expires_at|last_updated):(1|-1)$/;
/**
 * MonoCloud's 422 has two forms, told apart by `type` and the shape of `errors` (the official SDKs'
 * KeyValidationProblemDetails and IdentityValidationProblemDetails). A bad `page` or `size` gets the key
 * form. The identity form carries ASP.NET Identity errors (passwords, user names: the SDKs' tests show
 * it for creating a user), which no sessions request is known to cause; a test asks for it with the
 * `x-mock-422: identity-validation-error` request header.
 */
const VALIDATION_TYPE = {
  "validation-error": "https://httpstatuses.io/422#validation-error",
  "identity-validation-error": "https://httpstatuses.io/422#identity-validation-error",
} as const;
type ValidationErrors = MonoCloudKeyValidationErrors | MonoCloudIdentityError[];
const IDENTITY_ERRORS: MonoCloudIdentityError[] = [
  { code: "PasswordTooShort", description: "Passwords must be at least 8 characters." },
];
const MAX_SIZE = 100;

type Rendered = ReturnType<typeof render>;

/**
 * MonoCloud management API: list a user's sessions (`page`/`size`, `x-pagination` header), find one and
 * revoke one (gone afterwards: the service keeps only active sessions).
 */
export function monoCloudMock(context: ProviderContext, state: RevokeState): ProviderMock {
  const random = providerRandom(context, "monocloud");
  const apiKey = `mock-monocloud-key-${hex(random, 24)}`;
  const users = Array.from({ length: context.usersPerProvider }, () => ({
    userId: alnum(random, 21),
    sessionCount: context.sessionsPerUser,
  }));
  const errorBody = (status: number, detail?: string, errors?: ValidationErrors) => ({
    body: {
      type:
        status === 422
          ? VALIDATION_TYPE[Array.isArray(errors) ? "identity-validation-error" : "validation-error"]
          : `https://httpstatuses.io/${status}`,
      title: TITLE[status] ?? "Error",
      status,
      ...(detail ? { detail } : {}),
      ...(status === 422 ? { errors: errors ?? { "": [detail ?? "The request is not valid."] } } : {}),
      traceId: `00-${hex(random, 32)}-${hex(random, 16)}-01`,
    },
    contentType: "application/problem+json",
  });
  const fail = (res: ServerResponse, status: number, detail?: string, errors?: ValidationErrors) =>
    sendJson(res, status, errorBody(status, detail, errors).body, retryAfterFor(status), "application/problem+json");
  const byId = new SessionIndex(
    users.length,
    context.sessionsPerUser,
    (user, index) => render(userSessions(context, "monocloud", user).at(index)).session_id,
  );
  const tenant = { state, sessions: byId, fail, users, context };

  return {
    basePath: ROUTES.monocloud.basePath,
    credentials: { apiKey },
    users,
    errorBody,
    handle(request: MockRequest, res: ServerResponse) {
      const route = matchRoute(ROUTES.monocloud, request.method, request.rawPath);
      if (!("operation" in route)) return fail(res, 404, "Resource not found.");
      if (header(request, "x-api-key") !== apiKey) return fail(res, 401, "The API key is invalid.");
      if (route.operation !== "getUserSessions") {
        const { user_id: userId = "", session_id: sessionId = "" } = route.params;
        if (route.operation === "findUserSession") return findUserSession(tenant, res, userId, sessionId);
        return revokeUserSession(tenant, res, userId, sessionId);
      }
      if (header(request, "x-mock-422") === "identity-validation-error")
        return fail(res, 422, undefined, IDENTITY_ERRORS);
      const page = intParam(request.url, "page") ?? 1;
      const size = intParam(request.url, "size") ?? 10;
      if (!Number.isInteger(page) || page < 1)
        return fail(res, 422, undefined, { page: ["The field page must be 1 or more."] });
      if (!Number.isInteger(size) || size < 1 || size > MAX_SIZE) {
        return fail(res, 422, undefined, { size: [`The field size must be between 1 and ${MAX_SIZE}.`] });
      }
      const sort = request.url.searchParams.get("sort");
      if (sort !== null && !SORT.test(sort)) return fail(res, 400, "The sort parameter must be 'sort_key:sort_order'.");
      const userIndex = users.findIndex((u) => u.userId === route.params.user_id);
      if (userIndex === -1) return fail(res, 404, "User not found.");

      const { count, at } = userSessions(context, "monocloud", userIndex);
      const view = (i: number) => render(at(i));
      const clientId = request.url.searchParams.get("client_id");
      const [key, order] = (sort ?? "initiated_at:1").split(":") as [keyof Rendered, string];
      const ids = state.untouched ? undefined : byId.idsOf(userIndex);
      const plain = ids === undefined && clientId === null && key === "initiated_at";
      // Sessions are generated oldest first; any other order or a filter needs the whole list's keys.
      const indexes = plain
        ? undefined
        : selectIndexes(
            count,
            (i) => !(ids && state.how(ids[i] ?? "")) && (clientId === null || view(i).client_ids.includes(clientId)),
          );
      if (indexes && key !== "initiated_at") {
        const keys = new Map(indexes.map((i) => [i, view(i)[key] as string | number]));
        indexes.sort((a, b) => ((keys.get(a) ?? 0) < (keys.get(b) ?? 0) ? -1 : 1));
      }
      const descending = order === "-1";
      const total = indexes?.length ?? count;
      const start = (page - 1) * size;
      const end = Math.min(total, start + size);
      const sessions = [];
      for (let n = start; n < end; n++) {
        const position = descending ? total - 1 - n : n;
        sessions.push(view(indexes ? (indexes[position] ?? 0) : position));
      }
      const pagination = {
        total_count: total,
        page_size: size,
        current_page: page,
        has_next: end < total,
        has_previous: page > 1,
      };
      sendJson(res, 200, sessions, { "x-pagination": JSON.stringify(pagination) });
    },
  };
}
