import { fireEvent } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import { assessmentFixture, byId, ipc, maybeId, renderAt, reviewFixture, screenFixture, settle } from "../test/harness";

describe("review", () => {
  it("lists the answers grouped by module, with edit buttons", async () => {
    const calls = ipc({ edit: () => screenFixture("date") });
    await renderAt("review", { review: reviewFixture() });
    const items = document.querySelectorAll('[data-testid="review-item"]');
    expect(items.length).toBe(7);
    expect(items[0].textContent).toContain("An advertisement");
    expect(document.querySelectorAll("section.module").length).toBe(3);
    const edit = document.querySelector<HTMLButtonElement>(
      '[data-testid="review-edit"][data-question="jou.left_home"][data-instance="1"]',
    )!;
    await fireEvent.click(edit);
    await settle();
    expect(calls).toEqual([{ cmd: "edit", args: { id: "01JD3F2A7Q9X", key: { question: "jou.left_home", instance: 1 } } }]);
    expect(maybeId("answer-year")).not.toBeNull();
  });

  it("finishing first asks whether she has left the screen, then shows the assessment", async () => {
    const calls = ipc({ finish: () => assessmentFixture() });
    await renderAt("review", { review: reviewFixture() });
    await fireEvent.click(byId("finish"));
    expect(calls).toEqual([]);
    expect(maybeId("assessment-result")).toBeNull();
    await fireEvent.click(byId("interviewee-left-confirm"));
    await settle();
    expect(calls).toEqual([{ cmd: "finish", args: { id: "01JD3F2A7Q9X" } }]);
    expect(maybeId("assessment-result")).not.toBeNull();
  });

  it("cancelling the confirmation does not finish", async () => {
    const calls = ipc({});
    await renderAt("review", { review: reviewFixture() });
    await fireEvent.click(byId("finish"));
    await fireEvent.click(byId("finish-cancel"));
    expect(calls).toEqual([]);
    expect(maybeId("finish-confirm")).toBeNull();
  });
});

describe("review with her (issue 18)", () => {
  it("shows each question and answer in both languages, her side marked for reading aloud", async () => {
    await renderAt("review", { review: reviewFixture() });
    const first = document.querySelector('[data-testid="review-item"]')!;
    const hers = first.querySelector<HTMLElement>('[data-testid="review-read-aloud"]');
    expect(hers?.getAttribute("lang")).toBe("ro");
    expect(hers?.textContent).toContain("Cum ați aflat prima dată despre acest loc de muncă?");
    expect(hers?.textContent).toContain("Dintr-un anunț");
    // An item without her side (interviewer-only, or one language) shows it once.
    const guardian = document.querySelector('[data-testid="review-item"][data-question="age.guardian"]')!;
    expect(guardian.querySelector('[data-testid="review-read-aloud"]')).toBeNull();
  });

  it("labels each journey leg and keeps a leg's answers together", async () => {
    await renderAt("review", { review: reviewFixture() });
    const legs = Array.from(document.querySelectorAll<HTMLElement>('[data-testid="review-leg"]'));
    expect(legs.map((l) => l.dataset.instance)).toEqual(["1", "2"]);
    expect(legs[0].querySelector("h3")?.textContent).toContain("Part of the journey");
    expect(legs[0].querySelector("h3")?.textContent).toContain("1");
    const inLeg = (l: HTMLElement) =>
      Array.from(l.querySelectorAll<HTMLElement>('[data-testid="review-item"]')).map((i) => i.dataset.question);
    expect(inLeg(legs[0])).toEqual(["jou.left_home", "jou.transport"]);
    expect(inLeg(legs[1])).toEqual(["jou.left_home", "jou.transport"]);
    expect(legs[1].textContent).toContain("April 2003");
    expect(legs[1].textContent).not.toContain("March 2003");
  });
});
