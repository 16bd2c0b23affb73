import type { Session } from "@idp-sessions/normalize";
import { plural } from "../revoke/summary.js";
import { printable } from "../text/printable.js";
import { pad, wrap } from "../text/width.js";
import type { Source } from "./sources.js";

/** After the sign-out: each provider's sessions listed again, and how many of them are still active. */
export function listedAgainLines(sessions: readonly Session[], sources: readonly Source[], width: number | undefined) {
  const name = Math.max(...sources.map((s) => s.provider.length));
  const active = sessions.filter((s) => s.status === "active");
  const lines = sources.flatMap((source) => {
    const first = `  ${pad(source.provider, name)}  `;
    const here = active.filter((s) => s.provider === source.provider).length;
    const text =
      source.error !== undefined
        ? `failed: ${printable(source.error)}`
        : `${plural(source.count, "session")}, ${here === 0 ? "none active" : `${here} active`}`;
    return wrap(text, width, first, " ".repeat(first.length));
  });
  const none = active.length === 0 && sources.every((s) => s.error === undefined);
  return [none ? "Listed again: no active session left" : "Listed again:", ...lines];
}
