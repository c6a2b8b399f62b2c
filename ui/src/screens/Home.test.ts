import { fireEvent, screen } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import type { InterpreterEntry } from "../lib/types";
import { appState, assessmentFixture, byId, homeFixture, ipc, maybeId, renderAt, screenFixture, settle, STRINGS, testid } from "../test/harness";

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
    await renderAt("home", { home: homeFixture(), interpreters: [INT_07] });
    await fireEvent.change(byId("interview-locale-select"), { target: { value: "uk" } });
    await fireEvent.input(byId("interpreter-id"), { target: { value: " INT-07 " } });
    expect(testid("interpreter-entry")?.textContent).toContain("Olena K.");
    await fireEvent.click(byId("start-interview"));
    await settle();
    expect(calls[0].args).toEqual({ interviewLocale: "uk", interpreterId: "INT-07" });
  });

  it("an interpreter the registry does not know is added (name, languages, organisation) before the start", async () => {
    const calls = ipc({
      register_interpreter: (a) => [a.entry as InterpreterEntry],
      start_interview: () => screenFixture("question"),
    });
    await renderAt("home", { home: homeFixture() });
    await fireEvent.change(byId("interview-locale-select"), { target: { value: "uk" } });
    await fireEvent.input(byId("interpreter-id"), { target: { value: "INT-08" } });
    expect((byId("start-interview") as HTMLButtonElement).disabled).toBe(true);
    await fireEvent.input(byId("interpreter-id-name"), { target: { value: "Iryna P." } });
    await fireEvent.input(byId("interpreter-id-languages"), { target: { value: "uk, ru" } });
    await fireEvent.input(byId("interpreter-id-organisation"), { target: { value: "City interpreting" } });
    await fireEvent.click(byId("start-interview"));
    await settle();
    expect(calls).toEqual([
      {
        cmd: "register_interpreter",
        args: { entry: { id: "INT-08", display_name: "Iryna P.", languages: ["uk", "ru"], organisation: "City interpreting" } },
      },
      { cmd: "start_interview", args: { interviewLocale: "uk", interpreterId: "INT-08" } },
    ]);
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

  it("records a withdrawal of consent only after the worker confirms it, and says what it does", async () => {
    const text = (t: string) => ({ text: t, locale: "en", fell_back: false });
    const purpose = (p: string, value: string, withdrawable: boolean) => ({
      purpose: p,
      name: text(`name of ${p}`),
      value,
      value_text: text(value),
      withdrawable,
    });
    const before = {
      interview_id: "01JC9E0F1A2B",
      short_label: "#01JC",
      purposes: [
        purpose("assistance", "yes", true),
        purpose("sharing", "yes", true),
        purpose("police", "no", false),
        purpose("statistics", "unknown", true),
      ],
      identity_travels: true,
      notice: null,
    };
    const after = {
      ...before,
      purposes: [before.purposes[0], purpose("sharing", "no", false), before.purposes[2], before.purposes[3]],
      identity_travels: false,
      notice: text("Withdrawal recorded."),
    };
    const calls = ipc({ consent: () => before, withdraw_consent: () => after });
    await renderAt("home", { home: homeFixture() });
    const card = document.querySelector('[data-testid="interview-card"][data-id="01JC9E0F1A2B"]')!;
    await fireEvent.click(card.querySelector('[data-action="consent"]')!);
    await settle();
    const dialog = byId("consent-dialog");
    const rows = [...dialog.querySelectorAll<HTMLElement>('[data-testid="consent-purpose"]')];
    expect(rows.map((r) => [r.dataset.purpose, r.dataset.value])).toEqual([
      ["assistance", "yes"],
      ["sharing", "yes"],
      ["police", "no"],
      ["statistics", "unknown"],
    ]);
    // Police is already "no": nothing to withdraw. Unknown can be withdrawn (it becomes a no).
    expect(rows[2].querySelector('[data-action="withdraw"]')).toBeNull();
    expect(rows[3].querySelector('[data-action="withdraw"]')).not.toBeNull();
    expect(byId("consent-identity").textContent).toContain(STRINGS["ui-consent-identity-travels"]);

    await fireEvent.click(dialog.querySelector('[data-action="withdraw"][data-purpose="sharing"]')!);
    expect(calls.map((c) => c.cmd)).toEqual(["consent"]);
    expect(byId("consent-confirm").textContent).toContain("name of sharing");
    await fireEvent.click(byId("consent-withdraw-confirm"));
    await settle();
    expect(calls[1]).toEqual({ cmd: "withdraw_consent", args: { id: "01JC9E0F1A2B", purpose: "sharing" } });
    expect(byId("consent-notice").textContent).toContain("Withdrawal recorded.");
    expect(byId("consent-identity").textContent).toContain(STRINGS["ui-consent-identity-stays"]);
    expect(maybeId("consent-confirm")).toBeNull();
    await fireEvent.click(byId("consent-close"));
    expect(maybeId("consent-dialog")).toBeNull();
  });
});

const INT_07: InterpreterEntry = { id: "INT-07", display_name: "Olena K.", languages: ["uk"], organisation: "City interpreting" };

describe("purged interviews", () => {
  it("a purged card shows its status and no 0 / 0 progress bar; an exported one keeps its bar", async () => {
    const home = homeFixture();
    const card = (id: string, status: "exported" | "purged", answered: number) => ({
      id,
      short_label: `#${id.slice(0, 4)}`,
      status,
      started_at: 1763971200000,
      updated_at: 1763978400000,
      progress: { answered, applicable: answered },
      interview_locale: "ro" as const,
    });
    home.exported = [card("AAAA01", "purged", 0), card("BBBB02", "exported", 51)];
    await renderAt("home", { home });
    const purged = document.querySelector<HTMLElement>('[data-id="AAAA01"]')!;
    expect(purged.querySelector(".progress")).toBeNull();
    expect(purged.textContent).toContain(STRINGS["ui-status-purged"]);
    expect(document.querySelector('[data-id="BBBB02"] .progress')).not.toBeNull();
  });
});

describe("erase", () => {
  it("erases only after she ticks that it cannot be undone, then the app starts afresh", async () => {
    const calls = ipc({ erase_profile: () => appState("first_run") });
    await renderAt("home", { home: homeFixture() });
    await fireEvent.click(byId("erase-open"));
    const confirm = byId("erase-confirm") as HTMLButtonElement;
    expect(byId("erase-dialog").textContent).toContain(STRINGS["ui-erase-explain"]);
    expect(confirm.disabled).toBe(true);
    await fireEvent.click(confirm);
    await settle();
    expect(calls.filter((c) => c.cmd === "erase_profile")).toEqual([]);
    await fireEvent.click(byId("erase-understood"));
    expect(confirm.disabled).toBe(false);
    await fireEvent.click(confirm);
    await settle();
    expect(calls.map((c) => c.cmd)).toEqual(["erase_profile"]);
    expect(maybeId("home-drafts")).toBeNull();
    expect(maybeId("passphrase-confirm")).not.toBeNull();
  });

  it("cancelling leaves everything as it was", async () => {
    const calls = ipc({});
    await renderAt("home", { home: homeFixture() });
    await fireEvent.click(byId("erase-open"));
    await fireEvent.click(byId("erase-understood"));
    await fireEvent.click(screen.getByText(STRINGS["ui-button-cancel"]));
    await settle();
    expect(maybeId("erase-dialog")).toBeNull();
    expect(calls).toEqual([]);
    expect(maybeId("home-drafts")).not.toBeNull();
  });
});
