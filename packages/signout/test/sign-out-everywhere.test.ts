import { type ProviderId as MockProviderId, type MockServers, startMockServers } from "@idp-sessions/mock";
import { afterEach, describe, expect, it } from "vitest";
import {
  APIUserAbortError,
  type Identity,
  PermissionDeniedError,
  type ProviderId,
  REVOKERS,
  signOutEverywhere,
} from "../src/index.js";
import { identityOf } from "./identities.js";

const PROVIDERS = Object.keys(REVOKERS) as ProviderId[];
let servers: MockServers<MockProviderId> | undefined;
afterEach(async () => {
  await servers?.close();
  servers = undefined;
});

async function person(): Promise<{ identities: Identity[]; servers: MockServers<MockProviderId> }> {
  servers = await startMockServers({ usersPerProvider: 2, sessionsPerUser: 24, seed: 9 });
  const started = servers;
  const identities = PROVIDERS.map((provider) => {
    const mock = started.providers[provider];
    return identityOf(provider, mock, mock.users[0] as (typeof mock.users)[0]);
  });
  return { identities, servers: started };
}

describe("signOutEverywhere", () => {
  it("signs a person out at all five providers at once, one report each, and proves it", async () => {
    const { identities } = await person();
    const plan = await signOutEverywhere(identities, { dryRun: true });
    expect(plan.dryRun).toBe(true);
    expect(plan.results.map((r) => r.provider)).toEqual(PROVIDERS);
    for (const result of plan.results) expect(result.report?.found.length).toBeGreaterThan(0);

    const report = await signOutEverywhere(identities);
    expect(report.results.map((r) => [r.provider, r.error, r.report?.complete])).toEqual(
      PROVIDERS.map((p) => [p, null, true]),
    );
    expect(report.complete).toBe(true);
    const after = await signOutEverywhere(identities, { dryRun: true });
    expect(after.results.map((r) => r.report?.found)).toEqual(PROVIDERS.map(() => []));
  });

  it("one provider refusing the credential does not stop the others, and the run is not complete", async () => {
    const { identities, servers: started } = await person();
    const auth0 = started.providers.auth0;
    const reader = identityOf("auth0", auth0, auth0.users[0] as (typeof auth0.users)[0], auth0.readOnlyCredentials);
    const report = await signOutEverywhere(identities.map((i) => (i.provider === "auth0" ? reader : i)));
    expect(report.complete).toBe(false);
    for (const result of report.results) {
      if (result.provider === "auth0") {
        expect(result.report?.failed.every((f) => f.error instanceof PermissionDeniedError)).toBe(true);
      } else expect(result.report?.complete).toBe(true);
    }
  });

  it("reports a provider it cannot list as an error, not a crash", async () => {
    const { identities, servers: started } = await person();
    const kratos = started.providers["ory-kratos"];
    const wrongKey = identityOf("ory-kratos", kratos, kratos.users[0] as (typeof kratos.users)[0], {
      token: "not-the-key",
    });
    const report = await signOutEverywhere(identities.map((i) => (i.provider === "ory-kratos" ? wrongKey : i)));
    const failed = report.results.find((r) => r.provider === "ory-kratos");
    expect(failed?.report).toBeNull();
    expect(failed?.error?.provider).toBe("ory-kratos");
    expect(report.results.filter((r) => r.report?.complete)).toHaveLength(PROVIDERS.length - 1);
  });

  it("an abort stops every provider", async () => {
    const { identities } = await person();
    await expect(signOutEverywhere(identities, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(
      APIUserAbortError,
    );
  });
});
