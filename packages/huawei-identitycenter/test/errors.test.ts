import { readdirSync, readFileSync } from "node:fs";
import { caught, json, observedFetch } from "@idp-sessions/testing";
import { describe, expect, it } from "vitest";
import {
  APIError,
  ConfigurationError,
  createHuaweiIdentityCenterClient,
  encodedAuthorizationMessage,
  type HuaweiIdentityCenterErrorBody,
  listSessions,
  PermissionDeniedError,
} from "../src/index.js";

const creds = { accessKeyId: "HPUAEXAMPLEAK", secretAccessKey: "huawei-TESTSECRET-key-abc123" };
const PARAMS = { identityStoreId: "d-123", userId: "u1" };
const EAM = "Egpjbi1ub3J0aC00EhBleGFtcGxlLWRlbmllZBoEMTIzNA==";

interface ErrorFixture {
  status: number;
  headers: Record<string, string>;
  body: HuaweiIdentityCenterErrorBody;
}

async function failWith(body: unknown, status = 403, headers: Record<string, string> = {}): Promise<unknown> {
  const fetch = observedFetch(() => json(body, { status, headers }));
  const client = createHuaweiIdentityCenterClient({ region: "ap-southeast-1", ...creds, fetch, maxRetries: 0 });
  return caught(() => listSessions(client, PARAMS).collect());
}

describe("huawei-identitycenter error bodies, as the official SDKs read them", () => {
  const dir = new URL("../../../specs/fixtures/huawei-identitycenter/", import.meta.url);
  const fixtures = readdirSync(dir)
    .filter((f) => f.startsWith("error-"))
    .map((f) => [f, JSON.parse(readFileSync(new URL(f, dir), "utf8")) as ErrorFixture] as const);

  /** What Go core/sdkerr and Python's DefaultExceptionHandler take: the flat fields first, else the nested. */
  function sdkReading(body: HuaweiIdentityCenterErrorBody) {
    const error = "error" in body ? body.error : undefined;
    const flat = "error_code" in body ? body : undefined;
    return {
      code: flat?.error_code ?? error?.code,
      providerMessage: flat?.error_msg ?? error?.message,
      encoded: flat?.encoded_authorization_message ?? error?.encoded_authorization_message ?? undefined,
    };
  }

  it.each(fixtures)("%s: code, message, request id and encoded message", async (_file, fixture) => {
    const error = await failWith(fixture.body, fixture.status, fixture.headers);
    const expected = sdkReading(fixture.body);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toMatchObject({
      status: fixture.status,
      code: expected.code,
      providerMessage: expected.providerMessage,
      // The header is what the SDKs read; the body's request_id, when there, is the same id.
      requestId: fixture.headers["x-request-id"],
    });
    expect(encodedAuthorizationMessage(error)).toBe(expected.encoded);
  });

  it("a 403 keeps the encoded message out of the error's text", async () => {
    const error = await failWith({
      error_code: "IIC.1000",
      error_msg: "No permission.",
      encoded_authorization_message: EAM,
    });
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(encodedAuthorizationMessage(error)).toBe(EAM);
    expect(String(error)).not.toContain(EAM);
  });

  it("the flat field wins over the nested one, as in the Go and Python SDKs", async () => {
    const error = await failWith({
      error_code: "IIC.1000",
      error_msg: "flat",
      encoded_authorization_message: "flat-message",
      error: { code: "IIC.1001", message: "nested", encoded_authorization_message: "nested-message" },
    });
    expect(error).toMatchObject({ code: "IIC.1000", providerMessage: "flat" });
    expect(encodedAuthorizationMessage(error)).toBe("flat-message");
  });

  it.each<[string, unknown]>([
    ["null", { error_code: "IIC.1000", error_msg: "m", encoded_authorization_message: null }],
    ["a number", { error_code: "IIC.1000", error_msg: "m", encoded_authorization_message: 42 }],
    ["empty", { error_code: "IIC.1000", error_msg: "m", encoded_authorization_message: "" }],
    ["an object", { error: { code: "C", message: "m", encoded_authorization_message: { a: 1 } } }],
    ["inherited", JSON.parse('{"__proto__": {"encoded_authorization_message": "x"}}')],
    ["absent from a non-JSON body", "Forbidden"],
  ])("no encoded message when it is %s", async (_name, body) => {
    expect(encodedAuthorizationMessage(await failWith(body))).toBeUndefined();
  });

  it("anything but an APIError has none", () => {
    expect(encodedAuthorizationMessage(new ConfigurationError({ provider: "p", operation: "o" }, "x"))).toBeUndefined();
    expect(encodedAuthorizationMessage({ body: { encoded_authorization_message: EAM } })).toBeUndefined();
    expect(encodedAuthorizationMessage(undefined)).toBeUndefined();
  });
});
