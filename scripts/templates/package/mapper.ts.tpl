import type { __PASCAL__Session } from "@idp-sessions/__ID__";
import type { NormalizeOptions, SessionOf } from "../session.js";

/**
 * __TITLE__ → Session. Scaffolded by `pnpm new-provider`: this stub fails the type check on purpose until
 * every field of the model is mapped from `raw` (see the mapping table in the README).
 */
export function normalize__PASCAL__Session(raw: __PASCAL__Session, _options: NormalizeOptions = {}): SessionOf<"__ID__"> {
  return { provider: "__ID__", id: raw.id, raw };
}
