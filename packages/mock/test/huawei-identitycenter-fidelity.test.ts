import {
  AuthenticationError,
  createHuaweiIdentityCenterClient,
  InternalServerError,
  listSessions,
  NotFoundError,
  RateLimitError,
  signRequest,
} from "@idp-sessions/huawei-identitycenter";
import { afterAll, describe, expect, it } from "vitest";
import { type RevokeFaults, startMockServers } from "../src/index.js";
import { ownServer } from "./own-server.js";
import { specResponse } from "./spec-response.js";

/** The Huawei mock answers with the codes and texts Huawei publishes (the spec's Differences, items 5 and 6). */
const mock = await startMockServers({
  seed: 5,
  usersPerProvider: 1,
  sessionsPerUser: 2,
  providers: ["huawei-identitycenter"],
});
afterAll(() => mock.close());
const huawei = mock.providers["huawei-identitycenter"];
const user = huawei.users[0];
const params = { identityStoreId: user?.identityStoreId ?? "", userId: user?.userId ?? "" };
const client = (secretAccessKey = huawei.credentials.secretAccessKey) =>
  createHuaweiIdentityCenterClient({
    baseUrl: huawei.baseUrl,
    accessKeyId: huawei.credentials.accessKeyId,
    secretAccessKey,
    maxRetries: 0,
  });

/** The raw error response of a request, to compare the body with the X-Request-Id header. */
async function raw(path: string): Promise<{ status: number; requestId: string | null; body: Record<string, unknown> }> {
  const response = await fetch(`${huawei.baseUrl}${path}`);
  return {
    status: response.status,
    requestId: response.headers.get("x-request-id"),
    body: (await response.json()) as Record<string, unknown>,
  };
}

