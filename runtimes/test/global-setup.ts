/** Bundles the program once for every test file (they run at the same time and read the same bundles). */
import { bundleProgram } from "../src/bundle.js";

// biome-ignore lint/style/noDefaultExport: vitest's globalSetup runs a module's default export.
export default async function setup(): Promise<void> {
  await bundleProgram();
}
