import { describe, expect, it } from "vitest";
import { assessmentFixture, byId, maybeId, renderAt, STRINGS, testid } from "../test/harness";

describe("assessment", () => {
  it("shows the result, that it is not a verdict, and that assistance never depends on it", async () => {
    await renderAt("assessment", { assessment: assessmentFixture() });
    expect(byId("assessment-result").dataset.result).toBe("indicators_met");
    expect(byId("assessment-result").textContent).toContain("Indicators met: refer for formal identification.");
    expect(byId("assessment-result").textContent).toContain(STRINGS["ui-assessment-screen-not-verdict"]);
    expect(byId("assessment-result").textContent).toContain(STRINGS["ui-assessment-screen-assistance"]);
  });

  it("shows the catalogue-not-verified notice when Rust sends one, and not otherwise", async () => {
    const { unmount } = await renderAt("assessment", { assessment: assessmentFixture() });
    expect(byId("catalogue-unverified").textContent).toContain("Catalogue not yet verified against the ILO publication");
    unmount();
    const verified = assessmentFixture();
    verified.catalogue_unverified_notice = null;
    await renderAt("assessment", { assessment: verified });
    expect(maybeId("catalogue-unverified")).toBeNull();
  });

  it("shows each dimension with its state and the indicators with their evidence", async () => {
    await renderAt("assessment", { assessment: assessmentFixture() });
    expect(testid("dimension-DR")?.dataset.state).toBe("positive");
    expect(testid("dimension-AVR")?.dataset.state).toBe("unresolved");
    expect(testid("dimension-AVR")?.textContent).toContain(STRINGS["ui-dimension-unresolved"]);
    expect(testid("dimension-CR")?.dataset.state).toBe("negative");
    const indicators = document.querySelectorAll('[data-testid="indicator"]');
    expect(indicators.length).toBe(3);
    expect(indicators[1].textContent).toContain("Confiscation of documents");
    expect(indicators[1].textContent).toContain("Who kept your documents? — The owner");
    expect(byId("rule-version").textContent).toContain("rule-2009.1");
    expect(byId("rule-version").textContent).toContain("catalogue-1 (provisional)");
  });

  it("shows the rights checklist, referrals with stale and example marks, conflict of interest and the language timeline", async () => {
    await renderAt("assessment", { assessment: assessmentFixture() });
    const rights = document.querySelectorAll<HTMLElement>('[data-testid="right"]');
    expect([...rights].map((r) => [r.dataset.right, r.dataset.explained, r.dataset.understood])).toEqual([
      ["lawyer", "true", "yes"],
      ["reflection", "true", "unknown"],
      ["compensation", "false", "no"],
    ]);
    const referrals = document.querySelectorAll<HTMLElement>('[data-testid="referral"]');
    expect(referrals[0].querySelector('[data-testid="referral-stale"]')?.textContent).toBe(STRINGS["ui-referral-outdated"]);
    expect(referrals[0].querySelector('[data-testid="referral-example"]')).not.toBeNull();
    expect(referrals[1].querySelector('[data-testid="referral-stale"]')).toBeNull();
    expect(referrals[1].querySelector('[data-testid="referral-example"]')).toBeNull();
    expect(byId("conflict-of-interest").textContent).toContain(STRINGS["ui-referral-conflict-hidden"]);
    const timeline = document.querySelectorAll('[data-testid="timeline-entry"]');
    expect(timeline.length).toBe(2);
    expect(timeline[1].textContent).toContain("Shqip");
    expect(timeline[1].textContent).toContain("Română");
    expect(timeline[0].textContent).toContain("INT-07");
  });

  it("no conflict flag when none was recorded", async () => {
    const a = assessmentFixture();
    a.conflict_of_interest = false;
    await renderAt("assessment", { assessment: a });
    expect(maybeId("conflict-of-interest")).toBeNull();
  });

  it("accepts the tier as a localised Text and marks indicators not counted; shows extra notices", async () => {
    const a = assessmentFixture();
    a.indicators[2].tier = { text: "Mittel", locale: "en", fell_back: false };
    a.indicators[2].counted = false;
    a.notices = [{ text: "Some answers were pre-filled and not confirmed.", locale: "en", fell_back: false }];
    a.directory_is_example = true;
    await renderAt("assessment", { assessment: a });
    const third = document.querySelectorAll('[data-testid="indicator"]')[2] as HTMLElement;
    expect(third.querySelector('[data-testid="indicator-tier"]')?.textContent).toBe("Mittel");
    expect(third.dataset.counted).toBe("false");
    expect(third.querySelector('[data-testid="indicator-not-counted"]')?.textContent).toBe(STRINGS["ui-assessment-not-counted"]);
    expect(testid("assessment-notice")?.textContent).toContain("pre-filled");
    expect(byId("directory-example").textContent).toBe(STRINGS["ui-referral-directory-example"]);
  });
});
