import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Page, PaginationError, paginate, SessionList } from "../src/internal.js";

const context = { provider: "test", operation: "list" };
const response = new Response(null);

interface Item {
  id?: unknown;
  n?: number;
}

/** A listing that serves these pages in order, the last without a next cursor. */
function listOf(pages: Item[][], idOf?: (item: Item) => unknown) {
  return paginate<Item, number>(
    context,
    async (index = 0) => ({
      items: pages[index] ?? [],
      next: index + 1 < pages.length ? index + 1 : undefined,
      response,
    }),
    { idOf },
  );
}

const ids = (items: readonly Item[]) => items.map((item) => item.id ?? `#${item.n}`);

describe("a session is yielded once", () => {
  it("skips a session already on the previous page, and counts it on the page and the list", async () => {
    const list = listOf([
      [{ id: "a" }, { id: "b" }],
      [{ id: "b" }, { id: "c" }],
      [{ id: "c" }, { id: "d" }],
    ]);
    const pages: Page<Item>[] = [];
    for await (const page of list.pages()) pages.push(page);
    expect(pages.map((p) => ids(p.items))).toEqual([["a", "b"], ["c"], ["d"]]);
    expect(pages.map((p) => p.skippedDuplicates)).toEqual([0, 1, 1]);
    expect(list.skippedDuplicates).toBe(2);
  });

  it("skips a session met again within one page", async () => {
    const list = listOf([[{ id: "a" }, { id: "a" }, { id: "b" }]]);
    expect(ids(await list.collect())).toEqual(["a", "b"]);
    expect(list.skippedDuplicates).toBe(1);
  });

  it("remembers only the previous page: a session spanning three pages is still skipped on the third", async () => {
    const list = listOf([
      [{ id: "a" }, { id: "b" }],
      [{ id: "b" }, { id: "c" }],
      [{ id: "b" }, { id: "d" }],
    ]);
    expect(ids(await list.collect())).toEqual(["a", "b", "c", "d"]);
    expect(list.skippedDuplicates).toBe(2);
  });

  it("yields sessions without an id (or with a non-string or empty one): never deduplicated, never dropped", async () => {
    const list = listOf([
      [{ n: 1 }, { id: 7, n: 2 }, { id: "", n: 3 }],
      [{ n: 1 }, { id: 7, n: 2 }, { id: "", n: 3 }],
    ]);
    expect(await list.collect()).toHaveLength(6);
    expect(list.skippedDuplicates).toBe(0);
  });

  it("uses the provider's id function", async () => {
    const list = listOf(
      [
        [{ n: 1 }, { n: 2 }],
        [{ n: 2 }, { n: 3 }],
      ],
      (item) => `n${item.n}`,
    );
    expect(ids(await list.collect())).toEqual(["#1", "#2", "#3"]);
  });

  it("starts the list's total again with each iteration", async () => {
    const list = listOf([[{ id: "a" }], [{ id: "a" }, { id: "b" }]]);
    await list.collect();
    expect(list.skippedDuplicates).toBe(1);
    const iterator = list.pages();
    await iterator.next();
    expect(list.skippedDuplicates).toBe(0);
    await iterator.return();
  });

  it("survives a wrapper that maps the pages (as listNormalizedSessions does)", async () => {
    const inner = listOf([[{ id: "a" }], [{ id: "a" }, { id: "b" }]]);
    const outer = new SessionList(async function* () {
      for await (const page of inner.pages()) yield { ...page, items: page.items.map((item) => String(item.id)) };
    });
    expect(await outer.collect()).toEqual(["a", "b"]);
    expect(outer.skippedDuplicates).toBe(1);
  });

  it("matches a plain reference on any pages: each id once against the page before, id-less sessions all kept", async () => {
    const item = fc.oneof(
      fc.constantFrom("a", "b", "c", "d", "e").map((id) => ({ id })),
      fc.constantFrom(undefined, "", 7).map((id) => ({ id })),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(item, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 }),
        async (pages) => {
          const numbered = pages.map((page, p) => page.map((it, i) => ({ ...it, n: p * 10 + i })));
          const expected: number[] = [];
          let skipped = 0;
          let stuck = false;
          let previous = new Set<unknown>();
          for (const [index, page] of numbered.entries()) {
            const seen = new Set<unknown>();
            let kept = 0;
            for (const it of page) {
              const keyed = typeof it.id === "string" && it.id !== "";
              if (keyed && (seen.has(it.id) || previous.has(it.id))) skipped++;
              else {
                expected.push(it.n);
                kept++;
              }
              if (keyed) seen.add(it.id);
            }
            // A page before the last that brings nothing new while more follow stops the listing.
            if (kept === 0 && index < numbered.length - 1) stuck = true;
            previous = seen;
          }
          const list = listOf(numbered);
          if (stuck) {
            await expect(list.collect()).rejects.toBeInstanceOf(PaginationError);
            return;
          }
          expect((await list.collect()).map((it) => it.n)).toEqual(expected);
          expect(list.skippedDuplicates).toBe(skipped);
        },
      ),
    );
  });
});
