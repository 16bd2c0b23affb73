import { describe, expect, it } from "vitest";
import { type Page, SessionList } from "../src/internal.js";

const response = new Response(null);

/** A listing of these pages that records what happens to its page iteration. */
function recorded(pages: number[][], failAt?: number) {
  const events: string[] = [];
  const list = new SessionList<number>(async function* (): AsyncGenerator<Page<number>, void, undefined> {
    try {
      for (const [index, items] of pages.entries()) {
        events.push(`fetch ${index}`);
        await new Promise((resolve) => setTimeout(resolve, 1));
        if (index === failAt) throw new Error(`page ${index} failed`);
        yield { items, index, response, skippedDuplicates: 0 };
      }
    } finally {
      events.push("closed");
    }
  });
  return { list, events };
}

describe("for await over the items", () => {
  it("yields every item in order, across empty pages, and opens the pages only on the first next()", async () => {
    const { list, events } = recorded([[1, 2], [], [3]]);
    const iterator = list[Symbol.asyncIterator]();
    expect(events).toEqual([]);
    const seen: number[] = [];
    for await (const item of { [Symbol.asyncIterator]: () => iterator }) seen.push(item);
    expect(seen).toEqual([1, 2, 3]);
    expect(events).toEqual(["fetch 0", "fetch 1", "fetch 2", "closed"]);
    expect(await iterator.next()).toEqual({ value: undefined, done: true });
  });

  it("serves calls made while a page is being fetched in order, as an async generator does", async () => {
    const { list } = recorded([[1], [2, 3]]);
    const iterator = list[Symbol.asyncIterator]();
    const results = await Promise.all([iterator.next(), iterator.next(), iterator.next(), iterator.next()]);
    expect(results.map((r) => r.value)).toEqual([1, 2, 3, undefined]);
    expect(results.at(-1)?.done).toBe(true);
  });

  it("closes the pages on break, on return() and on throw(), and is done afterwards", async () => {
    const first = recorded([[1, 2], [3]]);
    for await (const item of first.list) if (item === 1) break;
    expect(first.events).toEqual(["fetch 0", "closed"]);

    const second = recorded([[1, 2], [3]]);
    const iterator = second.list[Symbol.asyncIterator]();
    await iterator.next();
    expect(await iterator.return()).toEqual({ value: undefined, done: true });
    expect(second.events).toEqual(["fetch 0", "closed"]);
    expect(await iterator.next()).toEqual({ value: undefined, done: true });

    const third = recorded([[1], [2]]);
    const thrown = third.list[Symbol.asyncIterator]();
    await thrown.next();
    await expect(thrown.throw(new Error("stop"))).rejects.toThrow("stop");
    expect(third.events).toEqual(["fetch 0", "closed"]);
    expect(await thrown.next()).toEqual({ value: undefined, done: true });
  });

  it("rejects with a page's error, then is done", async () => {
    const { list } = recorded([[1], [2]], 1);
    const iterator = list[Symbol.asyncIterator]();
    expect(await iterator.next()).toEqual({ value: 1, done: false });
    await expect(iterator.next()).rejects.toThrow("page 1 failed");
    expect(await iterator.next()).toEqual({ value: undefined, done: true });
  });

  it("collect({ limit }) stops after the page that completes it", async () => {
    const { list, events } = recorded([[1, 2], [3, 4], [5]]);
    expect(await list.collect({ limit: 3 })).toEqual([1, 2, 3]);
    expect(events).toEqual(["fetch 0", "fetch 1", "closed"]);
  });
});
