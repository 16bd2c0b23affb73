import { describe, expect, it } from "vitest";
import {
  ConfigurationError,
  DEFAULT_MAX_PAGES,
  MAX_CURSOR_LENGTH,
  PaginationError,
  paginate,
} from "../src/internal.js";

const context = { provider: "test", operation: "list" };
const response = new Response(null);
const session = (id: string) => ({ id });

describe("paginate ends every listing", () => {
  it(`stops a server that always has more at DEFAULT_MAX_PAGES (${DEFAULT_MAX_PAGES}) with a PaginationError`, async () => {
    let calls = 0;
    const endless = paginate<{ id: string }, number>(context, async (page = 0) => {
      calls++;
      return { items: [session(`s${page}`)], next: page + 1, response };
    });
    const error = await endless.collect().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as Error).message).toContain(`maxPages (${DEFAULT_MAX_PAGES})`);
    expect(calls).toBe(DEFAULT_MAX_PAGES);
  });

  it("ends on an empty page whatever the server says about more", async () => {
    let calls = 0;
    const list = paginate<{ id: string }, string>(context, async () => {
      calls++;
      return { items: calls === 1 ? [session("a")] : [], next: `fresh-${calls}`, response };
    });
    expect(await list.collect()).toEqual([session("a")]);
    expect(calls).toBe(2);
  });

  it("refuses a page that brings nothing new while the server says more follow", async () => {
    let calls = 0;
    const list = paginate<{ id: string }, string>(context, async () => ({
      items: [session("a"), session("b")],
      next: `fresh-${++calls}`,
      response,
    }));
    await expect(list.collect()).rejects.toThrow(/page 2 brought no session that was not on the page before/);
    expect(calls).toBe(2);
  });

  it("accepts a last page of only duplicates (sessions created meanwhile shifted it) and ends", async () => {
    const list = paginate<{ id: string }, number>(context, async (page = 0) =>
      page === 0
        ? { items: [session("a"), session("b")], next: 1, response }
        : { items: [session("b")], next: undefined, response },
    );
    expect(await list.collect()).toEqual([session("a"), session("b")]);
  });

  it("keeps looping on id-less sessions bounded: a repeated cursor is still an error", async () => {
    const list = paginate<{ name: string }, string>(context, async () => ({
      items: [{ name: "no id" }],
      next: "same",
      response,
    }));
    await expect(list.collect()).rejects.toThrow(/sent the cursor "same" a second time/);
  });

  it("quotes a long cursor not at all (a cut-off credential could not be redacted)", async () => {
    const long = "x".repeat(500);
    let calls = 0;
    const list = paginate<{ id: string }, string>(context, async () => ({
      items: [session(`s${++calls}`)],
      next: long,
      response,
    }));
    const error = await list.collect().catch((e: unknown) => e);
    expect((error as Error).message).toContain("the same cursor (502 characters)");
    expect((error as Error).message).not.toContain("xxxx");
  });

  it("refuses a cursor longer than MAX_CURSOR_LENGTH before following it (each one is kept and sent)", async () => {
    let calls = 0;
    const list = paginate<{ id: string }, string>(context, async () => ({
      items: [session(`s${++calls}`)],
      next: `${calls}`.padEnd(MAX_CURSOR_LENGTH, "x"),
      response,
    }));
    const error = await list.collect().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as Error).message).toContain(`more than ${MAX_CURSOR_LENGTH}`);
    expect(calls).toBe(1);
  });
});

describe("maxPages is checked before any request", () => {
  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, "3", null])("refuses %j", (maxPages) => {
    let calls = 0;
    const make = () =>
      paginate(
        context,
        async () => {
          calls++;
          return { items: [], next: undefined, response };
        },
        { maxPages: maxPages as number },
      );
    expect(make).toThrow(ConfigurationError);
    expect(make).toThrow(/maxPages must be a positive integer/);
    expect(calls).toBe(0);
  });

  it("accepts 1", async () => {
    const list = paginate(context, async () => ({ items: [session("a")], next: undefined, response }), {
      maxPages: 1,
    });
    expect(await list.collect()).toEqual([session("a")]);
  });
});
