import { describe, expect, it } from "vitest";
import { canonicalQuery, canonicalRequest, canonicalUri, formatSdkDate, signRequest } from "../src/index.js";

// The worked example of Huawei Cloud's API signing guide (AK/SK authentication), with its published signature.
const EXAMPLE = {
  url: "https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0",
  ak: "QTWAOYTTINDUT2QVKYUC",
  sk: "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc",
};

const sha256 = async (text: string) =>
  Array.from(new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text))), (b) =>
    b.toString(16).padStart(2, "0"),
  ).join("");

describe("signRequest", () => {
  const request = () =>
    new Request(EXAMPLE.url, { headers: { "Content-Type": "application/json", "X-Sdk-Date": "20191115T033655Z" } });

  it("reproduces the official worked example byte for byte", async () => {
    const signed = await signRequest(request(), { accessKeyId: EXAMPLE.ak, secretAccessKey: EXAMPLE.sk });
    expect(signed.headers.get("authorization")).toBe(
      "SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=content-type;host;x-sdk-date, Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe",
    );
    const { text } = await canonicalRequest(request(), request().headers);
    expect(await sha256(text)).toBe("b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a");
  });

  it("keeps an X-Sdk-Date already on the request, else takes it from now", async () => {
    const now = new Date("2026-11-22T03:04:05.678Z");
    expect(
      (await signRequest(request(), { accessKeyId: "a", secretAccessKey: "s" }, now)).headers.get("x-sdk-date"),
    ).toBe("20191115T033655Z");
    const fresh = await signRequest(new Request(EXAMPLE.url), { accessKeyId: "a", secretAccessKey: "s" }, now);
    expect(fresh.headers.get("x-sdk-date")).toBe("20261122T030405Z");
    expect(formatSdkDate(now)).toBe("20261122T030405Z");
  });

  it("adds and signs X-Security-Token with temporary credentials", async () => {
    const signed = await signRequest(request(), { accessKeyId: "a", secretAccessKey: "s", securityToken: "tok" });
    expect(signed.headers.get("x-security-token")).toBe("tok");
    expect(signed.headers.get("authorization")).toContain(
      "SignedHeaders=content-type;host;x-sdk-date;x-security-token,",
    );
  });

  it("signs the port when the URL has one, and never signs an old Authorization", async () => {
    const r = new Request("http://127.0.0.1:8443/v1/x", {
      headers: { authorization: "stale", "x-sdk-date": "20191115T033655Z" },
    });
    const { text, signedHeaders } = await canonicalRequest(r, r.headers);
    expect(signedHeaders).toBe("host;x-sdk-date");
    expect(text).toContain("\nhost:127.0.0.1:8443\n");
  });

  it("hashes the body", async () => {
    const r = new Request("https://h.example/v1/x", {
      method: "POST",
      body: '{"a":1}',
      headers: { "x-sdk-date": "20191115T033655Z" },
    });
    const { text } = await canonicalRequest(r, r.headers);
    expect(text.endsWith(`\n${await sha256('{"a":1}')}`)).toBe(true);
  });

  it("signs a request without a body with the hash of no bytes", async () => {
    const r = new Request("https://h.example/v1/x", { headers: { "x-sdk-date": "20191115T033655Z" } });
    const { text } = await canonicalRequest(r, r.headers);
    expect(text.endsWith(`\n${await sha256("")}`)).toBe(true);
  });

  it("signs with the credentials' current secret, also when the same object's secret changes", async () => {
    const credentials = { accessKeyId: EXAMPLE.ak, secretAccessKey: EXAMPLE.sk };
    const first = (await signRequest(request(), credentials)).headers.get("authorization");
    expect(first).toContain("Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe");
    // Rotated in place: the key imported for the old secret must not sign.
    credentials.secretAccessKey = "another-secret";
    const rotated = (await signRequest(request(), credentials)).headers.get("authorization");
    const fresh = (
      await signRequest(request(), { accessKeyId: EXAMPLE.ak, secretAccessKey: "another-secret" })
    ).headers.get("authorization");
    expect(rotated).toBe(fresh);
    expect(rotated).not.toBe(first);
    // And back: the same object signs as the worked example again.
    credentials.secretAccessKey = EXAMPLE.sk;
    expect((await signRequest(request(), credentials)).headers.get("authorization")).toBe(first);
  });
});

describe("canonicalisation", () => {
  it.each([
    ["/v1/a/b", "/v1/a/b/"],
    ["/v1/a/", "/v1/a/"],
    ["/v1/user%2Fwith%20space/sessions", "/v1/user%2Fwith%20space/sessions/"],
    ["/v1/%E3%83%A6/x", "/v1/%E3%83%A6/x/"],
    ["/v1/a!b'c(d)*e~f/x", "/v1/a%21b%27c%28d%29%2Ae~f/x/"],
    ["/v1/%7Euser/x", "/v1/~user/x/"],
  ])("URI %s -> %s", (path, expected) => expect(canonicalUri(path)).toBe(expected));

  it("sorts names by code unit, sorts repeated values, signs a bare name as name=", () => {
    const query = new URLSearchParams("b=2&a=z&a=y&B=1&flag&c=a%20b&%C3%A9=1");
    expect(canonicalQuery(query)).toBe("B=1&a=y&a=z&b=2&c=a%20b&flag=&%C3%A9=1");
  });
});
