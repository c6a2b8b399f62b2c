import { fireEvent } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import { BUSY_SHOWN_AFTER_MS, session } from "../lib/session.svelte";
import type { InterpreterEntry, Screen } from "../lib/types";
import {
  byId,
  deferred,
  ipc,
  maybeId,
  renderAt,
  reviewFixture,
  screenFixture,
  settle,
  STRINGS,
  testid,
} from "../test/harness";

function answerReturns(next: Screen) {
  return ipc({ answer: () => next });
}

describe("question: interpreter view", () => {
  it("shows the question and its options in both languages, the interview side marked read aloud", async () => {
    await renderAt("interview", { screen: screenFixture("question") });
    expect(testid("question-text")?.textContent).toContain("How did you first hear about the job?");
    expect(testid("question-text-interview")?.textContent).toContain("Si dëgjuat për herë të parë për punën?");
    expect(testid("question-text-interview")?.getAttribute("lang")).toBe("sq");
    expect(testid("question-text-read-aloud")?.textContent).toContain(STRINGS["ui-interpreter-view-read-aloud-label"]);
    expect(testid("question-text-read-aloud")?.textContent).toContain("Shqip");
    const friend = document.querySelector('[data-option="friend"]');
    expect(friend?.textContent).toContain("From a friend or acquaintance");
    expect(friend?.textContent).toContain("Nga një mik ose i njohur");
  });

  it("shows a single text when interface and interview language are the same", async () => {
    await renderAt("interview", { screen: screenFixture("yes_no.same_language") });
    expect(testid("question-text")?.textContent).toContain("Do you agree that we help you?");
    expect(testid("question-text-interview")).toBeNull();
    expect(testid("question-text-read-aloud")).toBeNull();
  });

  it("marks a text that fell back to another language", async () => {
    await renderAt("interview", { screen: screenFixture("question") });
    const other = document.querySelector('[data-option="other"]');
    const notes = other?.querySelectorAll('[data-testid="fallback-notice"]') ?? [];
    expect(notes.length).toBe(1);
    expect(notes[0].textContent).toContain(STRINGS["ui-fallback-badge"]);
    expect(notes[0].textContent).toContain("English");
    // Texts that did not fall back carry no notice.
    expect(document.querySelector('[data-option="friend"] [data-testid="fallback-notice"]')).toBeNull();
  });

  it("shows interviewer-only items once, in the interface language, marked do not read aloud", async () => {
    await renderAt("interview", { screen: screenFixture("interviewer_only") });
    expect(testid("question-text")?.textContent).toContain("Do you see signs of injury?");
    expect(testid("question-text-interview")).toBeNull();
    expect(testid("interviewer-only")?.textContent).toContain(STRINGS["ui-interpreter-view-interviewer-only"]);
    expect(document.querySelector('[data-testid="question"]')?.classList.contains("interviewer-only")).toBe(true);
    expect(testid("observation-marker")).not.toBeNull();
  });

  it("offers don't know on every question type, and declined on the questions put to her", async () => {
    for (const name of ["question", "interviewer_only", "multiple", "number", "date", "text", "yes_no.same_language"]) {
      const { unmount } = await renderAt("interview", { screen: screenFixture(name) });
      expect(maybeId("dont-know"), name).not.toBeNull();
      // The worker answers an interviewer-only question herself: declining is not hers (issue 18).
      expect(maybeId("declined") === null, name).toBe(name === "interviewer_only");
      unmount();
    }
  });
});

