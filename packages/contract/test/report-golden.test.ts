import { readFile, writeFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { parseReportDocument, REPORT_FORMATS, type ReportFormat, renderReport, reportDocument } from "../src/index.js";
import { REPORTS } from "./report-fixture.js";

/** Not .json or .md: biome would format them, and they must stay byte for byte what the renderer writes. */
const EXTENSIONS: Record<ReportFormat, string> = {
  text: "text.golden",
  json: "json.golden",
  junit: "junit.golden",
  github: "github.golden",
  markdown: "markdown.golden",
};
const doc = reportDocument(REPORTS, { required: ["auth0", "zitadel"] });

/**
 * Nothing in these reports varies between runs (a live run's ports would be normalized here). The text
 * report is not escaped by the library (the CLI escapes it line by line): its lone surrogate is stored as
 * the U+FFFD a UTF-8 file can hold.
 */
const normalized = (text: string) =>
  new TextDecoder().decode(new TextEncoder().encode(text.replace(/127\.0\.0\.1:\d+/g, "127.0.0.1:PORT")));

describe.each(REPORT_FORMATS)("the %s report", (format) => {
  it("matches its golden file (UPDATE_GOLDEN=1 rewrites it)", async () => {
    const file = new URL(`golden/report.${EXTENSIONS[format]}`, import.meta.url);
    const rendered = normalized(renderReport(doc, format));
    if (process.env.UPDATE_GOLDEN === "1") await writeFile(file, rendered);
    expect(rendered).toBe(await readFile(file, "utf8"));
  });

  it("renders the same from the saved JSON report (--from)", () => {
    const saved = parseReportDocument(renderReport(doc, "json"));
    expect(saved).toEqual(doc);
    expect(renderReport(saved, format)).toBe(renderReport(doc, format));
  });
});

describe("the JSON report", () => {
  it("is version 1 and carries every provider's status, checks, violations and drift warnings", () => {
    expect(doc).toMatchObject({ version: 1, ok: false, required: ["auth0", "zitadel"] });
    expect(doc.summary).toEqual({
      providers: 5,
      checked: 3,
      skipped: 2,
      failed: 2,
      violations: 3,
      warnings: 2,
      requiredSkipped: ["zitadel"],
    });
    const auth0 = doc.providers[0];
    expect(auth0?.checks.map((c) => [c.name, c.operation, c.status, c.violations])).toEqual([
      ["listing", "getUserSessions", "failed", 1],
      ["get", "getSession", "failed", 1],
      ["drift", undefined, "passed", 0],
      ["run", undefined, "failed", 1],
    ]);
    expect(auth0?.violations.map((v) => v.check)).toEqual(["listing", "get", "run"]);
    const zitadel = doc.providers[3];
    expect(zitadel?.checks.map((c) => `${c.name} ${c.status}`)).toEqual([
      "listing skipped",
      "get skipped",
      "drift skipped",
      "run failed",
    ]);
    // Huawei's spec has no get; not required, so its run is skipped too.
    expect(doc.providers[4]?.checks.map((c) => `${c.name} ${c.status}`)).toEqual([
      "listing skipped",
      "drift skipped",
      "run skipped",
    ]);
  });

  it("a destructive run checks the revoke too; a revoke not sent is skipped", () => {
    const kratos = reportDocument(REPORTS.slice(1, 2), { destructive: true }).providers[0];
    expect(kratos?.checks.find((c) => c.name === "revoke")).toEqual({
      name: "revoke",
      operation: "disableSession",
      status: "skipped",
      message: "not sent",
      violations: 0,
      warnings: 0,
    });
  });

  it("--from refuses what is not a version 1 report, naming the problem", () => {
    expect(() => parseReportDocument("<xml/>")).toThrow("the report is not JSON");
    expect(() => parseReportDocument('{"version":2}')).toThrow("not a version 1 report (version 2)");
    const broken = { ...doc, providers: [{ ...doc.providers[0], status: "great" }] };
    expect(() => parseReportDocument(JSON.stringify(broken))).toThrow(/schema: \/providers\/0\/status/);
  });
});
