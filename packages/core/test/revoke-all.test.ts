import { describe, expect, it } from "vitest";
import {
  APIUserAbortError,
  ConfigurationError,
  type IdpSessionsError,
  InternalServerError,
  PermissionDeniedError,
  type RevokeOutcome,
  type Revoker,
  revokeAll,
} from "../src/internal.js";

const context = { provider: "test", operation: "revokeThing", secrets: () => [] };
const apiError = (Type: typeof InternalServerError, status: number) => new Type(context, { status, body: {} });

/** A provider in memory: `active` sessions; `fail` answers an error for some ids; `survive` ids stay active. */
function fakeProvider(
  active: string[],
  behaviour: Partial<{ fail: Map<string, IdpSessionsError>; survive: Set<string>; gone: Set<string> }> = {},
) {
  const state = new Set(active);
  const calls: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const revoker: Revoker = {
    context,
    method: "revoke",
    listActive: async () => [...state],
    revokeOne: async (id) => {
      calls.push(id);
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 1));
      inFlight--;
      const error = behaviour.fail?.get(id);
      if (error) throw error;
      if (behaviour.gone?.has(id)) return "alreadyGone";
      if (!behaviour.survive?.has(id)) state.delete(id);
      return "revoked";
    },
  };
  return { revoker, state, calls, maxInFlight: () => maxInFlight };
}