describe("question: answers sent", () => {
  it("a single choice sends a choice answer and shows the returned screen", async () => {
    const next = screenFixture("number");
    const calls = answerReturns(next);
    await renderAt("interview", { screen: screenFixture("question") });
    await fireEvent.click(document.querySelector('[data-option="advert"]')!);
    await settle();
    expect(calls).toEqual([
      {
        cmd: "answer",
        args: { id: "01JD3F2A7Q9X", key: { question: "rec.how_met", instance: null }, value: { kind: "choice", value: "advert" } },
      },
    ]);
    expect(maybeId("answer-number")).not.toBeNull();
  });

  it("yes/no sends a yes_no answer", async () => {
    const calls = answerReturns(screenFixture("question"));
    await renderAt("interview", { screen: screenFixture("yes_no.same_language") });
    await fireEvent.click(document.querySelector('[data-option="no"]')!);
    await settle();
    expect(calls[0].args.value).toEqual({ kind: "yes_no", value: "no" });
  });

  it("sends the answer key back exactly as Rust sent it (string form)", async () => {
    const calls = answerReturns(screenFixture("question"));
    const screen = screenFixture("date");
    (screen.question as { key: unknown }).key = "J2#1";
    await renderAt("interview", { screen });
    expect(testid("question")?.dataset.question).toBe("J2");
    expect(testid("question")?.dataset.instance).toBe("1");
    await fireEvent.input(byId("answer-year"), { target: { value: "2003" } });
    await fireEvent.click(byId("answer-submit"));
    await settle();
    expect(calls[0].args.key).toBe("J2#1");
  });

  it("a third yes/no option (unsure) is sent as it is, never as no", async () => {
    const calls = answerReturns(screenFixture("question"));
    const screen = screenFixture("yes_no.same_language");
    screen.question!.options.push({
      id: "unsure",
      label: { interface: { text: "Not sure", locale: "en", fell_back: false }, interview: null },
      exclusive: false,
    });
    await renderAt("interview", { screen });
    await fireEvent.click(document.querySelector('[data-option="unsure"]')!);
    await settle();
    expect(calls[0].args.value).toEqual({ kind: "yes_no", value: "unsure" });
  });

  it("don't know and declined send unknown values, never a no", async () => {
    const calls = answerReturns(screenFixture("question"));
    await renderAt("interview", { screen: screenFixture("yes_no.same_language") });
    await fireEvent.click(byId("dont-know"));
    await settle();
    await fireEvent.click(byId("declined"));
    await settle();
    expect(calls.map((c) => c.args.value)).toEqual([
      { kind: "unknown", value: "dont_know" },
      { kind: "unknown", value: "declined" },
    ]);
  });

  it("multiple choice toggles, respects exclusive options and confirms", async () => {
    const calls = answerReturns(screenFixture("question"));
    await renderAt("interview", { screen: screenFixture("multiple") });
    const submit = byId("answer-submit") as HTMLButtonElement;
    expect(submit.disabled).toBe(true);
    await fireEvent.click(document.querySelector('[data-option="owner"]')!);
    await fireEvent.click(document.querySelector('[data-option="boyfriend"]')!);
    expect(document.querySelector('[data-option="owner"]')?.getAttribute("aria-pressed")).toBe("true");
    // Nothing is sent while toggling.
    expect(calls).toEqual([]);
    await fireEvent.click(document.querySelector('[data-option="nobody"]')!);
    expect(document.querySelector('[data-option="owner"]')?.getAttribute("aria-pressed")).toBe("false");
    await fireEvent.click(document.querySelector('[data-option="owner"]')!);
    expect(document.querySelector('[data-option="nobody"]')?.getAttribute("aria-pressed")).toBe("false");
    await fireEvent.click(document.querySelector('[data-option="boyfriend"]')!);
    await fireEvent.click(submit);
    await settle();
    expect(calls[0].args.value).toEqual({ kind: "choices", value: ["owner", "boyfriend"] });
  });

  it("a number is sent as a number, with Enter", async () => {
    const calls = answerReturns(screenFixture("question"));
    await renderAt("interview", { screen: screenFixture("number") });
    const input = byId("answer-number") as HTMLInputElement;
    expect(input.min).toBe("0");
    expect(input.max).toBe("120");
    await fireEvent.input(input, { target: { value: "17" } });
    await fireEvent.submit(input.form!);
    await settle();
    expect(calls[0].args).toEqual({
      id: "01JD3F2A7Q9X",
      key: { question: "age.stated_age", instance: null },
      value: { kind: "number", value: 17 },
    });
  });

  it("an approximate date needs the year; month and day are optional", async () => {
    const calls = answerReturns(screenFixture("question"));
    await renderAt("interview", { screen: screenFixture("date") });
    const submit = byId("answer-submit") as HTMLButtonElement;
    expect(submit.disabled).toBe(true);
    expect((byId("answer-day") as HTMLInputElement).disabled).toBe(true);
    await fireEvent.input(byId("answer-year"), { target: { value: "2003" } });
    expect(submit.disabled).toBe(false);
    await fireEvent.click(submit);
    await settle();
    expect(calls[0].args.value).toEqual({ kind: "date", value: { year: 2003 } });
    expect(calls[0].args.key).toEqual({ question: "jou.left_home", instance: 1 });
  });

  it("an approximate date with month and day", async () => {
    const calls = answerReturns(screenFixture("question"));
    await renderAt("interview", { screen: screenFixture("date") });
    await fireEvent.input(byId("answer-year"), { target: { value: "2003" } });
    await fireEvent.change(byId("answer-month"), { target: { value: "3" } });
    await fireEvent.input(byId("answer-day"), { target: { value: "14" } });
    await fireEvent.click(byId("answer-submit"));
    await settle();
    expect(calls[0].args.value).toEqual({ kind: "date", value: { year: 2003, month: 3, day: 14 } });
  });

  it("free text has a maximum length and is sent as text", async () => {
    const calls = answerReturns(screenFixture("question"));
    await renderAt("interview", { screen: screenFixture("text") });
    const area = byId("answer-text") as HTMLTextAreaElement;
    expect(area.maxLength).toBe(500);
    await fireEvent.input(area, { target: { value: "A safe place to sleep" } });
    expect(testid("text-counter")?.textContent).toContain("21 / 500");
    await fireEvent.click(byId("answer-submit"));
    await settle();
    expect(calls[0].args.value).toEqual({ kind: "text", value: "A safe place to sleep" });
  });

  it("a second answer is ignored while one is awaited; controls look disabled only when it is slow", async () => {
    const held = deferred<Screen>();
    let answers = 0;
    ipc({
      answer: () => {
        answers++;
        return held.promise;
      },
    });
    await renderAt("interview", { screen: screenFixture("question") });
    await fireEvent.click(document.querySelector('[data-option="friend"]')!);
    await settle();
    const fieldset = document.querySelector("fieldset") as HTMLFieldSetElement;
    // A normal save takes milliseconds: no repaint of every control for it.
    expect(fieldset.disabled).toBe(false);
    expect(session.busy).toBe(true);
    await fireEvent.click(document.querySelector('[data-option="friend"]')!);
    await settle();
    expect(answers).toBe(1);
    await new Promise((r) => setTimeout(r, BUSY_SHOWN_AFTER_MS + 50));
    await settle();
    expect(fieldset.disabled).toBe(true);
    expect(byId("home")).toHaveProperty("disabled", true);
    expect(testid("question-text")?.textContent).toContain("How did you first hear");
    held.resolve(screenFixture("text"));
    await settle();
    expect(maybeId("answer-text")).not.toBeNull();
    expect(session.busy).toBe(false);
  });

  it("an invalid answer shows the localised error and keeps the question", async () => {
    ipc({
      answer: () => {
        throw { code: "field.invalid_answer", message: "The number must be between 0 and 120." };
      },
    });
    await renderAt("interview", { screen: screenFixture("number") });
    await fireEvent.input(byId("answer-number"), { target: { value: "300" } });
    await fireEvent.click(byId("answer-submit"));
    await settle();
    expect(byId("error-message").textContent).toBe("The number must be between 0 and 120.");
    expect(byId("error-message").dataset.code).toBe("field.invalid_answer");
    expect(maybeId("answer-number")).not.toBeNull();
  });

  it("go back asks Rust for the previous question", async () => {
    const previous = screenFixture("question");
    previous.question!.current = { kind: "choice", value: "agency" };
    const calls = ipc({ go_back: () => previous });
    await renderAt("interview", { screen: screenFixture("number") });
    await fireEvent.click(byId("go-back"));
    await settle();
    expect(calls).toEqual([{ cmd: "go_back", args: { id: "01JD3F2A7Q9X" } }]);
    expect(document.querySelector('[data-option="agency"]')?.getAttribute("aria-pressed")).toBe("true");
  });
});

