import { gzipSync } from "node:zlib";
import { DEFAULT_MAX_RESPONSE_BYTES } from "@idp-sessions/core";
import { expectNoSecrets, type RecordingServer, SECRET_MARKER, startRecordingServer } from "@idp-sessions/testing";
import { afterEach, describe, expect, it } from "vitest";
import { type Env, formatReports, MAX_DEPTH, REPORT_FORMATS, renderReport, runLiveContract } from "../src/index.js";
import {
  deepResponse,
  echoError,
  echoResponse,
  HOSTILE_PROVIDERS,
  type HostileProvider,
  type HostileResponse,
} from "./hostile-responses.js";

// Credentials with the characters JSON text, JSON pointers and URLs escape; each holds the test marker.
const secret = (name: string) => `${SECRET_MARKER}-${name}/k"e~y_0123456789abcdef`;
const SECRETS = {
  AUTH0_TOKEN: secret("auth0"),
  ORY_API_KEY: secret("ory"),
  MONOCLOUD_API_KEY: secret("monocloud"),
  ZITADEL_TOKEN: secret("zitadel"),
  HUAWEI_ACCESS_KEY_ID: secret("ak"),
  HUAWEI_SECRET_ACCESS_KEY: secret("sk"),
  HUAWEI_SECURITY_TOKEN: secret("sts"),
};

function envFor(provider: HostileProvider, origin: string): Env {
  const base: Record<HostileProvider, Env> = {
    auth0: { AUTH0_BASE_URL: `${origin}/api/v2`, AUTH0_USER_ID: "auth0|u1" },
    "ory-kratos": { ORY_KRATOS_BASE_URL: origin, ORY_IDENTITY_ID: "6f1c1f70-0d5a-4d1f-9a0b-2e6f6b1c2d3e" },
    monocloud: { MONOCLOUD_BASE_URL: `${origin}/api`, MONOCLOUD_USER_ID: "u1" },
    zitadel: { ZITADEL_BASE_URL: origin, ZITADEL_USER_ID: "1" },
    "huawei-identitycenter": { HUAWEI_BASE_URL: origin, HUAWEI_IDENTITY_STORE_ID: "d-1", HUAWEI_USER_ID: "u1" },
  };
  return { ...SECRETS, ...base[provider] };
}

/** What the server received that is a credential: whole headers and the token inside them. */
function received(headers: Record<string, string | string[] | undefined>): string[] {
  const values = ["authorization", "x-api-key", "x-security-token"].flatMap((h) => headers[h] ?? []);
  return [...values, ...values.flatMap((v) => [...v.matchAll(/(?:Bearer |Access=)([^,\s]+)/g)].map((m) => m[1] ?? ""))];
}

let server: RecordingServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function runAgainst(provider: HostileProvider, answer: (echoes: string[]) => HostileResponse) {
  server = await startRecordingServer((request, res) => {
    const { status, headers, text } = answer(received(request.headers));
    res.writeHead(status, headers);
    res.end(text);
  });
  return runLiveContract(envFor(provider, server.origin), [provider]);
}

describe.each(HOSTILE_PROVIDERS)("%s against a hostile server", (provider) => {
  it("echoing its credentials into values, property names and headers: the report carries none of them, in any format", async () => {
    const { reports, summary, ok, document } = await runAgainst(provider, (echoes) => echoResponse(provider, echoes));
    const [report] = reports;
    const formats = REPORT_FORMATS.map((format) => renderReport(document, format));
    // The premise: the server got credentials and echoed them, and the report had to redact them.
    expect(received(server?.requests[0]?.headers ?? {}).join(" ")).toContain(SECRET_MARKER);
    expect([ok, report?.status]).toEqual([false, "failed"]);
    expect(report?.violations.length).toBeGreaterThan(0);
    expect(JSON.stringify(report)).toContain("[redacted]");
    expectNoSecrets([report, summary, formatReports(reports), ...formats], [...Object.values(SECRETS), SECRET_MARKER]);
  });

  it("echoing them into an error: the reason carries none of them", async () => {
    const { reports, summary, document } = await runAgainst(provider, echoError);
    expect(reports[0]?.status).toBe("failed");
    expect(reports[0]?.reason).toBeTruthy();
    const formats = REPORT_FORMATS.map((format) => renderReport(document, format));
    expectNoSecrets([reports[0], summary, ...formats], [...Object.values(SECRETS), SECRET_MARKER]);
  });

  it("answering 100,000 levels deep: a violation at the first level too deep, and the summary is printed", async () => {
    const { reports, summary, ok } = await runAgainst(provider, () => deepResponse(provider, 100_000));
    expect(ok).toBe(false);
    const deep = reports[0]?.violations.find((v) => v.in === "body" && v.message.startsWith("nested deeper"));
    expect(deep?.pointer.split("/").length).toBe(MAX_DEPTH + 1);
    expect(summary).toContain(`nested deeper than ${MAX_DEPTH} levels`);
    expect(summary).toContain("1 checked, 0 skipped, 1 failed");
  });
});

describe("a body that inflates past the size cap", () => {
  it("is a failed report naming the size cap, and the run goes on to print it", async () => {
    const bomb = gzipSync(Buffer.alloc(DEFAULT_MAX_RESPONSE_BYTES + (4 << 20)));
    const { reports, ok } = await runAgainst("auth0", () => ({
      status: 200,
      headers: { "content-type": "application/json", "content-encoding": "gzip" },
      text: bomb,
    }));
    expect(ok).toBe(false);
    expect(reports[0]?.status).toBe("failed");
    expect(reports[0]?.reason).toContain(`exceeded maxResponseBytes (${DEFAULT_MAX_RESPONSE_BYTES} bytes)`);
  });
});

describe("an unknown provider id (from JavaScript, past the types)", () => {
  it("is a failed report with a provider violation, and the summary is printed", async () => {
    const { reports, summary, ok } = await runLiveContract({}, ["okta", "auth0"] as never);
    expect(ok).toBe(false);
    expect(reports[0]).toMatchObject({
      provider: "okta",
      status: "failed",
      requests: 0,
      violations: [{ in: "provider", pointer: "", message: "unknown provider", actual: '"okta"' }],
    });
    expect(reports[1]?.status).toBe("skipped");
    expect(summary).toContain("violation: provider /: unknown provider (expected one of huawei-identitycenter");
    expect(summary).toContain("1 checked, 1 skipped, 1 failed");
  });
});
