import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ENV_VARIABLES, envForServers } from "@idp-sessions/contract";
import type { MockProvider, ProviderId } from "@idp-sessions/mock";

/** A temporary directory for person files, removed by `cleanup`. */
export async function personDir() {
  const dir = await mkdtemp(join(tmpdir(), "idp-sessions-person-"));
  return {
    /** Writes `content` (JSON unless a string) and returns the file's path. */
    write: async (name: string, content: unknown) => {
      const file = join(dir, name);
      await writeFile(file, typeof content === "string" ? content : JSON.stringify(content));
      return file;
    },
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

/**
 * The mock servers' first user as a person file (the demo's variables, credentials left out) and the
 * environment with the credentials, as the README recommends.
 */
export function mockPerson(providers: Partial<Record<ProviderId, MockProvider>>) {
  const person: Record<string, Record<string, string>> = {};
  const env: Record<string, string> = {};
  for (const [provider, server] of Object.entries(providers) as [ProviderId, MockProvider][]) {
    const credentials = new Set(Object.values(ENV_VARIABLES[provider].credentials));
    person[provider] = {};
    for (const [name, value] of Object.entries(envForServers({ [provider]: server }))) {
      if (value === undefined) continue;
      if (credentials.has(name)) env[name] = value;
      else person[provider][name] = value;
    }
  }
  return { person: { name: "Ada Lovelace (ada@example.com)", providers: person }, env };
}
