import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { renderReport, reportDocument } from "../src/index.js";
import { REPORTS } from "./report-fixture.js";

const doc = reportDocument(REPORTS, { required: ["auth0", "zitadel"] });

/** GitHub's runner decoding a command's message (actions/toolkit's escapeData, reversed). */
const unescapeData = (s: string) => s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");

describe("JUnit XML", () => {
  const xml = renderReport(doc, "junit");
  const parsed = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    htmlEntities: true,
    isArray: (_name, _path, _leaf, isAttribute) => isAttribute !== true,
  }).parse(xml);
  type Node = Record<string, Node[] | string | undefined> & { "#text"?: string };
  const suites: Node[] = parsed.testsuites[0].testsuite;
  const cases = (suite: Node | undefined) => (suite?.testcase ?? []) as Node[];

  it("is well-formed XML, whatever the servers sent", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it("has one testsuite per provider and one testcase per check, with consistent counts", () => {
    expect(suites.map((s) => s.name)).toEqual(doc.providers.map((p) => p.provider));
    expect(cases(suites[0]).map((c) => c.name)).toEqual(["listing getUserSessions", "get getSession", "drift", "run"]);
    for (const suite of suites) {
      const failed = cases(suite).filter((c) => c.failure).length;
      expect([suite.tests, suite.failures, suite.skipped]).toEqual([
        String(cases(suite).length),
        String(failed),
        String(cases(suite).filter((c) => c.skipped).length),
      ]);
    }
  });

  it("a violation is a <failure> naming provider, operation, pointer, expected and actual, the hostile text intact", () => {
    const [failure] = (cases(suites[0])[1]?.failure ?? []) as Node[];
    const body = String(failure?.["#text"]);
    expect(body).toContain("provider: auth0");
    expect(body).toContain("operation: getSession");
    expect(body).toContain("pointer: /user_id");
    // The violation's actual is JSON text (its controls already \u escapes); the rest arrives as sent, but
    // for what XML cannot carry and what a viewer would act on, shown as \uXXXX.
    expect(body).toContain(
      String.raw`actual: "x</failure><b>|a|b\n::error::injected %0A,title=t:\r\u001b[31m\u202e]]>`,
    );
    expect(failure?.message).toContain(
      `|a|b\n::error::injected %0A,title=t:\r${String.raw`\u001b[31m\u202e]]>&amp;\u0000\ufffe\ud800`}`,
    );
  });

  it("a skipped provider's cases are <skipped message=reason/>; drift is system-out, not a failure", () => {
    const huawei = cases(suites[4]);
    expect(huawei.map((c) => (c.skipped as Node[])[0]?.message)).toEqual(
      Array(3).fill("set HUAWEI_REGION or HUAWEI_BASE_URL, HUAWEI_ACCESS_KEY_ID"),
    );
    const drift = cases(suites[1]).find((c) => c.name === "drift");
    expect(drift?.failure).toBeUndefined();
    expect(drift?.["system-out"]).toEqual(["warning: /*/risk_score is not in the spec (first at /0/risk_score)"]);
    // A required provider that was skipped fails its run case.
    expect(cases(suites[3]).find((c) => c.name === "run")?.failure).toBeDefined();
  });
});

describe("GitHub workflow commands", () => {
  const lines = renderReport(doc, "github").trimEnd().split("\n");

  it("are one command per line: a server's line break cannot start a command of its own", () => {
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) title=[^:]*::/);
    expect(lines.filter((l) => l.startsWith("::error"))).toHaveLength(6);
    expect(lines.filter((l) => l.startsWith("::warning"))).toHaveLength(2);
  });

  it("decode to the hostile text (controls shown), with provider and operation in the title", () => {
    const line = lines.find((l) => l.startsWith("::error title=auth0 getSession::")) ?? "";
    const message = unescapeData(line.slice("::error title=auth0 getSession::".length));
    expect(message).toContain(`/user_id: expected pattern x</failure><b>|a|b\n::error::injected %0A,title=t:\r\\u001b`);
    expect(message).toContain(String.raw`got "x</failure><b>|a|b\n::error::injected %0A,title=t:\r\u001b[31m\u202e]]>`);
  });

  it("escape : and , in properties", async () => {
    const { commandProperty } = await import("../src/report/github.js");
    expect(commandProperty("a:b,c%\n")).toBe("a%3Ab%2Cc%25%0A");
  });
});

describe("the Markdown job summary", () => {
  const md = renderReport(doc, "markdown");
  const table = md.split("\n").filter((l) => l.startsWith("| "));

  it("keeps every row to its six cells and every item to one line", () => {
    for (const row of table) expect(row.split("|")).toHaveLength(8);
    expect(md.split("\n").filter((l) => l.startsWith("- **auth0**"))).toHaveLength(4);
  });

  it("turns no server string into markup, a link or a control", () => {
    expect(md).not.toMatch(/<\/?(failure|b)>/);
    expect(md).not.toContain("](https://");
    expect(md).not.toContain("https://e");
    for (const control of ["\u0000", "\u001b", "\u202e", "\r"]) expect(md).not.toContain(control);
    expect(md).toContain("&#60;/failure&#62;&#60;b&#62;&#124;a&#124;b&#92;n");
  });
});

describe("the text report", () => {
  it("keeps a server's string on its line: a line break it sends cannot start a line (a CI runner's ::command::)", () => {
    const text = renderReport(doc, "text");
    expect(text).toContain("\\n::error::injected");
    expect(text.split("\n").some((line) => line.startsWith("::"))).toBe(false);
  });
});