describe("pre-filled answers", () => {
  it("offers to confirm the earlier answer or to change it", async () => {
    const calls = ipc({ confirm_prefilled: () => screenFixture("number"), answer: () => screenFixture("number") });
    await renderAt("interview", { screen: screenFixture("prefilled") });
    expect(testid("prefilled-value")?.textContent).toBe("An advertisement");
    expect(document.querySelector('[data-option="advert"]')?.getAttribute("aria-pressed")).toBe("true");
    await fireEvent.click(byId("confirm-prefilled"));
    await settle();
    expect(calls[0]).toEqual({
      cmd: "confirm_prefilled",
      args: { id: "01JD3F2A7Q9X", key: { question: "rec.how_met", instance: null } },
    });
  });
});

describe("interview controls", () => {
  it("STOP hides the question and asks for the reason before stopping", async () => {
    const calls = ipc({ stop: () => screenFixture("stopped") });
    await renderAt("interview", { screen: screenFixture("question") });
    await fireEvent.click(byId("stop"));
    expect(calls).toEqual([]);
    expect(maybeId("stop-dialog")).not.toBeNull();
    expect(document.querySelector(".content")?.classList.contains("hidden-behind")).toBe(true);
    for (const reason of ["interviewee", "safety", "interruption"]) expect(maybeId(`stop-reason-${reason}`)).not.toBeNull();
    await fireEvent.click(byId("stop-reason-safety"));
    await settle();
    expect(calls).toEqual([{ cmd: "stop", args: { id: "01JD3F2A7Q9X", reason: "safety" } }]);
    expect(maybeId("stop-dialog")).toBeNull();
    expect(byId("stopped-reason").textContent).toBe(STRINGS["ui-pause-reason-safety"]);
  });

  it("the stop dialog can be cancelled without stopping", async () => {
    const calls = ipc({});
    await renderAt("interview", { screen: screenFixture("question") });
    await fireEvent.click(byId("stop"));
    await fireEvent.click(byId("stop-cancel"));
    expect(maybeId("stop-dialog")).toBeNull();
    expect(calls).toEqual([]);
  });

  it("the stopped screen resumes", async () => {
    const calls = ipc({ resume: () => screenFixture("question") });
    await renderAt("interview", { screen: screenFixture("stopped") });
    expect(maybeId("stop")).toBeNull();
    await fireEvent.click(byId("resume"));
    await settle();
    expect(calls).toEqual([{ cmd: "resume", args: { id: "01JD3F2A7Q9X" } }]);
    expect(testid("question-text")).not.toBeNull();
  });

  it("switching the interview language is sent with the interpreter and recorded by Rust", async () => {
    const switched = screenFixture("question");
    switched.interview_locale = "ro";
    const calls = ipc({ switch_language: () => switched });
    await renderAt("interview", { screen: screenFixture("question"), interpreters: [entry("INT-09")] });
    expect(testid("interview-locale")?.textContent).toBe("Shqip");
    await fireEvent.click(byId("language-switcher"));
    expect((byId("language-switch-confirm") as HTMLButtonElement).disabled).toBe(true);
    await fireEvent.change(byId("language-switch-select"), { target: { value: "ro" } });
    await fireEvent.input(byId("language-switch-interpreter"), { target: { value: "INT-09" } });
    await fireEvent.click(byId("language-switch-confirm"));
    await settle();
    expect(calls).toEqual([{ cmd: "switch_language", args: { id: "01JD3F2A7Q9X", locale: "ro", interpreterId: "INT-09" } }]);
    expect(maybeId("language-panel")).toBeNull();
    expect(testid("interview-locale")?.textContent).toBe("Română");
  });

  it("a language switch carries the interpreter present over unless the worker changes it", async () => {
    const calls = ipc({ switch_language: () => screenFixture("question") });
    const screen = screenFixture("question");
    screen.interpreter_id = "INT-07";
    await renderAt("interview", { screen, interpreters: [entry("INT-07")] });
    await fireEvent.click(byId("language-switcher"));
    expect((byId("language-switch-interpreter") as HTMLInputElement).value).toBe("INT-07");
    await fireEvent.change(byId("language-switch-select"), { target: { value: "uk" } });
    await fireEvent.click(byId("language-switch-confirm"));
    await settle();
    expect(calls[0].args).toEqual({ id: "01JD3F2A7Q9X", locale: "uk", interpreterId: "INT-07" });
  });

  it("a new interpreter can join without a change of language; nothing changed sends nothing", async () => {
    const calls = ipc({ switch_language: () => screenFixture("question") });
    const screen = screenFixture("question");
    screen.interpreter_id = "INT-07";
    await renderAt("interview", { screen, interpreters: [entry("INT-07"), entry("INT-08")] });
    await fireEvent.click(byId("language-switcher"));
    expect((byId("language-switch-confirm") as HTMLButtonElement).disabled).toBe(true);
    await fireEvent.input(byId("language-switch-interpreter"), { target: { value: "INT-08" } });
    await fireEvent.click(byId("language-switch-confirm"));
    await settle();
    expect(calls).toEqual([{ cmd: "switch_language", args: { id: "01JD3F2A7Q9X", locale: "sq", interpreterId: "INT-08" } }]);
  });

  it("no interpreter id is sent as null", async () => {
    const calls = ipc({ switch_language: () => screenFixture("question") });
    await renderAt("interview", { screen: screenFixture("question") });
    await fireEvent.click(byId("language-switcher"));
    await fireEvent.change(byId("language-switch-select"), { target: { value: "uk" } });
    await fireEvent.click(byId("language-switch-confirm"));
    await settle();
    expect(calls[0].args).toEqual({ id: "01JD3F2A7Q9X", locale: "uk", interpreterId: null });
  });

  it("shows progress, the emergency and quick-hide buttons and the draft marker", async () => {
    await renderAt("interview", { screen: screenFixture("question") });
    expect(byId("progress").dataset.answered).toBe("12");
    expect(byId("progress").dataset.applicable).toBe("48");
    expect(maybeId("emergency")).not.toBeNull();
    expect(maybeId("quick-hide")).not.toBeNull();
    expect(byId("draft-marker").textContent).toContain("Shqip");
  });

  it("no draft marker when neither language is a draft", async () => {
    await renderAt("interview", { screen: screenFixture("yes_no.same_language") });
    expect(maybeId("draft-marker")).toBeNull();
  });

  it("the emergency panel opens at once from the screen's own data", async () => {
    const calls = ipc({});
    await renderAt("interview", { screen: screenFixture("question") });
    await fireEvent.click(byId("emergency"));
    expect(calls).toEqual([]);
    const panel = byId("emergency-panel");
    expect(panel.textContent).toContain("Risk of self-harm");
    expect(panel.textContent).toContain("+383 38 000 000");
    expect(testid("emergency-item-self_harm")?.dataset.triggered).toBe("true");
    await fireEvent.click(byId("emergency-close"));
    expect(maybeId("emergency-panel")).toBeNull();
  });

  it("shows the child-pathway banner", async () => {
    await renderAt("interview", { screen: screenFixture("child") });
    expect(maybeId("child-pathway-banner")).not.toBeNull();
    expect(testid("banner")?.textContent).toContain("minority is presumed");
  });

  it("no child-pathway banner otherwise", async () => {
    await renderAt("interview", { screen: screenFixture("question") });
    expect(maybeId("child-pathway-banner")).toBeNull();
  });
});

