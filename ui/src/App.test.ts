import { fireEvent, render } from "@testing-library/svelte";
import { flushSync } from "svelte";
import { afterEach, describe, expect, it, vi } from "vitest";
import App from "./App.svelte";
import { session } from "./lib/session.svelte";
import { LOCKED_EVENT, type AppState } from "./lib/types";
import {
  appState,
  byId,
  deferred,
  homeFixture,
  ipc,
  maybeId,
  renderAt,
  screenFixture,
  settle,
  STRINGS,
  testid,
  emitFromRust,
  pings,
} from "./test/harness";

describe("start-up", () => {
  it("routes a first run to the profile creation", async () => {
    ipc({ app_state: () => appState("first_run") });
    render(App);
    await settle();
    expect(maybeId("create-profile")).not.toBeNull();
  });

  it("routes a locked profile to the unlock screen", async () => {
    ipc({ app_state: () => appState("locked") });
    render(App);
    await settle();
    expect(maybeId("unlock")).not.toBeNull();
    expect(maybeId("home")).toBeNull();
  });

  it("shows the draft-translation marker when the interface locale is a draft", async () => {
    ipc({ app_state: () => appState("locked", { draft_translation: true, interface_locale: "sq" }) });
    render(App);
    await settle();
    expect(byId("draft-marker-hint").textContent).toBe(STRINGS["ui-draft-translation-hint"]);
    expect(testid("draft-interface")?.textContent).toBe("Shqip");
  });
});

describe("test profile marker", () => {
  it("marks a profile with test-strength key derivation", async () => {
    ipc({ app_state: () => appState("locked", { insecure_test_profile: true }) });
    render(App);
    await settle();
    expect(byId("insecure-test-profile").textContent).toBe(STRINGS["ui-insecure-test-profile"]);
  });
});

describe("quick-hide", () => {
  it("shows the neutral screen synchronously, before Rust has answered, and drops the content", async () => {
    const held = deferred<AppState>();
    const calls = ipc({ quick_hide: () => held.promise });
    await renderAt("interview", { screen: screenFixture("question") });
    expect(testid("question-text")).not.toBeNull();
    byId("quick-hide").click();
    // No await between the click and these checks.
    expect(session.view).toBe("neutral");
    flushSync();
    expect(maybeId("neutral-screen")).not.toBeNull();
    expect(testid("question-text")).toBeNull();
    expect(document.body.textContent).not.toContain("Lantern");
    expect(document.body.textContent).not.toContain(STRINGS["ui-app-title"]);
    expect(maybeId("quick-hide")).toBeNull();
    expect(maybeId("emergency")).toBeNull();
    expect(document.title).toBe(STRINGS["ui-neutral-screen-title"]);
    expect(session.screen).toBeNull();
    await settle();
    expect(calls.map((c) => c.cmd)).toEqual(["quick_hide"]);
    held.resolve(appState("locked"));
    await settle();
    // Still neutral after Rust answered.
    expect(maybeId("neutral-screen")).not.toBeNull();
  });

  it("a reply still in flight when she hides is dropped: the interview never paints over the neutral screen", async () => {
    // The attack review's race (issue 16): an answer sent just before Hide whose screen arrives
    // after it, and an error that arrives after it.
    const answered = deferred<unknown>();
    const held = deferred<AppState>();
    ipc({ open_interview: () => answered.promise, quick_hide: () => held.promise });
    await renderAt("home", { home: homeFixture() });
    const resume = document.querySelector<HTMLButtonElement>('[data-action="resume"]');
    resume?.click();
    await settle();
    byId("quick-hide").click();
    answered.resolve(screenFixture("question"));
    held.resolve(appState("locked"));
    await settle();
    expect(session.view).toBe("neutral");
    expect(session.screen).toBeNull();
    expect(testid("question-text")).toBeNull();
    expect(maybeId("neutral-screen")).not.toBeNull();
    expect(session.busy).toBe(false);
  });

  it("an error still in flight when she hides is dropped too", async () => {
    const answered = deferred<unknown>();
    ipc({ open_interview: () => answered.promise, quick_hide: () => appState("locked") });
    await renderAt("home", { home: homeFixture() });
    document.querySelector<HTMLButtonElement>('[data-action="resume"]')?.click();
    await settle();
    byId("quick-hide").click();
    answered.reject({ code: "store.damaged", message: "The interview record is damaged." });
    await settle();
    expect(session.error).toBeNull();
    expect(maybeId("neutral-screen")).not.toBeNull();
  });

  it("uses no native title tooltips (one could stay on top of the neutral screen)", async () => {
    await renderAt("interview", { screen: screenFixture("question") });
    expect(document.querySelectorAll("[title]").length).toBe(0);
  });

  it("Ctrl+Shift+H hides", async () => {
    ipc({ quick_hide: () => appState("locked") });
    await renderAt("home", { home: homeFixture() });
    await fireEvent.keyDown(window, { key: "H", ctrlKey: true, shiftKey: true });
    expect(maybeId("neutral-screen")).not.toBeNull();
  });

  it("Escape twice hides; Escape once does not", async () => {
    ipc({ quick_hide: () => appState("locked") });
    await renderAt("home", { home: homeFixture() });
    await fireEvent.keyDown(window, { key: "Escape" });
    expect(maybeId("neutral-screen")).toBeNull();
    await fireEvent.keyDown(window, { key: "Escape" });
    expect(maybeId("neutral-screen")).not.toBeNull();
  });

  it("the way back from the neutral screen goes through the passphrase, then to the same question", async () => {
    const calls = ipc({
      quick_hide: () => appState("locked"),
      app_state: () => appState("locked"),
      unlock: () => appState("unlocked"),
      open_interview: () => screenFixture("question"),
    });
    await renderAt("interview", { screen: screenFixture("question") });
    await fireEvent.click(byId("quick-hide"));
    await settle();
    await fireEvent.click(byId("neutral-return"));
    await settle();
    expect(maybeId("unlock")).not.toBeNull();
    expect(byId("lock-cause").dataset.cause).toBe("hidden");
    await fireEvent.input(byId("passphrase"), { target: { value: "river lantern copper autumn" } });
    await fireEvent.click(byId("unlock"));
    await settle();
    expect(calls.map((c) => c.cmd)).toEqual(["quick_hide", "app_state", "unlock", "open_interview"]);
    expect(calls[3].args).toEqual({ id: "01JD3F2A7Q9X" });
    expect(testid("question-text")).not.toBeNull();
  });

  it("if Rust is somehow still unlocked when leaving the neutral screen, it is locked first", async () => {
    const calls = ipc({ quick_hide: () => new Promise(() => {}), app_state: () => appState("unlocked"), lock: () => appState("locked") });
    await renderAt("home", { home: homeFixture() });
    await fireEvent.click(byId("quick-hide"));
    await fireEvent.click(byId("neutral-return"));
    await settle();
    expect(calls.map((c) => c.cmd)).toEqual(["quick_hide", "app_state", "lock"]);
    expect(maybeId("unlock")).not.toBeNull();
  });
});