describe("huawei-identitycenter mock errors", () => {
  it("a bad signature is the gateway's APIG.0301, its request_id the X-Request-Id header", async () => {
    const answer = await raw(`/v1/identity-stores/${params.identityStoreId}/users/${params.userId}/sessions`);
    expect(answer).toMatchObject({ status: 401, body: { error_code: "APIG.0301" } });
    expect(answer.body.error_msg).toMatch(/^Incorrect IAM authentication information: /);
    expect(answer.body.request_id).toMatch(/^[0-9a-f]{32}$/);
    expect(answer.requestId).toBe(answer.body.request_id);
    await expect(listSessions(client("wrong-secret"), params).collect()).rejects.toBeInstanceOf(AuthenticationError);
  });

  it("an unknown user is IIC.404 with the `Not Found: {0}.` template", async () => {
    await expect(listSessions(client(), { ...params, userId: "nobody" }).collect()).rejects.toMatchObject({
      constructor: NotFoundError,
      code: "IIC.404",
      providerMessage: "Not Found: user nobody.",
      requestId: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
  });

  it("throttling is APIG.0308 and a server error IIC.1209", async () => {
    huawei.injectFaults({ kind: "429", retryAfterSeconds: 0 }, { kind: "500" });
    await expect(listSessions(client(), params).collect()).rejects.toMatchObject({
      constructor: RateLimitError,
      code: "APIG.0308",
      providerMessage: expect.stringMatching(/^The throttling threshold has been reached: /),
    });
    await expect(listSessions(client(), params).collect()).rejects.toMatchObject({
      constructor: InternalServerError,
      code: "IIC.1209",
    });
  });
});

async function store(revokeFaults: RevokeFaults = {}) {
  const server = await ownServer("huawei-identitycenter", revokeFaults);
  const user = server.users[0];
  const base = `${server.baseUrl}/v1/identity-stores/${user?.identityStoreId}/users/${user?.userId}/sessions`;
  const keys = {
    accessKeyId: server.credentials.accessKeyId ?? "",
    secretAccessKey: server.credentials.secretAccessKey ?? "",
  };
  const signed = (method: string, url: string, body?: string, credentials = keys) =>
    signRequest(
      new Request(url, {
        method,
        ...(body === undefined ? {} : { body, headers: { "content-type": "application/json" } }),
      }),
      credentials,
    );
  const batchDelete = async (ids: unknown, credentials = keys) =>
    fetch(await signed("POST", `${base}/batch-delete`, JSON.stringify({ session_ids: ids }), credentials));
  const listed = async () => {
    const response = await fetch(await signed("GET", base));
    const body = (await specResponse("huawei-identitycenter", "listUserSessions", response)) as {
      session_list: { session_id: string }[];
    };
    return body.session_list.map((s) => s.session_id);
  };
  return { server, base, signed, batchDelete, listed, ids: await listed() };
}

describe("huawei-identitycenter mock: batchDeleteSessions (issue 16)", () => {
  it("deletes the named sessions: 200 without a body, X-Request-Id; they are gone from the listing", async () => {
    const { batchDelete, listed, ids } = await store();
    const response = await batchDelete([ids[0], ids[2]]);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f]{32}$/);
    expect(await specResponse("huawei-identitycenter", "batchDeleteSessions", response)).toBeUndefined();
    expect(await listed()).toEqual([ids[1]]);
  });

  it("ignores ids that are not (or no longer) the user's sessions (undocumented at Huawei): 200", async () => {
    const { batchDelete, listed, ids } = await store();
    await batchDelete([ids[0]]);
    const response = await batchDelete([ids[0], "ea70c04b-d510-41c7-b0d1-51d56a3c9e21"]);
    expect(await specResponse("huawei-identitycenter", "batchDeleteSessions", response)).toBeUndefined();
    expect(await listed()).toEqual(ids.slice(1));
  });

  it("a body that is not a list of ids is 400 IIC.400; an unknown user 404 IIC.404", async () => {
    const { server, signed, batchDelete } = await store();
    for (const ids of [[], "x", [1]]) {
      const response = await batchDelete(ids);
      expect(await specResponse("huawei-identitycenter", "batchDeleteSessions", response)).toMatchObject({
        error_code: "IIC.400",
        error_msg: "Bad Request: session_ids is invalid.",
      });
    }
    const user = server.users[0];
    const unknown = `${server.baseUrl}/v1/identity-stores/${user?.identityStoreId}/users/nobody/sessions/batch-delete`;
    const response = await fetch(await signed("POST", unknown, '{"session_ids":["a"]}'));
    expect(await specResponse("huawei-identitycenter", "batchDeleteSessions", response)).toMatchObject({
      error_code: "IIC.404",
    });
  });

  it("the body is signed: a body changed after signing is the gateway's 401 APIG.0301, and nothing is deleted", async () => {
    const { signed, base, listed, ids } = await store();
    const request = await signed("POST", `${base}/batch-delete`, JSON.stringify({ session_ids: [ids[0]] }));
    const tampered = new Request(request.url, {
      method: "POST",
      headers: request.headers,
      body: JSON.stringify({ session_ids: [ids[1]] }),
    });
    const response = await fetch(tampered);
    expect(await specResponse("huawei-identitycenter", "batchDeleteSessions", response)).toMatchObject({
      error_code: "APIG.0301",
      error_msg: "Incorrect IAM authentication information: signature mismatch",
    });
    expect(await listed()).toEqual(ids);
  });

  it("the read-only key pair lists but gets 403 IIC.1000 on the batch delete", async () => {
    const { server, batchDelete, listed, ids } = await store();
    const readOnly = {
      accessKeyId: server.readOnlyCredentials?.accessKeyId ?? "",
      secretAccessKey: server.readOnlyCredentials?.secretAccessKey ?? "",
    };
    const response = await batchDelete([ids[0]], readOnly);
    expect(await specResponse("huawei-identitycenter", "batchDeleteSessions", response)).toMatchObject({
      error_code: "IIC.1000",
      error_msg: "No permission for action BatchDeleteSessions.",
      encoded_authorization_message: expect.any(String),
    });
    expect(await listed()).toEqual(ids);
  });

  it("revoke faults: a batch naming a failing session fails whole, every time; a survivor is answered 200 and stays", async () => {
    const { server, batchDelete, listed, ids } = await store();
    server.setRevokeFaults({ failing: { [ids[0] ?? ""]: 500 }, survivors: [ids[1] ?? ""] });
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await batchDelete([ids[0], ids[2]]);
      expect(await specResponse("huawei-identitycenter", "batchDeleteSessions", response)).toMatchObject({
        error_code: "IIC.1209",
      });
    }
    expect(await listed()).toEqual(ids);
    expect((await batchDelete([ids[1], ids[2]])).status).toBe(200);
    expect(await listed()).toEqual([ids[0], ids[1]]);
  });
});