describe("other screen kinds", () => {
  it("a gate blocks: its message, no answer controls, a way back", async () => {
    const calls = ipc({ go_back: () => screenFixture("question") });
    await renderAt("interview", { screen: screenFixture("gate") });
    expect(byId("gate-message").textContent).toContain("private place");
    expect(byId("gate-message").textContent).toContain("Intervista mund të vazhdojë");
    expect(document.querySelector("[data-option]")).toBeNull();
    expect(maybeId("answer-submit")).toBeNull();
    expect(maybeId("dont-know")).toBeNull();
    await fireEvent.click(byId("go-back"));
    await settle();
    expect(calls).toEqual([{ cmd: "go_back", args: { id: "01JD3F2A7Q9X" } }]);
  });

  it("the repeat prompt adds a leg or closes the group", async () => {
    const calls = ipc({ add_instance: () => screenFixture("date"), close_group: () => screenFixture("question") });
    await renderAt("interview", { screen: screenFixture("repeat") });
    expect(byId("add-leg").textContent).toContain("Add another leg");
    expect(byId("done-legs").textContent).toContain("No more legs");
    await fireEvent.click(byId("add-leg"));
    await settle();
    expect(calls[0]).toEqual({ cmd: "add_instance", args: { id: "01JD3F2A7Q9X", group: "journey_leg" } });
    expect(testid("group-label")?.textContent).toContain("Journey leg 1");
    session.screen = screenFixture("repeat");
    await settle();
    await fireEvent.click(byId("done-legs"));
    await settle();
    expect(calls[1]).toEqual({ cmd: "close_group", args: { id: "01JD3F2A7Q9X", group: "journey_leg" } });
  });

  it("the complete screen leads to the review", async () => {
    const calls = ipc({ review: () => reviewFixture() });
    await renderAt("interview", { screen: screenFixture("complete") });
    await fireEvent.click(byId("review"));
    await settle();
    expect(calls).toEqual([{ cmd: "review", args: { id: "01JD3F2A7Q9X" } }]);
    expect(maybeId("review-screen")).not.toBeNull();
  });
});

