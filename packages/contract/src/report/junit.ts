import type { CheckResult, ContractReportDocument, ProviderResult, ReportViolation } from "./document.js";
import { element, xmlText } from "./xml.js";

const checkName = (c: CheckResult) => (c.operation ? `${c.name} ${c.operation}` : c.name);

/** One violation as a <failure>: a one-line message, then every field on its own line. */
function failure(provider: string, v: ReportViolation): string {
  const where = `${v.side ? `${v.side} ` : ""}${v.in} ${v.pointer || "/"}`;
  const message = `${where}: expected ${v.expected}, got ${v.actual}`;
  const fields: [string, string | undefined][] = [
    ["provider", provider],
    ["operation", v.operation ?? "(none)"],
    ["exchange", v.exchange === undefined ? undefined : String(v.exchange)],
    ["in", v.in],
    ["pointer", v.pointer || "/"],
    ["expected", v.expected],
    ["actual", v.actual],
    ["message", v.message],
  ];
  const body = fields.flatMap(([k, value]) => (value === undefined ? [] : [`${k}: ${xmlText(value)}`])).join("\n");
  return `\n      <failure message="${xmlText(message)}" type="violation">${body}</failure>`;
}

function testcase(p: ProviderResult, check: CheckResult): string {
  const children: string[] = [];
  if (check.status === "skipped") children.push(`\n      ${element("skipped", { message: check.message ?? "" })}`);
  const mine = p.violations.filter((v) => v.check === check.name);
  for (const v of mine) children.push(failure(p.provider, v));
  if (check.status === "failed" && mine.length === 0)
    children.push(`\n      ${element("failure", { message: check.message ?? "failed", type: check.name })}`);
  if (check.name === "drift" && p.warnings.length > 0) {
    const lines = p.warnings.map((w) => `warning: ${xmlText(w.message)}`).join("\n");
    children.push(`\n      <system-out>${lines}</system-out>`);
  }
  const attributes = { classname: `contract.${p.provider}`, name: checkName(check) };
  return children.length === 0
    ? `\n    ${element("testcase", attributes)}`
    : `\n    ${element("testcase", attributes, [...children, "\n    "])}`;
}

function testsuite(p: ProviderResult): string {
  const count = (status: CheckResult["status"]) => p.checks.filter((c) => c.status === status).length;
  const properties = [
    ["status", p.status],
    ["required", String(p.required)],
    ["requests", String(p.requests)],
    ["sessions", String(p.sessions)],
    ...(p.reason !== undefined ? [["reason", p.reason]] : []),
  ].map(([name, value]) => `\n      ${element("property", { name: name ?? "", value: value ?? "" })}`);
  const attributes = {
    name: p.provider,
    tests: p.checks.length,
    failures: count("failed"),
    errors: 0,
    skipped: count("skipped"),
  };
  return `\n  ${element("testsuite", attributes, [`\n    <properties>${properties.join("")}\n    </properties>`, ...p.checks.map((c) => testcase(p, c)), "\n  "])}`;
}

/**
 * JUnit XML: one <testsuite> per provider, one <testcase> per check (each operation, drift, the run). A
 * violation is a <failure> naming provider, operation, pointer, expected and actual; a skipped check is
 * <skipped message="why"/>; drift is a warning in the drift case's <system-out>, never a failure.
 */
export function renderJunit(doc: ContractReportDocument): string {
  const all = doc.providers.flatMap((p) => p.checks);
  const attributes = {
    name: "idp-sessions contract",
    tests: all.length,
    failures: all.filter((c) => c.status === "failed").length,
    errors: 0,
    skipped: all.filter((c) => c.status === "skipped").length,
  };
  const suites = doc.providers.map(testsuite);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${element("testsuites", attributes, [...suites, "\n"])}\n`;
}
