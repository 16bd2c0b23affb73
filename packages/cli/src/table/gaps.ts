import type { ProviderId } from "@idp-sessions/normalize";
import { COLUMNS, type ColumnKey } from "./columns.js";

export interface ProviderGaps {
  /**
   * Columns this provider never fills: its normalize mapper maps them to null or [] whatever the provider
   * sends, because the provider's API has no such field (see the model table in normalize's README).
   * test/gaps.test.ts checks this list against the mappers and the mock servers.
   */
  never: readonly ColumnKey[];
  /** Why a column is empty for some of this provider's sessions, where its spec says more than "optional". */
  sometimes: Partial<Record<ColumnKey, string>>;
}

/**
 * Why a cell can be empty, per provider that has a reason to give. A provider not listed (a new one)
 * claims none: its empty cells are explained as "not sent" until someone writes what it does not record.
 */
export const PROVIDER_GAPS: Partial<Record<ProviderId, ProviderGaps>> = {
  "huawei-identitycenter": {
    never: ["methods"],
    sometimes: {
      ip: "sends some sessions without an IP address or user agent",
      "user agent": "sends some sessions without an IP address or user agent",
    },
  },
  "ory-kratos": { never: [], sometimes: {} },
  monocloud: { never: ["methods"], sometimes: {} },
  auth0: { never: [], sometimes: {} },
  zitadel: {
    never: [],
    sometimes: { expires: "sessions without an expiry time last until they are terminated" },
  },
};

const NO_GAPS: ProviderGaps = { never: [], sometimes: {} };

/** A provider that has sessions with an empty cell in a shown column. */
export interface EmptyCell {
  provider: ProviderId;
  key: ColumnKey;
}

/** One sentence per reason, in the order the cells were found: "huawei-identitycenter does not record ...". */
export function whyEmpty(cells: readonly EmptyCell[]): string[] {
  const notes = new Set<string>();
  for (const { provider, key } of cells) {
    const gaps = PROVIDER_GAPS[provider] ?? NO_GAPS;
    const noun = COLUMNS.find((column) => column.key === key)?.noun ?? key;
    if (gaps.never.includes(key)) notes.add(`${provider} does not record ${noun}`);
    else notes.add(`${provider} ${gaps.sometimes[key] ?? `sent no ${noun} for some sessions`}`);
  }
  return [...notes];
}
