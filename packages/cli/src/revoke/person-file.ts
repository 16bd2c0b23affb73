import { readFile } from "node:fs/promises";
import type { Env } from "@idp-sessions/contract";
import { EXIT, exitCodeOf, UsageError } from "../exit-codes.js";
import { resolveSettings } from "../providers/resolve.js";
import { type Person, type PersonAt, parsePerson, variablesOf } from "./person.js";
import { type Target, targetFor } from "./target.js";

/** A person file, read and checked (see person.ts); every problem is a usage error naming the file. */
export async function readPerson(file: string): Promise<Person> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new UsageError(`cannot read the person file ${file} (${typeof code === "string" ? code : "error"})`);
  }
  let content: unknown;
  try {
    content = JSON.parse(text);
  } catch (error) {
    // JSON.parse's message quotes the text around the mistake, which may be a credential: only where it is.
    throw new UsageError(`${file} is not valid JSON${positionIn(text, error)}`);
  }
  return parsePerson(content, file);
}

/** ` (line L, column C)` when JSON.parse's message gives a position, else nothing. */
function positionIn(text: string, error: unknown): string {
  const match = error instanceof Error ? /position (\d+)/.exec(error.message) : null;
  if (!match) return "";
  const before = text.slice(0, Number(match[1]));
  return ` (line ${before.split("\n").length}, column ${before.length - before.lastIndexOf("\n")})`;
}

/**
 * The environment one provider of the person is resolved in, as `list` resolves its variables: the
 * file's variables over the process environment. The user comes only from the file (an AUTH0_USER_ID
 * set in the shell may be someone else), and an address in the file replaces the environment's address
 * in either form.
 */
export function envFor(at: PersonAt, env: Env): Env {
  const known = variablesOf(at.provider);
  const fileHasAddress = known.address.some((name) => at.variables[name]);
  const dropped = new Set([...known.params, ...(fileHasAddress ? known.address : [])]);
  const base = Object.fromEntries(Object.entries(env).filter(([name]) => !dropped.has(name)));
  return { ...base, ...at.variables };
}

/** Each provider of the person as a Target; a provider that cannot be resolved is a usage error naming its place in the file. */
export function personTargets(person: Person, env: Env, file: string): Target[] {
  return person.providers.map((at) => {
    try {
      return targetFor(resolveSettings(at.provider, {}, envFor(at, env)), at.method);
    } catch (error) {
      if (exitCodeOf(error) !== EXIT.usage) throw error;
      const message = error instanceof Error ? error.message : String(error);
      throw new UsageError(`${file}: ${at.pointer}: ${message}`);
    }
  });
}

/** The credential variables a person file holds (names only): the environment is the better place. */
export function credentialsIn(person: Person): string[] {
  return person.providers.flatMap((at) => variablesOf(at.provider).credentials.filter((name) => at.variables[name]));
}
