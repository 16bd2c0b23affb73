import type { JsonObject } from "../operations.ts";
import { compareRest, show } from "./rest.ts";
import { asObject, child, type Node, same, type Walk } from "./walk.ts";

/** Servers: a URL, or a variable's default or allowed values, changed is where the client connects (breaking). */
export function servers(walk: Walk, base: Node, head: Node, label = "server"): void {
  const [b, h] = [[base.value ?? []].flat(), [head.value ?? []].flat()];
  for (let i = 0; i < Math.max(b.length, h.length); i++) {
    const [bn, hn] = [
      { value: b[i], pointer: child(base.pointer, i) },
      { value: h[i], pointer: child(head.pointer, i) },
    ];
    if (b[i] === undefined || h[i] === undefined) {
      walk.add(
        "breaking",
        h[i] === undefined ? "base" : "head",
        (h[i] === undefined ? bn : hn).pointer,
        `${label} ${i} ${h[i] === undefined ? "removed" : "added"}`,
      );
      continue;
    }
    const [bs, hs] = [asObject(b[i]), asObject(h[i])];
    if (!same(bs.url, hs.url))
      walk.add("breaking", "head", child(hn.pointer, "url"), `${label} URL ${show(bs.url)} → ${show(hs.url)}`);
    const [bv, hv] = [asObject(bs.variables), asObject(hs.variables)];
    for (const name of new Set([...Object.keys(bv), ...Object.keys(hv)])) {
      const variable = (n: Node, v: JsonObject): Node => ({
        value: v[name],
        pointer: child(n.pointer, "variables", name),
      });
      const [vb, vh] = [variable(bn, bv), variable(hn, hv)];
      if (vb.value === undefined || vh.value === undefined) {
        walk.add(
          "breaking",
          vh.value === undefined ? "base" : "head",
          (vh.value === undefined ? vb : vh).pointer,
          `${label} variable ${name} ${vh.value === undefined ? "removed" : "added"}`,
        );
      } else {
        for (const key of ["default", "enum"]) {
          const [x, y] = [asObject(vb.value)[key], asObject(vh.value)[key]];
          if (!same(x, y))
            walk.add(
              "breaking",
              "head",
              child(vh.pointer, key),
              `${label} variable ${name}: ${key} ${show(x)} → ${show(y)}`,
            );
        }
        compareRest(walk, vb, vh, ["default", "enum"]);
      }
    }
    compareRest(walk, bn, hn, ["url", "variables"]);
  }
}