describe("revokeAll", () => {
  it("revokes every found session, reports each outcome once, and verifies none is left", async () => {
    const failure = apiError(InternalServerError, 500);
    const p = fakeProvider(["a", "b", "c", "d"], { fail: new Map([["c", failure]]), gone: new Set(["b"]) });
    const report = await revokeAll(p.revoker);
    expect(report).toMatchObject({ provider: "test", method: "revoke", dryRun: false, found: ["a", "b", "c", "d"] });
    expect(report.revoked).toEqual(["a", "d"]);
    expect(report.alreadyGone).toEqual(["b"]);
    expect(report.failed).toEqual([{ sessionId: "c", error: failure }]);
    expect(report.verification).toEqual({ stillActive: ["b", "c"], attempts: 1 });
    expect(report.complete).toBe(false);
  });

  it("is complete when everything is gone and the verification finds nothing", async () => {
    const p = fakeProvider(["a", "b"]);
    const report = await revokeAll(p.revoker);
    expect(report.complete).toBe(true);
    expect(report.verification).toEqual({ stillActive: [], attempts: 1 });
    expect(p.state.size).toBe(0);
  });

  it("names a session that survives a successful answer", async () => {
    const p = fakeProvider(["a", "b"], { survive: new Set(["b"]) });
    const report = await revokeAll(p.revoker);
    expect(report.revoked).toEqual(["a", "b"]);
    expect(report.verification?.stillActive).toEqual(["b"]);
    expect(report.complete).toBe(false);
  });

  it("lists again, up to verifyAttempts, while sessions remain (writes that take effect later)", async () => {
    const p = fakeProvider(["a"], { survive: new Set(["a"]) });
    let listings = 0;
    const revoker: Revoker = {
      ...p.revoker,
      verifyAttempts: 3,
      verifyDelayMs: 1,
      listActive: async () => (++listings <= 2 ? ["a"] : []),
    };
    const report = await revokeAll(revoker);
    expect(report.verification).toEqual({ stillActive: [], attempts: 2 });
    expect(report.complete).toBe(true);
  });

  it("asks confirmActive about each survivor of the verification listing", async () => {
    const p = fakeProvider(["a", "b"], { survive: new Set(["a", "b"]) });
    const asked: string[] = [];
    const report = await revokeAll({
      ...p.revoker,
      confirmActive: async (id) => {
        asked.push(id);
        return id === "b";
      },
    });
    expect(asked.sort()).toEqual(["a", "b"]);
    expect(report.verification?.stillActive).toEqual(["b"]);
  });

  it("skips the verification when verify is false", async () => {
    const report = await revokeAll(fakeProvider(["a"]).revoker, { verify: false });
    expect(report.verification).toBeNull();
    expect(report.complete).toBe(true);
  });

  it("reports a failed verification listing, and is not complete", async () => {
    const p = fakeProvider(["a"]);
    let listings = 0;
    const failure = apiError(InternalServerError, 503);
    const report = await revokeAll({
      ...p.revoker,
      listActive: async () => {
        if (++listings > 1) throw failure;
        return ["a"];
      },
    });
    expect(report.revoked).toEqual(["a"]);
    expect(report.verification).toEqual({ stillActive: [], attempts: 1, error: failure });
    expect(report.complete).toBe(false);
  });

  it("throws the listing's error when the first listing fails (nothing was revoked)", async () => {
    const failure = apiError(InternalServerError, 500);
    const p = fakeProvider(["a"]);
    await expect(revokeAll({ ...p.revoker, listActive: async () => Promise.reject(failure) })).rejects.toBe(failure);
    expect(p.calls).toEqual([]);
  });

  it("a dry run lists and revokes nothing", async () => {
    const p = fakeProvider(["a", "b"]);
    const report = await revokeAll(p.revoker, { dryRun: true });
    expect(report).toMatchObject({ dryRun: true, found: ["a", "b"], revoked: [], verification: null, complete: false });
    expect(p.calls).toEqual([]);
    expect((await revokeAll(fakeProvider([]).revoker, { dryRun: true })).complete).toBe(true);
  });

  it("keeps at most `concurrency` requests in flight", async () => {
    const ids = Array.from({ length: 40 }, (_, i) => `s${i}`);
    const p = fakeProvider(ids);
    await revokeAll(p.revoker, { concurrency: 3 });
    expect(p.maxInFlight()).toBe(3);
    expect(p.calls.sort()).toEqual([...ids].sort());
  });

  it("stops sending after a 403: the sessions not yet sent fail with that error", async () => {
    const denied = apiError(PermissionDeniedError, 403);
    const ids = ["a", "b", "c", "d"];
    const p = fakeProvider(ids, { fail: new Map(ids.map((id) => [id, denied])) });
    const report = await revokeAll(p.revoker, { concurrency: 1 });
    expect(p.calls).toEqual(["a"]);
    expect(report.failed.map((f) => [f.sessionId, f.error])).toEqual(ids.map((id) => [id, denied]));
  });

  it("throws APIUserAbortError when aborted mid-way, and sends nothing more", async () => {
    const controller = new AbortController();
    const p = fakeProvider(Array.from({ length: 20 }, (_, i) => `s${i}`));
    const revokeOne = p.revoker.revokeOne as NonNullable<Revoker["revokeOne"]>;
    const error = await revokeAll(
      {
        ...p.revoker,
        revokeOne: (id, signal) => {
          if (p.calls.length === 5) controller.abort(new Error("operator stopped"));
          return revokeOne(id, signal);
        },
      },
      { signal: controller.signal, concurrency: 1 },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(p.calls.length).toBeLessThanOrEqual(6);
  });

  it("fails every id when the bulk call fails, and an id its answer leaves out", async () => {
    const failure = apiError(InternalServerError, 500);
    const base = fakeProvider(["a", "b"]).revoker;
    const failedBulk = await revokeAll({
      ...base,
      revokeOne: undefined,
      revokeMany: async () => Promise.reject(failure),
    });
    expect(failedBulk.failed).toEqual([
      { sessionId: "a", error: failure },
      { sessionId: "b", error: failure },
    ]);
    const partial = await revokeAll({
      ...base,
      revokeOne: undefined,
      revokeMany: async () => new Map<string, RevokeOutcome>([["a", "revoked"]]),
    });
    expect(partial.revoked).toEqual(["a"]);
    expect(partial.failed.map((f) => f.sessionId)).toEqual(["b"]);
    expect(partial.failed[0]?.error.message).toContain("did not report session b");
  });

  it.each([0, 33, 1.5, "4", Number.NaN])("refuses concurrency %s", async (concurrency) => {
    await expect(revokeAll(fakeProvider(["a"]).revoker, { concurrency: concurrency as number })).rejects.toBeInstanceOf(
      ConfigurationError,
    );
  });

  it("places every found session in exactly one list, for every mix of answers", async () => {
    // Exhaustive over 4 listed ids (one listed twice) × 4 answers each × concurrency 1..3.
    const answers = ["revoked", "alreadyGone", "fail", "deny"] as const;
    const listed = ["a", "b", "a", "c"];
    for (let mix = 0; mix < 4 ** 3; mix++) {
      const answerOf = new Map(["a", "b", "c"].map((id, i) => [id, answers[Math.floor(mix / 4 ** i) % 4]]));
      for (const concurrency of [1, 2, 3]) {
        const report = await revokeAll(
          {
            context,
            method: "revoke",
            listActive: async () => listed,
            revokeOne: async (id) => {
              const answer = answerOf.get(id);
              if (answer === "fail") throw new Error("boom");
              if (answer === "deny") throw apiError(PermissionDeniedError, 403);
              return answer as RevokeOutcome;
            },
          },
          { concurrency, verify: false },
        );
        const placed = [...report.revoked, ...report.alreadyGone, ...report.failed.map((f) => f.sessionId)];
        expect(placed.sort()).toEqual(["a", "b", "c"]);
        expect(report.found).toEqual(["a", "b", "c"]);
      }
    }
  });
});

describe("the verification's confirmations", () => {
  it("stop at the first failure: the others are aborted, and the verification reports the error", async () => {
    const failure = new InternalServerError(context, { status: 500 });
    const aborted: string[] = [];
    const started: string[] = [];
    const report = await revokeAll(
      {
        context,
        method: "revoke",
        listActive: async () => ["a", "b", "c", "d", "e", "f"],
        revokeOne: async () => "revoked",
        confirmActive: (id, signal) => {
          started.push(id);
          if (id === "a") return Promise.reject(failure);
          return new Promise<boolean>((_resolve, reject) =>
            signal.addEventListener("abort", () => {
              aborted.push(id);
              reject(signal.reason);
            }),
          );
        },
      },
      { concurrency: 3 },
    );
    expect(report.verification?.error).toBe(failure);
    expect(report.complete).toBe(false);
    expect(started).toEqual(["a", "b", "c"]);
    expect(aborted.sort()).toEqual(["b", "c"]);
  });
});
