import { APIConnectionError, ConfigurationError, IdpSessionsError, PaginationError } from "@idp-sessions/core";
import { CommandError, exitCodeOf } from "../exit-codes.js";
import type { Resolved } from "./resolve.js";
import { named, settingsOf } from "./settings.js";

/** Where the error happened, as far as the command knows. */
export interface ErrorScene {
  settings: Resolved;
  /** The host of the latest request, when one was sent. */
  host?: string | undefined;
}

/**
 * A client library's error in the command line's words, with the same exit code: option names become the
 * flag or variable the value came from (`baseUrl` → `--base-url` or `AUTH0_BASE_URL`), and a network
 * error names the host it could not reach. Other errors are returned as they are.
 */
export function explainError(error: unknown, scene: ErrorScene): unknown {
  if (!(error instanceof IdpSessionsError)) return error;
  let message = error.message;
  if (error instanceof ConfigurationError || error instanceof PaginationError) {
    message = renameOptions(message, labels(scene.settings));
    // Library advice that has no flag.
    message = message.replace(/,? or use collect\(\{ limit \}\) to take only some/, "");
  }
  const { host } = scene;
  if (error instanceof APIConnectionError && host && !message.includes(host)) {
    message = message.includes("could not reach the server")
      ? message.replace("could not reach the server", `could not reach ${host}`)
      : `${message} (host ${host})`;
  }
  return message === error.message ? error : new CommandError(message, exitCodeOf(error), { cause: error });
}

/** Option name → how the command line names it. */
function labels(settings: Resolved): Map<string, string> {
  const map = new Map<string, string>([["maxPages", "--max-pages"]]);
  for (const setting of settingsOf(settings.provider)) {
    map.set(setting.option, settings.sources[setting.option] ?? named(setting));
  }
  return map;
}

/** Whole words only, and never inside a quoted value (`got "token"` stays as the user typed it). */
function renameOptions(message: string, names: Map<string, string>): string {
  const word = new RegExp(`\\b(${[...names.keys()].join("|")})\\b`, "g");
  return message
    .split(/("(?:[^"\\]|\\.)*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(word, (option) => names.get(option) ?? option)))
    .join("");
}
