import { ENV_VARIABLES } from "@idp-sessions/contract";
import { displayWidth, wrap } from "../text/width.js";

/** The command in a checkout: a root script that builds the CLI and runs it. */
export const IN_CHECKOUT = "pnpm idp-sessions";

const live = ENV_VARIABLES.auth0;
/** The variables that make the demo list auth0 from a real tenant, from contract's own list. */
const AUTH0_LIVE = [live.oneOf[0], ...live.required]
  .map((name) => (name === live.user ? `${name}='...'` : `${name}=...`))
  .join(" ");

/**
 * What to run after the demo, each command with what it does. test/next-steps.test.ts runs every one of
 * them (placeholders filled from a mock server), so keep them working when commands or flags change.
 */
const STEPS: readonly (readonly [command: string, what: string])[] = [
  [
    `${IN_CHECKOUT} mock`,
    "starts the five mock servers and prints each one's baseUrl, credentials and users (Ctrl-C stops them)",
  ],
  [
    `${IN_CHECKOUT} list --provider auth0 --base-url <baseUrl> --token <token> --user '<userId>'`,
    'one user\'s sessions at one mock server, with the values mock printed under "auth0"; add --format json for every field',
  ],
  [`${IN_CHECKOUT} contract --help`, "the variables that point each provider at your real tenant"],
  [
    `${AUTH0_LIVE} pnpm demo`,
    "lists auth0 from your tenant instead of its mock server; any provider works the same way",
  ],
];

/** A command broken into lines that fit, with shell continuations, so that it still pastes as one. */
function commandLines(command: string, width: number | undefined): string[] {
  if (width === undefined) return [`  ${command}`];
  const lines: string[] = [];
  let line = "  ";
  for (const word of command.split(" ")) {
    const candidate = line.trim() === "" ? line + word : `${line} ${word}`;
    // Room for " \" at the end of every line but the last.
    if (line.trim() !== "" && displayWidth(candidate) > width - 2) {
      lines.push(`${line} \\`);
      line = `    ${word}`;
    } else line = candidate;
  }
  return [...lines, line];
}

/** The closing lines of the demo: the next commands to try, then how the installed command is named. */
export function nextSteps(width: number | undefined): string[] {
  return [
    "Try next:",
    ...STEPS.flatMap(([command, what]) => [...commandLines(command, width), ...wrap(what, width, "      ")]),
    ...wrap(
      `Installed from npm, the command is idp-sessions (or npx @idp-sessions/cli) instead of ${IN_CHECKOUT}.`,
      width,
    ),
  ];
}
