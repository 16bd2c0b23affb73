import { json, observedFetch } from "@idp-sessions/testing";
import { describe, expect, it } from "vitest";
import { SECURITY, SERVERS } from "../src/generated/operations.gen.js";
import { ConfigurationError, createMonoCloudClient, listSessions, MONOCLOUD } from "../src/index.js";

describe("createMonoCloudClient, bound to the spec's servers and security", () => {
  it("calls the spec's server with domain, and sends the key in the spec's API-key header", async () => {
    const fetch = observedFetch(() => json([], { headers: { "x-pagination": '{"has_next":false}' } }));
    const client = createMonoCloudClient({ domain: "Acme.EU.monocloud.com", apiKey: "mc-key-TESTSECRET-7", fetch });
    await listSessions(client, { userId: "u1" }).collect();
    const [scheme] = SECURITY.schemes;
    const request = fetch.requests[0];
    expect(request?.url).toBe(
      `${SERVERS[0].url.replace("{tenant_domain}", "acme.eu.monocloud.com")}/users/u1/sessions?page=1`,
    );
    expect(request?.headers.get(scheme.header)).toBe("mc-key-TESTSECRET-7");
  });

  it.each([
    [{ domain: "acme.us.monocloud.com", apiKey: undefined }, "pass apiKey"],
    [{ domain: "acme.us.monocloud.com", apiKey: "" }, "pass apiKey"],
    [{ apiKey: undefined }, "pass apiKey"],
    [{ apiKey: "k" }, "pass domain or baseUrl"],
    [
      { domain: "acme.us.monocloud.com", baseUrl: "https://acme.us.monocloud.com/api", apiKey: "k" },
      "pass either domain or baseUrl, not both",
    ],
    [
      { domain: "acme.com/evil", apiKey: "k" },
      'domain must be a bare host name such as "example.com", got "acme.com/evil"',
    ],
    [{ baseUrl: "http://acme.us.monocloud.com/api", apiKey: "k" }, "baseUrl must use https://"],
  ])("refuses %j with a ConfigurationError", (options, message) => {
    const create = () => createMonoCloudClient(options);
    expect(create).toThrow(ConfigurationError);
    expect(create).toThrow(message);
    expect(create).toThrow(expect.objectContaining({ provider: MONOCLOUD.provider }));
  });
});
