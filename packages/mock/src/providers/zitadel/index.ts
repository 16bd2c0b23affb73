import type { ServerResponse } from "node:http";
import { ROUTES } from "../../generated/routes.gen.js";
import { header, type MockRequest } from "../../http.js";
import type { ProviderContext, ProviderMock } from "../../provider.js";
import type { RevokeState } from "../../revoke-state.js";
import { matchRoute } from "../../route.js";
import { plainError, zitadelErrorBody, zitadelInstance } from "./instance.js";
import { listSessions } from "./list.js";
import { decode, deleteBodyError } from "./search.js";
import { deleteSession, getSession } from "./sessions.js";

/**
 * ZITADEL Session Service v2 through its REST gateway: search a user's sessions (`offset`/`limit`), get
 * one, and terminate (delete) one, which a token without `session.delete` may not.
 */
export function zitadelMock(context: ProviderContext, state: RevokeState): ProviderMock {
  const instance = zitadelInstance(context, state);
  const { send } = instance;
  return {
    basePath: ROUTES.zitadel.basePath,
    credentials: { token: instance.token },
    readOnlyCredentials: { token: instance.readOnlyToken },
    users: instance.users,
    errorBody: zitadelErrorBody,
    handle(request: MockRequest, res: ServerResponse) {
      // The gateway routes, then decodes the body, and only then calls the server, which authenticates,
      // validates (protoc-gen-validate) and runs the call.
      const route = matchRoute(ROUTES.zitadel, request.method, request.rawPath);
      if ("status" in route && route.status === 404) return send(res, 404, zitadelErrorBody(404).body);
      if ("status" in route) return send(res, 405, plainError(405, "Method Not Allowed"));
      const search = route.operation === "listSessions" ? decode(request.body) : undefined;
      const problem = typeof search === "string" ? search : deleteBodyError(route.operation, request.body);
      if (problem !== undefined) return send(res, 400, plainError(400, problem));
      const permissions = instance.permissions(header(request, "authorization"));
      if (!permissions) return send(res, 401, zitadelErrorBody(401).body);
      if (search !== undefined && typeof search !== "string") return listSessions(instance, res, search);
      const id = route.params.session_id ?? "";
      if (route.operation === "getSession") return getSession(instance, request, res, id);
      deleteSession(instance, res, id, permissions.delete);
    },
  };
}
