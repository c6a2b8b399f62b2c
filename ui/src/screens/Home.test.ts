import { fireEvent } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import { appState, assessmentFixture, byId, homeFixture, ipc, maybeId, renderAt, screenFixture, settle, STRINGS } from "../test/harness";

describe("home", () => {
  it("groups interviews as drafts (stopped included), finished and exported", async () => {
    await renderAt("home", { home: homeFixture() });
    const drafts = byId("home-drafts").querySelectorAll('[data-testid="interview-card"]');
    expect([...drafts].map((c) => (c as HTMLElement).dataset.status)).toEqual(["draft", "stopped"]);
    expect(byId("home-finished").querySelectorAll('[data-testid="interview-card"]').length).toBe(1);
    expect(byId("home-exported").textContent).toContain(STRINGS["ui-home-empty"]);
    expect(drafts[0].textContent).toContain("#3F2A");
    expect(drafts[0].textContent).toContain("Shqip");
  });

  it("starts an interview in the chosen language with an optional interpreter", async () => {
    const calls = ipc({ start_interview: () => screenFixture("gate") });
    await renderAt("home", { home: homeFixture() });
    const start = byId("start-interview") as HTMLButtonElement;
    expect(start.disabled).toBe(true);
    await fireEvent.change(byId("interview-locale-select"), { target: { value: "ro" } });
    await fireEvent.click(start);
    await settle();
    expect(calls).toEqual([{ cmd: "start_interview", args: { interviewLocale: "ro", interpreterId: null } }]);
    expect(maybeId("gate-message")).not.toBeNull();
  });

  it("sends the interpreter id when one is given", async () => {
    const calls = ipc({ start_interview: () => screenFixture("question") });
    await renderAt("home", { home: homeFixture() });
    await fireEvent.change(byId("interview-locale-select"), { target: { value: "uk" } });
    await fireEvent.input(byId("interpreter-id"), { target: { value: " INT-07 " } });
    await fireEvent.click(byId("start-interview"));
    await settle();
    expect(calls[0].args).toEqual({ interviewLocale: "uk", interpreterId: "INT-07" });
  });

  it("resumes a draft with open_interview", async () => {
    const calls = ipc({ open_interview: () => screenFixture("question") });
    await renderAt("home", { home: homeFixture() });
    const card = document.querySelector('[data-testid="interview-card"][data-id="01JD4B7C1D2E"]')!;
    await fireEvent.click(card.querySelector('[data-action="resume"]')!);
    await settle();
    expect(calls).toEqual([{ cmd: "open_interview", args: { id: "01JD4B7C1D2E" } }]);
    expect(maybeId("progress")).not.toBeNull();
  });

  it("shows a finished interview's result only after confirming she has left the screen", async () => {
    const calls = ipc({ assessment: () => assessmentFixture() });
    await renderAt("home", { home: homeFixture() });
    await fireEvent.click(document.querySelector('[data-action="result"]')!);
    expect(calls).toEqual([]);
    await fireEvent.click(byId("interviewee-left-confirm"));
    await settle();
    expect(calls).toEqual([{ cmd: "assessment", args: { id: "01JC9E0F1A2B" } }]);
    expect(maybeId("assessment-result")).not.toBeNull();
  });

  it("the emergency panel is available from home, asked from Rust", async () => {
    const calls = ipc({
      emergency: () => ({
        title: { text: "Emergency help", locale: "en", fell_back: false },
        items: [],
        contacts: [],
      }),
    });
    await renderAt("home", { home: homeFixture() });
    await fireEvent.click(byId("emergency"));
    await settle();
    expect(calls).toEqual([{ cmd: "emergency", args: { id: null } }]);
    expect(byId("emergency-panel").textContent).toContain(STRINGS["ui-emergency-no-numbers"]);
  });

  it("the emergency panel still opens when Rust cannot answer", async () => {
    ipc({
      emergency: () => {
        throw { code: "field.locked", message: "Locked." };
      },
    });
    await renderAt("unlock", { app: appState("locked") });
    await fireEvent.click(byId("emergency"));
    await settle();
    expect(byId("emergency-panel").textContent).toContain(STRINGS["ui-emergency-no-numbers"]);
  });

  it("changes the auto-lock time", async () => {
    const calls = ipc({ set_auto_lock: () => appState("unlocked", { auto_lock_minutes: 15 }) });
    await renderAt("home", { home: homeFixture() });
    await fireEvent.change(byId("auto-lock-select"), { target: { value: "15" } });
    await settle();
    expect(calls).toEqual([{ cmd: "set_auto_lock", args: { minutes: 15 } }]);
    expect((byId("auto-lock-select") as HTMLSelectElement).value).toBe("15");
  });
});
