import {
  createMonoCloudClient,
  listSessions,
  type MonoCloudValidationProblem,
  UnprocessableEntityError,
} from "@idp-sessions/monocloud";
import { afterAll, describe, expect, it } from "vitest";
import { startMockServers } from "../src/index.js";
import { monoCloudMock } from "../src/providers/monocloud/index.js";
import { RevokeState } from "../src/revoke-state.js";
import { ownServer } from "./own-server.js";
import { specResponse } from "./spec-response.js";

const mock = await startMockServers({ seed: 5, usersPerProvider: 1, sessionsPerUser: 9, providers: ["monocloud"] });
afterAll(() => mock.close());
const { monocloud } = mock.providers;
const userId = monocloud.users[0]?.userId ?? "";
const apiKey = monocloud.credentials.apiKey ?? "";
const sessionsUrl = (query: string) => `${monocloud.baseUrl}/users/${userId}/sessions?${query}`;
const get = (query: string, headers: Record<string, string> = {}) =>
  fetch(sessionsUrl(query), { headers: { "x-api-key": apiKey, ...headers } });

/** The spec's 422 (the SDKs' two forms): `type` names the form and `errors` has its shape. */
const expectValid422 = (body: unknown) => {
  const { type, title, status, errors, traceId, detail, ...rest } = body as Record<string, unknown>;
  expect({ title, status, rest }).toEqual({ title: "Unprocessable Entity", status: 422, rest: {} });
  expect(detail === undefined || typeof detail === "string").toBe(true);
  expect(traceId).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
  if (type === "https://httpstatuses.io/422#identity-validation-error") {
    expect(Array.isArray(errors)).toBe(true);
    for (const item of errors as unknown[])
      expect(item).toEqual({ code: expect.any(String), description: expect.any(String) });
  } else {
    expect(type).toBe("https://httpstatuses.io/422#validation-error");
    for (const messages of Object.values(errors as object)) expect(messages).toEqual([expect.any(String)]);
  }
};

describe("the monocloud mock answers 422 in both forms, as the official SDKs read them", () => {
  it("a bad size: the key form, errors by field name", async () => {
    const response = await get("size=500");
    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    const body = (await response.json()) as MonoCloudValidationProblem;
    expectValid422(body);
    expect(body).toMatchObject({
      type: "https://httpstatuses.io/422#validation-error",
      title: "Unprocessable Entity",
      status: 422,
      errors: { size: ["The field size must be between 1 and 100."] },
    });
  });

  it("on request (x-mock-422): the identity form, a list of {code, description}", async () => {
    const response = await get("size=5", { "x-mock-422": "identity-validation-error" });
    expect(response.status).toBe(422);
    const body = (await response.json()) as MonoCloudValidationProblem;
    expectValid422(body);
    expect(body).toMatchObject({
      type: "https://httpstatuses.io/422#identity-validation-error",
      errors: [{ code: "PasswordTooShort", description: "Passwords must be at least 8 characters." }],
    });
  });

  it("errorBody(422), as a fault would use it, is the key form and validates", () => {
    const fake = monoCloudMock(
      {
        seed: 1,
        usersPerProvider: 1,
        sessionsPerUser: 1,
        referenceMs: 0,
        kratosAuth: false,
        huaweiTemporaryCredentials: false,
      },
      new RevokeState(),
    );
    const { body, contentType } = fake.errorBody(422, "The request is not valid.");
    expect(contentType).toBe("application/problem+json");
    expectValid422(body);
    expect(body).toMatchObject({ type: "https://httpstatuses.io/422#validation-error" });
  });

  it("the client's error names the errors of either form", async () => {
    const client = createMonoCloudClient({ baseUrl: monocloud.baseUrl, apiKey, maxRetries: 0 });
    const error = await listSessions(client, { userId }, { pageSize: 500 })
      .collect()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect((error as UnprocessableEntityError).providerMessage).toBe("size: The field size must be between 1 and 100.");
  });
});

