import { replyJson, startRecordingServer } from "@idp-sessions/testing";
import { describe, expect, it, onTestFinished } from "vitest";
import { OPERATIONS } from "../src/generated/operations.gen.js";
import { createHuaweiIdentityCenterClient, type HuaweiIdentityCenterListParams, listSessions } from "../src/index.js";

const operation = OPERATIONS.listUserSessions;
const parameters: Readonly<Record<string, { type?: string }>> = operation.parameters;
const names: readonly string[] = operation.passThrough;
/** A value of the parameter's schema type, as the caller would pass it and as it reads on the wire. */
const sample = (name: string) =>
  parameters[name]?.type === "boolean" ? [true, "true"] : parameters[name]?.type === "integer" ? [7, "7"] : ["x", "x"];

describe("huawei-identitycenter pass-through query parameters", () => {
  it("sends every one the spec declares (none today), and nothing a caller adds beside them", async () => {
    const server = await startRecordingServer((_, res) => replyJson(res, 200, { session_list: [] }));
    onTestFinished(() => server.close());
    const client = createHuaweiIdentityCenterClient({
      baseUrl: server.origin,
      accessKeyId: "AK",
      secretAccessKey: "SK",
    });
    const given = Object.fromEntries(names.map((name) => [name, sample(name)[0]]));
    const params = { identityStoreId: "d-1", userId: "u1", ...given, notInTheSpec: "x" };
    await listSessions(client, params as HuaweiIdentityCenterListParams).collect();
    const url = new URL(server.requests[0]?.rawUrl ?? "", server.origin);
    expect(url.pathname).toBe("/v1/identity-stores/d-1/users/u1/sessions");
    expect(Object.fromEntries(url.searchParams)).toEqual(Object.fromEntries(names.map((n) => [n, sample(n)[1]])));
  });
});
