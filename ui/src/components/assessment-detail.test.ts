// The assessment detail shared by the worker's assessment screen and the supervisor's detail
// panel (compact): dimensions, indicators, language timeline and rule versions, all as Rust sent
// them.
import { render } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import { session } from "../lib/session.svelte";
import type { Assessment } from "../lib/types";
import { appState, assessmentFixture, byId, settle, STRINGS } from "../test/harness";
import DimensionList from "./DimensionList.svelte";
import IndicatorList from "./IndicatorList.svelte";
import LanguageTimeline from "./LanguageTimeline.svelte";
import RuleVersions from "./RuleVersions.svelte";

const text = (t: string, fell_back = false) => ({ text: t, locale: "en" as const, fell_back });
const all = (selector: string, root: ParentNode = document) => [...root.querySelectorAll<HTMLElement>(selector)];

async function shown<P extends Record<string, unknown>>(component: Parameters<typeof render>[0], props: P) {
  session.app = appState("unlocked");
  const result = render(component, { props });
  await settle();
  return result;
}

describe("DimensionList", () => {
  const dimensions = (): Assessment["dimensions"] => [
    { id: "DR", name: text("Deceptive recruitment", true), state: "positive" },
    { id: "AVR", name: text("Abuse of vulnerability"), state: "unresolved" },
  ];

  it("shows id, name with its fallback mark and the localised state", async () => {
    await shown(DimensionList, { dimensions: dimensions() });
    const [dr, avr] = all("[data-testid^=dimension-]");
    expect([dr.dataset.testid, dr.dataset.state, dr.className.includes("positive")]).toEqual(["dimension-DR", "positive", true]);
    expect(dr.querySelector(".dim-id")?.textContent).toBe("DR");
    expect(dr.querySelector("[data-testid=fallback-notice]")).not.toBeNull();
    expect(avr.querySelector(".state")?.textContent).toBe(STRINGS["ui-dimension-unresolved"]);
  });

  it("compact: name (with its fallback mark) and state, same test ids and states", async () => {
    await shown(DimensionList, { dimensions: dimensions(), compact: true });
    const [dr] = all("[data-testid^=dimension-]");
    expect(dr.dataset.state).toBe("positive");
    expect(dr.querySelector(".dim-id")).toBeNull();
    expect(dr.querySelector("[data-testid=fallback-notice]")).not.toBeNull();
    expect(dr.firstElementChild?.firstChild?.textContent).toBe("Deceptive recruitment");
    expect(dr.querySelector(".state")?.textContent).toBe(STRINGS["ui-dimension-positive"]);
  });
});

