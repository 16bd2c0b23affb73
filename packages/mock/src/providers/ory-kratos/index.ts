import type { ServerResponse } from "node:http";
import { ROUTES } from "../../generated/routes.gen.js";
import { header, type MockRequest } from "../../http.js";
import type { ProviderContext, ProviderMock } from "../../provider.js";
import type { RevokeState } from "../../revoke-state.js";
import { matchRoute } from "../../route.js";
import { kratosErrorBody } from "./errors.js";
import { listIdentitySessions } from "./list.js";
import { kratosProject } from "./project.js";
import { deleteIdentitySessions, disableSession, getSession } from "./sessions.js";
import { parseUuid } from "./uuid.js";

/**
 * Kratos admin API: list an identity's sessions (`page_size`/`page_token`, `Link` header), get one,
 * disable one (kept, inactive) and delete all of an identity's (gone).
 */
export function oryKratosMock(context: ProviderContext, state: RevokeState): ProviderMock {
  const project = kratosProject(context, state);
  return {
    basePath: ROUTES["ory-kratos"].basePath,
    credentials: context.kratosAuth ? { token: project.token } : {},
    users: project.users,
    errorBody: kratosErrorBody,
    handle(request: MockRequest, res: ServerResponse) {
      const route = matchRoute(ROUTES["ory-kratos"], request.method, request.rawPath);
      if (!("operation" in route)) return project.fail(request, res, 404);
      if (context.kratosAuth && header(request, "authorization") !== `Bearer ${project.token}`) {
        return project.fail(request, res, 401);
      }
      // session/handler.go: herodot.ErrBadRequest.WithError(<uuid error>) (its WithDebug("could not parse
      // UUID") is not sent: debug is off), before anything else is looked at.
      const parsed = parseUuid(route.params.id ?? "");
      if ("error" in parsed) return project.fail(request, res, 400, parsed.error);
      switch (route.operation) {
        case "listIdentitySessions":
          return listIdentitySessions(project, request, res, parsed.id);
        case "deleteIdentitySessions":
          return deleteIdentitySessions(project, request, res, parsed.id);
        case "getSession":
          return getSession(project, request, res, parsed.id);
        default:
          return disableSession(project, request, res, parsed.id);
      }
    },
  };
}