describe("emergency signalled by an answer", () => {
  it("opens the emergency route at once when the answer triggers an item for the first time", async () => {
    const next = screenFixture("question");
    next.emergency = { ...next.emergency, items: next.emergency.items.map((i) => ({ ...i, triggered: i.id === "self_harm" })) };
    next.emergency_alert = ["self_harm"];
    answerReturns(next);
    await renderAt("interview", { screen: screenFixture("yes_no.same_language") });
    expect(maybeId("emergency-panel")).toBeNull();
    await fireEvent.click(document.querySelector('[data-option="yes"]')!);
    await settle();
    expect(maybeId("emergency-panel")).not.toBeNull();
    expect(byId("emergency-alert").textContent).toContain(STRINGS["ui-emergency-alert"]);
    expect(testid("emergency-item-self_harm")?.dataset.triggered).toBe("true");
    await fireEvent.click(byId("emergency-close"));
    expect(maybeId("emergency-panel")).toBeNull();
  });

  it("does not open it for an answer without a new danger signal", async () => {
    answerReturns(screenFixture("question"));
    await renderAt("interview", { screen: screenFixture("yes_no.same_language") });
    await fireEvent.click(document.querySelector('[data-option="yes"]')!);
    await settle();
    expect(maybeId("emergency-panel")).toBeNull();
  });
});

