// Every string id the components use must be listed (strings.txt, fixtures/strings.en.json and
// STRINGS.md), and every listed id must be used. `lantern locales check` requires each id of
// strings.txt in every locale, so a missing message fails the lint instead of showing the bare id.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import strings from "./fixtures/strings.en.json";

// Vitest runs with the ui/ folder as its root.
const SRC = join(process.cwd(), "src");
// Ids built from a value: every value the contract allows.
const TEMPLATED: Record<string, string[]> = {
  "ui-assessment-profile-": ["adult", "child"],
  "ui-dimension-": ["positive", "unresolved", "negative"],
  "ui-passphrase-strength-": ["weak", "fair", "strong"],
  "ui-pause-reason-": ["interviewee", "safety", "interruption"],
  "ui-status-": ["draft", "stopped", "finished", "exported", "purged"],
  "ui-tier-": ["strong", "medium", "weak"],
  "ui-understood-": ["yes", "no", "unknown"],
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(svelte|ts)$/.test(name) && !name.endsWith(".test.ts") ? [path] : [];
  });
}

describe("string ids", () => {
  const text = sources(SRC).map((p) => readFileSync(p, "utf8")).join("\n");
  const literal = [...text.matchAll(/\bt\("([a-z0-9-]+)"\)/g)].map((m) => m[1]);
  const templates = [...text.matchAll(/\bt\(`([a-z0-9-]+)\$\{/g)].map((m) => m[1]);

  it("finds the ids in the sources", () => {
    expect(literal.length).toBeGreaterThan(50);
  });

  it("every literal id is listed", () => {
    const missing = [...new Set(literal)].filter((id) => !(id in strings));
    expect(missing).toEqual([]);
  });

  it("every templated id has all its values listed", () => {
    for (const prefix of templates) {
      expect(Object.keys(TEMPLATED), prefix).toContain(prefix);
      for (const value of TEMPLATED[prefix]) expect(strings, prefix + value).toHaveProperty(prefix + value);
    }
  });

  it("no listed message takes a variable (the UI never formats messages)", () => {
    expect(Object.entries(strings).filter(([, v]) => v.includes("{"))).toEqual([]);
  });

  // strings.txt: one id per line, '#' starts a comment line (the format the Rust lint reads).
  const listed = readFileSync(join(SRC, "..", "strings.txt"), "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"));
  const used = new Set([
    ...literal,
    ...templates.flatMap((prefix) => (TEMPLATED[prefix] ?? []).map((v) => prefix + v)),
  ]);

  it("strings.txt lists every id the components use", () => {
    expect([...used].filter((id) => !listed.includes(id)).sort()).toEqual([]);
  });

  it("every id in strings.txt is used by a component", () => {
    expect(listed.filter((id) => !used.has(id))).toEqual([]);
  });

  it("strings.txt has no duplicates and matches the English fixture", () => {
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual(Object.keys(strings).sort());
  });

  it("STRINGS.md lists every id", () => {
    const doc = readFileSync(join(SRC, "..", "STRINGS.md"), "utf8");
    const missing = Object.keys(strings).filter((id) => !doc.includes("`" + id + "`"));
    expect(missing).toEqual([]);
  });
});
