import { fireEvent } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import { assessmentFixture, byId, ipc, maybeId, renderAt, reviewFixture, screenFixture, settle } from "../test/harness";

describe("review", () => {
  it("lists the answers grouped by module, with edit buttons", async () => {
    const calls = ipc({ edit: () => screenFixture("date") });
    await renderAt("review", { review: reviewFixture() });
    const items = document.querySelectorAll('[data-testid="review-item"]');
    expect(items.length).toBe(4);
    expect(items[0].textContent).toContain("An advertisement");
    expect(document.querySelectorAll("section.module").length).toBe(3);
    const edit = document.querySelector<HTMLButtonElement>('[data-testid="review-edit"][data-question="jou.left_home"]')!;
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
