import { createAuth0Client, listSessions as listAuth0 } from "@idp-sessions/auth0";
import { createHuaweiIdentityCenterClient, listSessions as listHuawei } from "@idp-sessions/huawei-identitycenter";
import { createMonoCloudClient, listSessions as listMonoCloud } from "@idp-sessions/monocloud";
import { createOryKratosClient, listSessions as listKratos } from "@idp-sessions/ory-kratos";
import { createZitadelClient, listSessions as listZitadel } from "@idp-sessions/zitadel";
import { afterAll, describe, expect, it } from "vitest";
import { startMockServers } from "../src/index.js";

const mock = await startMockServers({ seed: 7, usersPerProvider: 2, sessionsPerUser: 23 });
afterAll(() => mock.close());
const p = mock.providers;

describe("the real clients list every session of every user, page by page", () => {
  it("auth0 (from/take, next)", async () => {
    const client = createAuth0Client({ baseUrl: p.auth0.baseUrl, token: p.auth0.credentials.token });
    for (const user of p.auth0.users) {
      const sessions = await listAuth0(client, { userId: user.userId }, { pageSize: 5 }).collect();
      expect(sessions).toHaveLength(user.sessionCount);
      expect(new Set(sessions.map((s) => s.id)).size).toBe(user.sessionCount);
      expect(sessions.every((s) => s.user_id === user.userId)).toBe(true);
    }
  });

  it("ory-kratos (page_size/page_token, Link)", async () => {
    const client = createOryKratosClient({
      baseUrl: p["ory-kratos"].baseUrl,
      token: p["ory-kratos"].credentials.token,
    });
    const user = p["ory-kratos"].users[1];
    if (!user) throw new Error("no user");
    const pages = [];
    for await (const page of listKratos(client, { identityId: user.userId }, { pageSize: 10 }).pages()) {
      pages.push(page.items.length);
      expect(page.response.headers.get("x-total-count")).toBe("23");
    }
    expect(pages).toEqual([10, 10, 3]);
    const active = await listKratos(client, { identityId: user.userId, active: true }).collect();
    const inactive = await listKratos(client, { identityId: user.userId, active: false }).collect();
    expect(active.every((s) => s.active) && inactive.every((s) => !s.active)).toBe(true);
    expect(active.length + inactive.length).toBe(23);
  });

  it("monocloud (page/size, x-pagination), sorted either way", async () => {
    const client = createMonoCloudClient({ baseUrl: p.monocloud.baseUrl, apiKey: p.monocloud.credentials.apiKey });
    const userId = p.monocloud.users[0]?.userId ?? "";
    const asc = await listMonoCloud(client, { userId, sort: "initiated_at:1" }, { pageSize: 4 }).collect();
    const desc = await listMonoCloud(client, { userId, sort: "initiated_at:-1" }, { pageSize: 4 }).collect();
    expect(asc).toHaveLength(23);
    expect(desc.map((s) => s.session_id)).toEqual(asc.map((s) => s.session_id).reverse());
    const byExpiry = await listMonoCloud(client, { userId, sort: "expires_at:1" }, { pageSize: 7 }).collect();
    expect(byExpiry.map((s) => s.expires_at)).toEqual([...byExpiry.map((s) => s.expires_at)].sort((a, b) => a - b));
  });

  it("zitadel (offset/limit, totalResult as a string)", async () => {
    const client = createZitadelClient({ baseUrl: p.zitadel.baseUrl, token: p.zitadel.credentials.token });
    const userId = p.zitadel.users[0]?.userId ?? "";
    const sessions = await listZitadel(client, { userId }, { pageSize: 6 }).collect();
    expect(sessions).toHaveLength(23);
    expect(sessions.every((s) => s.factors?.user?.id === userId)).toBe(true);
    expect(await listZitadel(client, { userId: "1" }).collect()).toEqual([]);
  });

  it("huawei-identitycenter (one signed response)", async () => {
    const { accessKeyId, secretAccessKey } = p["huawei-identitycenter"].credentials;
    const client = createHuaweiIdentityCenterClient({
      baseUrl: p["huawei-identitycenter"].baseUrl,
      accessKeyId,
      secretAccessKey,
    });
    const user = p["huawei-identitycenter"].users[0];
    const sessions = await listHuawei(client, {
      identityStoreId: user?.identityStoreId ?? "",
      userId: user?.userId ?? "",
    }).collect();
    expect(sessions).toHaveLength(23);
  });

  it("is deterministic: the same seed gives the same users and sessions", async () => {
    const again = await startMockServers({ seed: 7, usersPerProvider: 2, sessionsPerUser: 23, providers: ["auth0"] });
    try {
      expect(again.providers.auth0.users).toEqual(p.auth0.users);
      expect(again.providers.auth0.credentials).toEqual(p.auth0.credentials);
      const list = (baseUrl: string, token = "") =>
        listAuth0(createAuth0Client({ baseUrl, token }), { userId: p.auth0.users[0]?.userId ?? "" }).collect();
      expect(await list(again.providers.auth0.baseUrl, again.providers.auth0.credentials.token)).toEqual(
        await list(p.auth0.baseUrl, p.auth0.credentials.token),
      );
    } finally {
      await again.close();
    }
  });
});

describe("options", () => {
  it("kratosAuth: false acts like a self-hosted admin API: no credentials needed or handed out", async () => {
    const selfHosted = await startMockServers({ providers: ["ory-kratos"], kratosAuth: false, sessionsPerUser: 3 });
    try {
      const { baseUrl, credentials, users } = selfHosted.providers["ory-kratos"];
      expect(credentials).toEqual({});
      const sessions = await listKratos(createOryKratosClient({ baseUrl }), {
        identityId: users[0]?.userId ?? "",
      }).collect();
      expect(sessions).toHaveLength(3);
    } finally {
      await selfHosted.close();
    }
  });

  it("starts only the providers asked for, and counts requests", async () => {
    const subset = await startMockServers({ providers: ["zitadel"], sessionsPerUser: 1 });
    try {
      expect(Object.keys(subset.providers)).toEqual(["zitadel"]);
      const { baseUrl, credentials, users } = subset.providers.zitadel;
      await listZitadel(createZitadelClient({ baseUrl, token: credentials.token }), {
        userId: users[0]?.userId ?? "",
      }).collect();
      expect(subset.providers.zitadel.requestCount).toBe(1);
    } finally {
      await subset.close();
    }
  });
});