describe("the monocloud mock filters on client_id, the parameter the service documents", () => {
  it("returns only sessions of that client", async () => {
    const all = (await (await get("size=100")).json()) as { client_ids: string[] }[];
    const clientId = all[0]?.client_ids[0] ?? "";
    const response = await get(`size=100&client_id=${encodeURIComponent(clientId)}`);
    const filtered = (await response.json()) as { client_ids: string[] }[];
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.every((s) => s.client_ids.includes(clientId))).toBe(true);
    expect(JSON.parse(response.headers.get("x-pagination") ?? "{}")).toMatchObject({ total_count: filtered.length });
  });
});

async function tenant(revokeFaults = {}) {
  const server = await ownServer("monocloud", revokeFaults);
  const user = server.users[0]?.userId ?? "";
  const call = (method: string, path: string, key = server.credentials.apiKey ?? "", headers = {}) =>
    fetch(`${server.baseUrl}${path}`, { method, headers: { "x-api-key": key, ...headers } });
  const listed = async (userId = user) => {
    const response = await call("GET", `/users/${userId}/sessions?size=100`);
    const body = await specResponse("monocloud", "getUserSessions", response);
    return (body as { session_id: string }[]).map((s) => s.session_id);
  };
  return { server, user, call, listed, ids: await listed() };
}

describe("the monocloud mock's findUserSession and revokeUserSession (issue 16)", () => {
  it("finds a session, revokes it (204, no body), then it is gone: 404 on find, revoke and from the listing", async () => {
    const { call, listed, ids, user } = await tenant();
    const [id = "", ...rest] = ids;
    const found = await call("GET", `/users/${user}/sessions/${id}`);
    expect(await specResponse("monocloud", "findUserSession", found)).toMatchObject({ session_id: id });
    const revoke = await call("DELETE", `/users/${user}/sessions/${id}`);
    expect(revoke.status).toBe(204);
    expect(await specResponse("monocloud", "revokeUserSession", revoke)).toBeUndefined();
    expect(await listed()).toEqual(rest);
    for (const [operation, method] of [
      ["findUserSession", "GET"],
      ["revokeUserSession", "DELETE"],
    ] as const) {
      const gone = await call(method, `/users/${user}/sessions/${id}`);
      expect(gone.headers.get("content-type")).toContain("application/problem+json");
      expect(await specResponse("monocloud", operation, gone)).toMatchObject({
        status: 404,
        detail: "Session not found.",
      });
    }
  });

  it("404 for an unknown user and for another user's session; 401 for a wrong key", async () => {
    const { server, call, ids, user } = await tenant();
    const other = server.users[1]?.userId ?? "";
    const unknownUser = await call("DELETE", `/users/nobody/sessions/${ids[0]}`);
    expect(await specResponse("monocloud", "revokeUserSession", unknownUser)).toMatchObject({
      detail: "User not found.",
    });
    const notTheirs = await call("DELETE", `/users/${other}/sessions/${ids[0]}`);
    expect(await specResponse("monocloud", "revokeUserSession", notTheirs)).toMatchObject({ status: 404 });
    const wrongKey = await call("GET", `/users/${user}/sessions/${ids[0]}`, "wrong");
    expect(await specResponse("monocloud", "findUserSession", wrongKey)).toMatchObject({ status: 401 });
  });

  it("revoke faults: a failing session answers its status every time; a survivor is answered 204 and stays", async () => {
    const { server, call, listed, ids, user } = await tenant();
    server.setRevokeFaults({ failing: { [ids[0] ?? ""]: 500 }, survivors: [ids[1] ?? ""] });
    for (let attempt = 0; attempt < 2; attempt++) {
      const failed = await call("DELETE", `/users/${user}/sessions/${ids[0]}`);
      expect(await specResponse("monocloud", "revokeUserSession", failed)).toMatchObject({ status: 500 });
    }
    expect((await call("DELETE", `/users/${user}/sessions/${ids[1]}`)).status).toBe(204);
    expect(await listed()).toEqual(ids);
    const header = await call("DELETE", `/users/${user}/sessions/${ids[2]}`, undefined, { "x-mock-fault": "429=0" });
    expect(await specResponse("monocloud", "revokeUserSession", header)).toMatchObject({ status: 429 });
    expect(await listed()).toEqual(ids);
  });
});