describe("IndicatorList", () => {
  const fixture = () => assessmentFixture();

  it("says so when no indicator was found", async () => {
    const a = fixture();
    await shown(IndicatorList, { indicators: [], dimensions: a.dimensions });
    expect(document.body.textContent).toContain(STRINGS["ui-assessment-no-indicators"]);
    expect(all("[data-testid=indicator]")).toHaveLength(0);
  });

  it("shows id, tier (an id localised, or Rust's Text), whether counted, dimension name and each evidence answer", async () => {
    const a = fixture();
    a.indicators[2].tier = text("Mittel");
    a.indicators[2].counted = false;
    a.indicators[1].evidence.push(text("Second answer", true));
    await shown(IndicatorList, { indicators: a.indicators, dimensions: a.dimensions });
    const items = all("[data-testid=indicator]");
    expect(items.map((i) => [i.dataset.indicator, i.dataset.counted])).toEqual([
      ["DR-01", "true"],
      ["COD-03", "true"],
      ["EXP-02", "false"],
    ]);
    const first = items[0].querySelector<HTMLElement>("[data-testid=indicator-tier]");
    expect(first?.textContent).toBe(STRINGS["ui-tier-strong"]);
    expect(first?.classList.contains("strong")).toBe(true);
    expect(items[2].querySelector("[data-testid=indicator-tier]")?.textContent).toBe("Mittel");
    expect(items[2].querySelector("[data-testid=indicator-not-counted]")?.textContent).toBe(STRINGS["ui-assessment-not-counted"]);
    expect(items[0].querySelector("[data-testid=indicator-not-counted]")).toBeNull();
    const dimensionName = a.dimensions.find((d) => d.id === "DR")?.name.text ?? "";
    expect(items[0].textContent).toContain(dimensionName);
    const evidence = all("[data-testid=evidence]", items[1]);
    expect(evidence.map((e) => e.firstChild?.textContent)).toEqual(["Who kept your documents? — The owner", "Second answer"]);
    expect(evidence[1].querySelector("[data-testid=fallback-notice]")).not.toBeNull();
  });

  it("a dimension Rust did not name is shown by its id", async () => {
    const a = fixture();
    a.indicators = [{ ...a.indicators[0], dimension: "XYZ" }];
    await shown(IndicatorList, { indicators: a.indicators, dimensions: a.dimensions });
    expect(all(".ind-head .muted")[0].textContent).toBe("XYZ");
  });

  it("compact: label, tier and not-counted marks, the evidence on one line", async () => {
    const indicators = [
      { id: "DR1", label: text("Deceived"), tier: text("strong"), dimension: "DR", counted: true, evidence: [text("a"), text("b")] },
      { id: "AVD3", label: text("Unknown area"), tier: null, dimension: "AVD", counted: false, evidence: [] },
    ];
    await shown(IndicatorList, { indicators, dimensions: [], compact: true });
    const items = all("[data-testid=indicator]");
    expect(items.map((i) => i.dataset.counted)).toEqual(["true", "false"]);
    expect(items[0].querySelector("strong")?.textContent).toBe("Deceived");
    expect(items[0].querySelector("[data-testid=indicator-tier]")?.textContent).toBe("strong");
    expect(items[1].querySelector("[data-testid=indicator-tier]")).toBeNull();
    expect(items[1].querySelector("[data-testid=indicator-not-counted]")).not.toBeNull();
    const evidence = all("[data-testid=evidence]", items[0]);
    expect(evidence).toHaveLength(1);
    expect(evidence[0].textContent?.trim()).toBe(`${STRINGS["ui-assessment-screen-evidence"]}: a · b`);
  });
});

describe("LanguageTimeline", () => {
  const entries: Assessment["language_timeline"] = [
    { at: 1764316800000, from: null, to: "sq", interpreter_id: "INT-07" },
    { at: 1764318600000, from: "sq", to: "ro", interpreter_id: null },
  ];

  it("lists each switch with the languages marked by lang, and the interpreter or that there was none", async () => {
    await shown(LanguageTimeline, { entries, id: "some-timeline" });
    const rows = all("#some-timeline [data-testid=timeline-entry]");
    expect(rows).toHaveLength(2);
    expect(all("strong[lang]").map((e) => e.getAttribute("lang"))).toEqual(["sq", "ro"]);
    expect(rows[0].querySelector("span[lang]")).toBeNull();
    expect(rows[1].querySelector("span[lang]")?.getAttribute("lang")).toBe("sq");
    expect(rows[0].textContent).toContain("INT-07");
    expect(rows[1].textContent).toContain(STRINGS["ui-language-no-interpreter"]);
    expect(byId("some-timeline").classList.contains("compact")).toBe(false);
  });

  it("without an id the list has none", async () => {
    await shown(LanguageTimeline, { entries, compact: true });
    const list = document.querySelector("ol.timeline");
    expect(list?.hasAttribute("id")).toBe(false);
    expect(list?.classList.contains("compact")).toBe(true);
  });
});

describe("RuleVersions", () => {
  it("names the rule and the catalogue", async () => {
    await shown(RuleVersions, { rule: "rule-2009.1", catalogue: "catalogue-1", id: "rule-version" });
    const codes = all("#rule-version code").map((c) => c.textContent);
    expect(codes).toEqual(["rule-2009.1", "catalogue-1"]);
    expect(byId("rule-version").textContent).toContain(STRINGS["ui-assessment-rule"]);
    expect(byId("rule-version").textContent).toContain(STRINGS["ui-assessment-catalogue"]);
  });
});
