import type { ServerResponse } from "node:http";
import { ROUTES } from "../../generated/routes.gen.js";
import type { MockRequest } from "../../http.js";
import type { ProviderContext, ProviderMock } from "../../provider.js";
import type { RevokeState } from "../../revoke-state.js";
import { matchRoute } from "../../route.js";
import { batchDeleteSessions, listUserSessions } from "./sessions.js";
import { verifySignature } from "./signature.js";
import { huaweiStore } from "./store.js";

/**
 * Huawei IAM Identity Center: list a user's sessions and batch-delete some of them, every request AK/SK
 * signed (the body too) and checked as the API gateway does.
 */
export function huaweiIdentityCenterMock(context: ProviderContext, state: RevokeState): ProviderMock {
  const store = huaweiStore(context, state);
  return {
    basePath: ROUTES["huawei-identitycenter"].basePath,
    credentials: store.credentials,
    readOnlyCredentials: store.readOnlyCredentials,
    users: store.users,
    errorBody: store.errorBody,
    async handle(request: MockRequest, res: ServerResponse) {
      // The API gateway checks the signature before it routes.
      const signer = await verifySignature(request, store.keys);
      if ("problem" in signer)
        return store.fail(res, 401, `Incorrect IAM authentication information: ${signer.problem}`);
      const route = matchRoute(ROUTES["huawei-identitycenter"], request.method, request.rawPath);
      if (!("operation" in route)) {
        // An unknown route never reaches the service: the API gateway answers it.
        return store.fail(
          res,
          404,
          "The API does not exist or has not been published in the environment.",
          "APIG.0101",
        );
      }
      const storeId = route.params.identity_store_id ?? "";
      const userId = route.params.user_id ?? "";
      const user = store.users.findIndex((u) => u.userId === userId);
      if (storeId !== store.identityStoreId || user === -1) {
        return store.fail(
          res,
          404,
          `Not Found: ${storeId !== store.identityStoreId ? "identity store" : "user"} ${userId}.`,
        );
      }
      if (route.operation === "listUserSessions") return listUserSessions(store, res, user);
      batchDeleteSessions(store, request, res, user, signer.accessKeyId === store.readOnlyKey);
    },
  };
}
