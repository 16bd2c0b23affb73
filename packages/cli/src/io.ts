/** What a command may touch, so that tests and the binary can hand it different streams. */
export interface CommandIo {
  /** `isTTY` and `columns` as on process.stdout: tables fit the terminal (see terminal.ts). */
  stdout: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: Record<string, string | undefined>;
}
