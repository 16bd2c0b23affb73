/** What a command may touch, so that tests and the binary can hand it different streams. */
export interface CommandIo {
  /** `isTTY` and `columns` as on process.stdout: tables fit the terminal (see terminal.ts). */
  stdout: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: Record<string, string | undefined>;
  /** Where a confirmation is read from; absent means there is no one to ask (as when it is not a terminal). */
  stdin?: Stdin;
}

export interface Stdin {
  isTTY?: boolean;
  /** The next line typed, without its line break; undefined at the end of input. Rejects when `signal` aborts. */
  readLine(signal?: AbortSignal): Promise<string | undefined>;
}