describe("the number RI11 promises", () => {
  it("is on the stopped screen and on the closing screen", async () => {
    for (const [name, id] of [
      ["stopped", "stopped-numbers"],
      ["complete", "complete-numbers"],
    ]) {
      const screen = screenFixture(name);
      expect(screen.emergency.contacts.length).toBeGreaterThan(0);
      await renderAt("interview", { screen });
      const numbers = byId(id);
      expect(numbers.textContent).toContain(STRINGS["ui-numbers-to-call"]);
      expect(numbers.querySelectorAll('[data-testid="call-number"]').length).toBe(screen.emergency.contacts.length);
      expect(numbers.textContent).toContain(screen.emergency.contacts[0].phone);
    }
  });
});

function entry(id: string): InterpreterEntry {
  return { id, display_name: `Interpreter ${id}`, languages: ["uk"], organisation: "City interpreting" };
}


describe("question: single-key answers and stated ranges (issue 18)", () => {
  const sent = (calls: { cmd: string; args: Record<string, unknown> }[]) =>
    calls.filter((c) => c.cmd === "answer").map((c) => c.args.value);

  it("answers a choice with its number key, and D for don't know", async () => {
    const calls = answerReturns(screenFixture("question"));
    await renderAt("interview", { screen: screenFixture("question") });
    await fireEvent.keyDown(window, { key: "2" });
    await settle();
    expect(sent(calls)).toEqual([{ kind: "choice", value: "advert" }]);
    await fireEvent.keyDown(window, { key: "d" });
    await settle();
    expect(sent(calls)[1]).toEqual({ kind: "unknown", value: "dont_know" });
    expect(document.querySelector('[data-option="advert"] kbd')?.textContent).toBe("2");
  });

  it("answers yes / no with Y and N, and ignores keys with a modifier or beyond the options", async () => {
    const calls = answerReturns(screenFixture("yes_no.same_language"));
    await renderAt("interview", { screen: screenFixture("yes_no.same_language") });
    await fireEvent.keyDown(window, { key: "y", ctrlKey: true });
    await fireEvent.keyDown(window, { key: "9" });
    await settle();
    expect(sent(calls)).toEqual([]);
    await fireEvent.keyDown(window, { key: "n" });
    await settle();
    expect(sent(calls)).toEqual([{ kind: "yes_no", value: "no" }]);
  });

  it("toggles a multiple choice with number keys without sending", async () => {
    const calls = answerReturns(screenFixture("multiple"));
    await renderAt("interview", { screen: screenFixture("multiple") });
    await fireEvent.keyDown(window, { key: "1" });
    await settle();
    expect(sent(calls)).toEqual([]);
    expect(document.querySelector('[data-option="owner"]')?.getAttribute("aria-pressed")).toBe("true");
  });

  it("leaves keys typed into a field alone", async () => {
    const calls = answerReturns(screenFixture("number"));
    await renderAt("interview", { screen: screenFixture("number") });
    await fireEvent.keyDown(byId("answer-number"), { key: "d" });
    await settle();
    expect(sent(calls)).toEqual([]);
  });

  it("states the allowed range of a number", async () => {
    await renderAt("interview", { screen: screenFixture("number") });
    const range = testid("number-range");
    expect(range?.textContent).toContain(STRINGS["ui-answer-number-range"]);
    expect(range?.textContent).toContain("0");
    expect(range?.textContent).toContain("120");
    expect(byId("answer-number").getAttribute("aria-describedby")).toBe("number-range");
  });
});