describe("locking", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("locks after the configured idle time, and activity postpones it", async () => {
    vi.useFakeTimers();
    const calls = ipc({ lock: () => appState("locked") });
    await renderAt("interview", { app: appState("unlocked", { auto_lock_minutes: 2 }), screen: screenFixture("question") });
    vi.advanceTimersByTime(90_000);
    window.dispatchEvent(new Event("mousemove"));
    vi.advanceTimersByTime(90_000);
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(31_000);
    flushSync();
    expect(calls.map((c) => c.cmd)).toEqual(["lock"]);
    expect(maybeId("unlock")).not.toBeNull();
    expect(byId("lock-cause").dataset.cause).toBe("auto");
    expect(testid("question-text")).toBeNull();
    // The open interview is remembered by id only.
    expect(session.openInterviewId).toBe("01JD3F2A7Q9X");
    expect(session.screen).toBeNull();
  });

  it("lock now locks and forgets the content", async () => {
    const calls = ipc({ lock: () => appState("locked") });
    await renderAt("home", { home: homeFixture() });
    await fireEvent.click(byId("lock-now"));
    await settle();
    expect(calls.map((c) => c.cmd)).toEqual(["lock"]);
    expect(session.home).toBeNull();
    expect(maybeId("unlock")).not.toBeNull();
  });

  it("a field.locked rejection leads to the unlock screen", async () => {
    ipc({
      answer: () => {
        throw { code: "field.locked", message: "Locked." };
      },
    });
    await renderAt("interview", { screen: screenFixture("question") });
    await fireEvent.click(document.querySelector('[data-option="friend"]')!);
    await settle();
    expect(maybeId("unlock")).not.toBeNull();
    expect(byId("lock-cause").dataset.cause).toBe("expired");
  });

  it("home button returns home from the interview", async () => {
    const calls = ipc({ home: () => homeFixture() });
    await renderAt("interview", { screen: screenFixture("question") });
    await fireEvent.click(byId("home"));
    await settle();
    expect(calls.map((c) => c.cmd)).toEqual(["home"]);
    expect(maybeId("start-interview")).not.toBeNull();
    expect(session.openInterviewId).toBeNull();
  });
});

describe("Rust's auto-lock backstop", () => {
  it("when Rust locked by itself, the interview leaves the screen at once", async () => {
    ipc({});
    await renderAt("interview", { screen: screenFixture("question") });
    await settle();
    expect(testid("question-text")).not.toBeNull();
    emitFromRust(LOCKED_EVENT);
    await settle();
    expect(session.view).toBe("unlock");
    expect(session.screen).toBeNull();
    expect(testid("question-text")).toBeNull();
  });

  it("activity pings Rust at most every 30 s while she uses the mouse or keyboard", async () => {
    vi.useFakeTimers({ now: 1_000_000 });
    try {
      const calls = ipc({});
      await renderAt("home", { home: homeFixture() });
      for (let i = 0; i < 5; i++) {
        window.dispatchEvent(new MouseEvent("mousemove"));
        vi.advanceTimersByTime(10_000);
      }
      window.dispatchEvent(new KeyboardEvent("keydown", { key: "a" }));
      // Pings at 0 s and 30 s; the key at 50 s is within 30 s of the last one. They are not
      // among the recorded intents.
      expect(pings()).toBe(2);
      expect(calls.filter((c) => c.cmd === "activity")).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });
});
