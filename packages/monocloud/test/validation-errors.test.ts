import { readFileSync } from "node:fs";
import { caught, expectNoSecrets, json, observedFetch } from "@idp-sessions/testing";
import { describe, expect, it } from "vitest";
import {
  BadRequestError,
  createMonoCloudClient,
  listSessions,
  type MonoCloudValidationProblem,
  monoCloudErrors,
  UnprocessableEntityError,
} from "../src/index.js";
import { MAX_LISTED_ERRORS } from "../src/validation-errors.js";

const API_KEY = "mc-key-TESTSECRET-422";
const fixture = (name: string) =>
  (
    JSON.parse(readFileSync(new URL(`../../../specs/fixtures/monocloud/${name}`, import.meta.url), "utf8")) as {
      body: MonoCloudValidationProblem;
    }
  ).body;

/** The error listSessions throws when the server answers `body` with `status`. */
async function errorFor(body: unknown, status = 422) {
  const fetch = observedFetch(() => json(body, { status, headers: { "content-type": "application/problem+json" } }));
  const client = createMonoCloudClient({ domain: "acme.us.monocloud.com", apiKey: API_KEY, fetch, maxRetries: 0 });
  return caught(() => listSessions(client, { userId: "u1" }).collect());
}

describe("monocloud 422: both forms of `errors` reach the error's message", () => {
  it("the key form (errors by field name, type ...#validation-error)", async () => {
    const error = await errorFor(fixture("error-422.json"));
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect(error).toMatchObject({
      status: 422,
      code: "Unprocessable Entity",
      providerMessage: "page: The field page must be 1 or more.; size: The field size must be between 1 and 100.",
      requestId: "00-cd3f24e893675e2dae242875e99e7c85-296286fe1c04c085-01",
    });
    expect((error as Error).message).toContain("size: The field size must be between 1 and 100.");
  });

  it("the identity form (a list of {code, description}, type ...#identity-validation-error)", async () => {
    const error = await errorFor(fixture("error-422-identity.json"));
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect(error).toMatchObject({
      code: "Unprocessable Entity",
      providerMessage:
        "PasswordTooShort: Passwords must be at least 8 characters.; " +
        "PasswordRequiresUpper: Passwords must have at least one uppercase ('A'-'Z').",
    });
  });

  it("keeps `detail` first when there is one, and the title when there are no errors", () => {
    expect(monoCloudErrors.parseBody({ title: "T", detail: "D", errors: { size: ["S"] } })).toMatchObject({
      code: "T",
      message: "D (size: S)",
    });
    expect(monoCloudErrors.parseBody({ title: "T", errors: [{ code: "C" }, { description: "only text" }] })).toEqual({
      code: "T",
      message: "C; only text",
      requestId: undefined,
    });
    expect(monoCloudErrors.parseBody({ title: "One or more validation errors occurred.", status: 422 }).message).toBe(
      "One or more validation errors occurred.",
    );
  });

  it("lists at most MAX_LISTED_ERRORS and counts the rest", () => {
    const many = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`f${i}`, ["bad"]]));
    const message = monoCloudErrors.parseBody({ errors: many }).message ?? "";
    expect(message.split("; ")).toHaveLength(MAX_LISTED_ERRORS);
    expect(message).toMatch(/^f0: bad; .* \(and 15 more\)$/);
  });

  it.each([
    ["errors is null", { title: "T", errors: null }],
    ["errors is a number", { title: "T", errors: 7 }],
    ["messages are not strings", { title: "T", errors: { size: [1, null, { a: "b" }], page: 5 } }],
    ["items are not objects", { title: "T", errors: [null, "x", 3, [], { code: 4, description: {} }] }],
    ["a body that is an array", [{ code: "C", description: "D" }]],
    ["a string body", "oops"],
  ])("a hostile 422 (%s) is still an UnprocessableEntityError, never a crash", async (_name, body) => {
    const error = await errorFor(body);
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    const { providerMessage } = error as UnprocessableEntityError;
    expect(providerMessage === undefined || !providerMessage.includes("[object")).toBe(true);
  });

  it("a credential the server echoes in either form is redacted, never quoted or cut in half", async () => {
    const keyForm = {
      type: "https://httpstatuses.io/422#validation-error",
      title: `Bad key ${API_KEY}`,
      errors: { [API_KEY]: [`The key ${API_KEY} is not valid.`], [`x-api-key=${encodeURIComponent(API_KEY)}`]: ["?"] },
      traceId: API_KEY,
    };
    const identityForm = {
      type: "https://httpstatuses.io/422#identity-validation-error",
      errors: [
        { code: API_KEY, description: `${"x".repeat(490)}${API_KEY}` },
        ...Array.from({ length: 30 }, () => ({ code: "Echo", description: JSON.stringify({ key: API_KEY }) })),
      ],
    };
    const errors = [await errorFor(keyForm), await errorFor(identityForm), await errorFor(keyForm, 400)];
    expect(errors[2]).toBeInstanceOf(BadRequestError);
    expectNoSecrets(errors, [API_KEY, "TESTSECRET"]);
    expect((errors[0] as UnprocessableEntityError).providerMessage).toContain("[redacted]: The key [redacted]");
    expect((errors[1] as UnprocessableEntityError).providerMessage).toMatch(/^\[redacted\]: x+/);
  });
});
