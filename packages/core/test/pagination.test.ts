import { describe, expect, it } from "vitest";
import {
  MAX_LINK_HEADER_LENGTH,
  nextBodyCursor,
  nextLinkParam,
  nextLinkUrl,
  nextOffset,
  nextPageNumber,
  PaginationError,
  paginate,
  parseLinkHeader,
} from "../src/internal.js";

const context = { provider: "test", operation: "list" };
const response = new Response(null);

describe("paginate", () => {
  const pages: Record<string, { items: number[]; next?: string }> = {
    start: { items: [1, 2], next: "b" },
    b: { items: [3, 4], next: "c" },
    c: { items: [5] },
  };
  const fetched: (string | undefined)[] = [];
  const list = () =>
    paginate<number, string>(context, async (cursor) => {
      fetched.push(cursor);
      const page = pages[cursor ?? "start"];
      if (!page) throw new Error(`no page ${cursor}`);
      return { items: page.items, next: page.next, response };
    });

  it("yields every item of every page once, in order", async () => {
    const seen: number[] = [];
    for await (const item of list()) seen.push(item);
    expect(seen).toEqual([1, 2, 3, 4, 5]);
  });

  it("exposes the pages", async () => {
    const sizes: [number, number][] = [];
    for await (const page of list().pages()) sizes.push([page.index, page.items.length]);
    expect(sizes).toEqual([
      [0, 2],
      [1, 2],
      [2, 1],
    ]);
  });

  it("collect({ limit }) fetches no page beyond the limit", async () => {
    fetched.length = 0;
    expect(await list().collect({ limit: 3 })).toEqual([1, 2, 3]);
    expect(fetched).toEqual([undefined, "b"]);
  });

  it("maxPages reached while the server has more is a PaginationError naming maxPages, not a shortened listing", async () => {
    let calls = 0;
    const endless = paginate<number, number>(
      context,
      async (cursor = 0) => ({ items: [++calls], next: cursor + 1, response }),
      { maxPages: 2 },
    );
    const error = await endless.collect().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as Error).message).toMatch(/maxPages \(2\)/);
    expect(calls).toBe(2);
  });

  it("a listing that ends on its maxPages-th page is complete, not an error", async () => {
    expect(
      await paginate<number, string>(
        context,
        async (cursor) => {
          const page = pages[cursor ?? "start"];
          return { items: page?.items ?? [], next: page?.next, response };
        },
        { maxPages: 3 },
      ).collect(),
    ).toEqual([1, 2, 3, 4, 5]);
  });

  it("throws PaginationError when the server repeats a cursor, instead of looping", async () => {
    let calls = 0;
    const looping = paginate<number, string>(context, async () => ({ items: [++calls], next: "same", response }));
    await expect(looping.collect()).rejects.toBeInstanceOf(PaginationError);
    expect(calls).toBe(2);
  });
});

describe("strategies", () => {
  it("body cursor: continues on a non-empty string only", () => {
    expect([nextBodyCursor("abc"), nextBodyCursor(""), nextBodyCursor(null), nextBodyCursor(undefined)]).toEqual([
      "abc",
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("page number: next while has_next", () => {
    expect(nextPageNumber(3, true)).toBe(4);
    expect(nextPageNumber(3, false)).toBeUndefined();
  });

  it("offset and total: advances by what was received and stops at the total or on an empty page", () => {
    expect(nextOffset(0, 100, 250)).toBe(100);
    expect(nextOffset(200, 50, 250)).toBeUndefined();
    expect(nextOffset(0, 7, 250)).toBe(7);
    expect(nextOffset(100, 0, 250)).toBeUndefined();
    expect(nextOffset(0, 0, 0)).toBeUndefined();
  });
});

describe("Link header", () => {
  const kratos =
    '</admin/identities/x/sessions?page_size=2&page_token=AAA>; rel="first",</admin/identities/x/sessions?page_size=2&page_token=BBB>; rel="next",</admin/identities/x/sessions?page_size=2&page_token=ZZZ>; rel="last"';

  it("parses Kratos' first/next/last links", () => {
    expect(parseLinkHeader(kratos).map((l) => l.rels[0])).toEqual(["first", "next", "last"]);
    expect(nextLinkParam(kratos, "page_token")).toBe("BBB");
  });

  it("has no next on the last page", () => {
    expect(
      nextLinkParam('</x?page_token=AAA>; rel="first", </x?page_token=AAA>; rel="prev"', "page_token"),
    ).toBeUndefined();
    expect(nextLinkParam(null, "page_token")).toBeUndefined();
  });

  it("reads unquoted and multi-valued rels, and keeps tokens opaque", () => {
    expect(nextLinkParam("<https://a.example/x?page_token=a%2Bb%3D%3D>; rel=next", "page_token")).toBe("a+b==");
    expect(nextLinkParam('</x?page_token=T>; rel="prev next"', "page_token")).toBe("T");
  });

  it("is linear on hostile input (ReDoS): a 60 kB header of repeated '<' and ';' parses to a bounded result", () => {
    const hostile = `${"<".repeat(20_000)}${"; rel=".repeat(6_000)}`;
    expect(hostile.length).toBeLessThanOrEqual(MAX_LINK_HEADER_LENGTH);
    expect(nextLinkUrl(hostile)).toBeUndefined();
  });

  it("ignores headers longer than the bound", () => {
    expect(parseLinkHeader(`</x>; rel="next"${" ".repeat(MAX_LINK_HEADER_LENGTH)}`)).toEqual([]);
  });
});
