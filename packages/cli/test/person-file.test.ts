import { afterEach, describe, expect, it } from "vitest";
import { main } from "../src/main.js";
import { fakeIo } from "./helpers/fake-io.js";
import { personDir } from "./helpers/person.js";

let files: Awaited<ReturnType<typeof personDir>> | undefined;
afterEach(async () => {
  await files?.cleanup();
  files = undefined;
});

const auth0 = { AUTH0_DOMAIN: "acme.eu.auth0.com", AUTH0_USER_ID: "auth0|u" };

/** Each bad file and the start of its error after the file's name: the JSON pointer of what is wrong. */
const CASES: [string, unknown, string][] = [
  ["not JSON", "{ providers: ", " is not valid JSON"],
  ["an array", [auth0], ": / must be an object"],
  [
    "an unknown top-level key",
    { providers: { auth0 }, users: [] },
    ': /users is not allowed: only "name" and "providers"',
  ],
  ["a name that is not a string", { name: 7, providers: { auth0 } }, ": /name must be a non-empty string"],
  ["no providers", { providers: {} }, ": /providers must be an object with at least one of"],
  [
    "an unknown provider",
    { providers: { okta: auth0 } },
    ": /providers/okta is not a provider: use huawei-identitycenter,",
  ],
  [
    "a misspelt variable",
    { providers: { auth0: { ...auth0, AUTH0_DOMAN: "x" } } },
    ": /providers/auth0/AUTH0_DOMAN is not a variable of auth0: use AUTH0_DOMAIN,",
  ],
  [
    "another provider's variable",
    { providers: { auth0: { ...auth0, ZITADEL_TOKEN: "x" } } },
    ": /providers/auth0/ZITADEL_TOKEN is not a variable of auth0",
  ],
  [
    "a number for a value",
    { providers: { auth0: { ...auth0, AUTH0_USER_ID: 42 } } },
    ": /providers/auth0/AUTH0_USER_ID must be a non-empty string",
  ],
  [
    "an empty value",
    { providers: { auth0: { ...auth0, AUTH0_DOMAIN: " " } } },
    ": /providers/auth0/AUTH0_DOMAIN must be a non-empty string",
  ],
  [
    "no user",
    { providers: { auth0: { AUTH0_DOMAIN: "acme.eu.auth0.com" } } },
    ": /providers/auth0 needs AUTH0_USER_ID (the user at auth0)",
  ],
  [
    "Huawei without its identity store",
    { providers: { "huawei-identitycenter": { HUAWEI_REGION: "ap-southeast-1", HUAWEI_USER_ID: "u" } } },
    ": /providers/huawei-identitycenter needs HUAWEI_IDENTITY_STORE_ID",
  ],
  [
    "both address forms",
    { providers: { auth0: { ...auth0, AUTH0_BASE_URL: "https://x" } } },
    ": /providers/auth0 has both AUTH0_DOMAIN and AUTH0_BASE_URL: keep one",
  ],
  [
    "a method where there is no choice",
    { providers: { monocloud: { MONOCLOUD_DOMAIN: "x.monocloud.com", MONOCLOUD_USER_ID: "u", method: "revoke" } } },
    ": /providers/monocloud/method is not allowed: monocloud has one way of revoking",
  ],
  [
    "an unknown method",
    { providers: { "ory-kratos": { ORY_PROJECT_SLUG: "acme", ORY_IDENTITY_ID: "u", method: "purge" } } },
    ": /providers/ory-kratos/method must be one of disable, delete",
  ],
  [
    "a key with a slash",
    { providers: { auth0: { ...auth0, "a/b": "x" } } },
    ": /providers/auth0/a~1b is not a variable of auth0",
  ],
  [
    "no address anywhere",
    { providers: { auth0: { AUTH0_USER_ID: "auth0|u" } } },
    ": /providers/auth0: auth0 needs --domain (AUTH0_DOMAIN) or --base-url (AUTH0_BASE_URL)",
  ],
];

describe("person files", () => {
  it.each(CASES)("%s: exit 2, the file and the pointer named", async (_what, content, message) => {
    files = await personDir();
    const file = await files.write("person.json", content);
    const { io, stderr, stdout } = fakeIo({ env: { AUTH0_TOKEN: "t", ORY_API_KEY: "k", MONOCLOUD_API_KEY: "k" } });
    expect(await main(["signout", "--person", file, "--yes"], io)).toBe(2);
    expect(stderr()).toContain(`idp-sessions signout: ${file}${message}`);
    expect(stdout()).toBe("");
  });

  it("a file that is not JSON is reported without quoting it: the text near the mistake may be a credential", async () => {
    files = await personDir();
    const token = "eyJhbGciOiJSUzI1NiJ9.TESTSECRET-person-file";
    const file = await files.write("person.json", `{"providers": {"auth0": {"AUTH0_TOKEN": ${token}}}}`);
    const { io, stderr, stdout } = fakeIo();
    expect(await main(["signout", "--person", file, "--yes"], io)).toBe(2);
    expect(stderr()).toContain(`${file} is not valid JSON`);
    expect(stderr() + stdout()).not.toContain("eyJhbGciOi");
  });

  it("a file that cannot be read is named, with the reason", async () => {
    const { io, stderr } = fakeIo();
    expect(await main(["signout", "--person", "/nonexistent/person.json", "--dry-run"], io)).toBe(2);
    expect(stderr()).toContain("cannot read the person file /nonexistent/person.json (ENOENT)");
  });

  it("the user comes from the file only: AUTH0_USER_ID in the environment is not someone to sign out", async () => {
    files = await personDir();
    const file = await files.write("person.json", { providers: { auth0: { AUTH0_DOMAIN: "acme.eu.auth0.com" } } });
    const { io, stderr } = fakeIo({ env: { AUTH0_TOKEN: "t", AUTH0_USER_ID: "auth0|someone-else" } });
    expect(await main(["signout", "--person", file, "--yes"], io)).toBe(2);
    expect(stderr()).toContain("/providers/auth0 needs AUTH0_USER_ID");
  });
});
