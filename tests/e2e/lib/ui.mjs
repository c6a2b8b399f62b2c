// Driving the Lantern UI through its stable ids (ui/TESTIDS.md). Visible texts are localised, so
// they are never used as selectors; they are only checked for being real texts (no bare ids).
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { lanternTool, ROOT } from "./driver.mjs";

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// What the page shows, as one short signature: the view, and in an interview the question key
// (or gate / repeat prompt / complete / stopped). Kept as source text so that the same function
// runs in the page's own latency recorder.
const SIGNATURE_SRC = `function () {
  if (document.getElementById("neutral-screen")) return "neutral";
  const main = document.querySelector("main#main");
  const view = main ? main.dataset.view : "none";
  if (view !== "interview") return view;
  const q = document.querySelector("[data-testid=question]");
  if (q) return "q:" + q.dataset.question + (q.dataset.instance ? "#" + q.dataset.instance : "");
  const gate = document.getElementById("gate");
  if (gate) return "gate:" + gate.dataset.gate;
  const rep = document.getElementById("repeat-prompt");
  if (rep) return "repeat:" + rep.dataset.group + ":" + rep.dataset.instances;
  if (document.getElementById("complete")) return "complete";
  if (document.getElementById("stopped")) return "stopped";
  return "interview:?";
}`;

const PROBE_SRC = `
  const signature = ${SIGNATURE_SRC};
  const err = document.getElementById("error-message") || document.getElementById("unlock-error") || document.getElementById("create-error");
  const loc = document.querySelector("[data-testid=interview-locale]");
  const main = document.querySelector("main#main");
  return {
    sig: signature(),
    view: document.getElementById("neutral-screen") ? "neutral" : (main ? main.dataset.view : "none"),
    busy: !!document.querySelector("[aria-busy=true]") || !!document.getElementById("derive-progress"),
    alert: err ? { code: err.dataset.code || null, text: err.textContent.trim() } : null,
    interviewLocale: loc ? loc.getAttribute("lang") : null,
    languagePanel: !!document.getElementById("language-panel"),
  };`;

/** The page's state in one round trip. */
export function probe(b) {
  return b.execute(PROBE_SRC);
}

/**
 * Polls until `pred(state)` holds (and the page is not busy). Fails early on an error message
 * that was not there before, with its code and text.
 */
export async function waitState(b, pred, what, timeoutMs = 10000) {
  const deadline = Date.now() + timeoutMs;
  let s;
  for (;;) {
    s = await probe(b);
    if (!s.busy && pred(s)) return s;
    if (!s.busy && s.alert && !pred(s)) {
      throw new Error(`waiting for ${what}: the app shows error ${s.alert.code}: "${s.alert.text}" (at ${s.sig})`);
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; page is at ${s.sig}`);
    await sleep(5);
  }
}

export const waitView = (b, view, timeoutMs) => waitState(b, (s) => s.view === view, `view ${view}`, timeoutMs);
export const waitSig = (b, sig, timeoutMs) => waitState(b, (s) => s.sig === sig, sig, timeoutMs);

/** Goes back (the "back" button) until question `key` is on screen; at most `max` steps. */
export async function backTo(b, key, max = 6) {
  let s = await probe(b);
  for (let i = 0; i < max && s.sig !== `q:${key}`; i++) {
    const from = s.sig;
    await click(b, "#go-back");
    s = await waitState(b, (x) => x.sig !== from, `back from ${from}`);
  }
  assert.equal(s.sig, `q:${key}`, `back to ${key}`);
  return s;
}

export async function click(b, selector) {
  const el = await b.$(selector);
  await el.waitForExist({ timeout: 5000, timeoutMsg: `${selector} not there` });
  // Into the middle of the window first: WebDriver scrolls an element to the top edge, where
  // the sticky header covers it ("element click intercepted").
  await el.scrollIntoView({ block: "center" });
  await el.waitForClickable({ timeout: 5000, timeoutMsg: `${selector} not clickable` });
  await el.click();
}

/** Selects an <option> of a <select> by its value (fires input and change like a user would). */
export async function select(b, selector, value) {
  const el = await b.$(selector);
  await el.waitForEnabled({ timeout: 5000 });
  await el.selectByAttribute("value", value);
  const now = await el.getValue();
  assert.equal(now, value, `${selector} should be ${value}`);
}

export async function type(b, selector, text) {
  const el = await b.$(selector);
  await el.waitForEnabled({ timeout: 5000 });
  await el.setValue(text);
}

/** Every text on screen that looks like a message id (a missing translation shows its id). */
export async function bareIds(b) {
  return b.execute(() => {
    const text = document.body.innerText || "";
    return [...new Set(text.match(/(?<![\w-])(?:ui|error|q|ind|module|dimension|gate|emergency|tier|result|reason|status|validation|clause|assessment)-[a-z0-9]+(?:-[a-z0-9]+)+\b/g) || [])];
  });
}

export async function assertNoBareIds(b, where) {
  const ids = await bareIds(b);
  assert.deepEqual(ids, [], `bare message ids on the ${where} screen: ${ids.join(", ")}`);
}

// ---------------------------------------------------------------------------- profile

/** First run: passphrase twice, the recovery key shown once, acknowledged; ends on home. */
export async function createProfile(b, passphrase) {
  await waitView(b, "first_run", 20000);
  await type(b, "#passphrase", passphrase);
  await type(b, "#passphrase-confirm", passphrase);
  await click(b, "#create-profile");
  const key = await b.$("#recovery-key");
  await key.waitForDisplayed({ timeout: 20000, timeoutMsg: "recovery key never shown" });
  const groups = await b.$$("#recovery-key .group");
  assert.ok(groups.length >= 4, `recovery key should be shown in groups (got ${groups.length})`);
  const text = (await key.getText()).replace(/\s+/g, "");
  assert.ok(text.length >= 20, `recovery key too short: ${text.length} characters`);
  // Continue is disabled until the key is acknowledged.
  assert.equal(await (await b.$("#recovery-continue")).isEnabled(), false, "continue must wait for the acknowledgement");
  await click(b, "#recovery-ack");
  await click(b, "#recovery-continue");
  await waitView(b, "home", 20000);
  assert.equal(await (await b.$("#recovery-key")).isExisting(), false, "the recovery key must leave the DOM");
  return text;
}

export async function unlock(b, passphrase) {
  await waitView(b, "unlock", 20000);
  await type(b, "#passphrase", passphrase);
  await click(b, "#unlock");
  return waitState(b, (s) => s.view !== "unlock", "unlocked", 20000);
}

/**
 * Types an interpreter id into a dialog's interpreter field; if the registry does not know it,
 * fills in the new entry the dialog then asks for (as a worker adds an interpreter).
 */
export async function chooseInterpreter(b, inputId, interpreter) {
  await type(b, `#${inputId}`, interpreter);
  const fresh = await b.$(`#${inputId}-new`);
  if (await fresh.isExisting()) {
    const language = interpreter.split("-")[1] ?? "en";
    await type(b, `#${inputId}-name`, `Interpreter ${interpreter}`);
    await type(b, `#${inputId}-languages`, /^[a-z]{2,3}$/.test(language) ? language : "en");
    await type(b, `#${inputId}-organisation`, "E2E interpreting service");
  }
}

export async function startInterview(b, locale, interpreter = null) {
  await waitView(b, "home");
  await select(b, "#interview-locale-select", locale);
  if (interpreter) await chooseInterpreter(b, "interpreter-id", interpreter);
  await click(b, "#start-interview");
  return waitState(b, (s) => s.view === "interview" && s.sig.startsWith("q:"), "the first question");
}

// ---------------------------------------------------------------------------- answering

/** Puts `value` (an AnswerValue of examples/scripts) into the controls; returns the final click. */
async function fill(b, value) {
  switch (value.kind) {
    case "yes_no":
    case "choice":
      return async () => click(b, `[data-option="${value.value}"]`);
    case "unknown":
      return async () => click(b, `[data-unknown="${value.value}"]`);
    case "choices":
      for (const id of value.value) {
        await click(b, `[data-option="${id}"]`);
        const pressed = await (await b.$(`[data-option="${id}"]`)).getAttribute("aria-pressed");
        assert.equal(pressed, "true", `option ${id} should be chosen`);
      }
      break;
    case "number":
      await type(b, "#answer-number", String(value.value));
      break;
    case "text":
      await type(b, "#answer-text", value.value);
      break;
    case "date":
      await type(b, "#answer-year", String(value.value.year));
      if (value.value.month) await select(b, "#answer-month", String(value.value.month));
      if (value.value.day) await type(b, "#answer-day", String(value.value.day));
      break;
    default:
      throw new Error(`unknown answer kind ${value.kind}`);
  }
  const submit = await b.$("#answer-submit");
  await submit.waitForEnabled({ timeout: 5000, timeoutMsg: `#answer-submit stays disabled for ${JSON.stringify(value)}` });
  return async () => submit.click();
}

/**
 * Answers the question on screen, which must be `key`, and waits for the next screen.
 * Returns the next state and the WebDriver-observed time from the final click to it.
 */
export async function answer(b, key, value, { keepEmergency = false } = {}) {
  const before = await probe(b);
  assert.equal(before.sig, `q:${key}`, `expected question ${key} on screen`);
  const send = await fill(b, value);
  const t0 = performance.now();
  await send();
  const after = await waitState(b, (s) => s.sig !== before.sig, `the screen after ${key}`);
  const ms = performance.now() - t0;
  // An answer that signals danger opens the emergency route at once (a modal panel): the worker
  // reads it and closes it. Specs that look at it pass `keepEmergency`.
  const emergency = await (await b.$("#emergency-alert")).isExisting();
  if (emergency && !keepEmergency) {
    await click(b, "#emergency-close");
    await b.waitUntil(async () => !(await (await b.$("#emergency-panel")).isExisting()), {
      timeout: 5000,
      timeoutMsg: "the emergency panel did not close",
    });
  }
  return { state: after, ms, emergency };
}

/** A plausible answer for whatever question is on screen (short paths that are not scripted). */
export async function defaultAnswer(b, overrides = {}) {
  const q = await b.execute(() => {
    const el = document.querySelector("[data-testid=question]");
    if (!el) return null;
    const options = [...el.querySelectorAll("[data-option]")].map((o) => o.dataset.option);
    return {
      key: el.dataset.question + (el.dataset.instance ? "#" + el.dataset.instance : ""),
      question: el.dataset.question,
      type: el.dataset.answerType,
      options,
      multiple: !!el.querySelector(".options.multi"),
    };
  });
  assert.ok(q, "a question should be on screen");
  let value = overrides[q.question];
  if (!value) {
    if (q.type === "yes_no") value = { kind: "yes_no", value: q.options.includes("yes") ? "yes" : q.options[0] };
    else if (q.multiple) value = { kind: "choices", value: [q.options[0]] };
    else if (q.type === "single_choice" || q.type === "observation") value = { kind: "choice", value: q.options[0] };
    else if (q.type === "number") value = { kind: "number", value: 30 };
    else if (q.type === "approximate_date") value = { kind: "date", value: { year: 2024 } };
    else value = { kind: "text", value: "notes" };
  }
  return answer(b, q.key, value);
}

/**
 * Switches the interview language through the language panel; waits until it is in force.
 * `interpreter`: an id to type, `null` for no interpreter from now on (the field is cleared), or
 * `undefined` to keep the one the panel carries over.
 */
export async function switchLanguage(b, to, interpreter = undefined) {
  const before = await probe(b);
  assert.notEqual(before.interviewLocale, to, `interview is already in ${to}`);
  await click(b, "#language-switcher");
  await (await b.$("#language-panel")).waitForDisplayed({ timeout: 5000 });
  await select(b, "#language-switch-select", to);
  if (interpreter) await chooseInterpreter(b, "language-switch-interpreter", interpreter);
  else if (interpreter === null) {
    // As a worker does it (a WebDriver clear() fires no input event, so the page would not see it).
    const field = await b.$("#language-switch-interpreter");
    await field.click();
    await b.keys(["Control", "a"]);
    await b.keys(["Backspace"]);
    await b.waitUntil(async () => (await field.getValue()) === "", { timeout: 5000, timeoutMsg: "interpreter field not cleared" });
  }
  await click(b, "#language-switch-confirm");
  return waitState(b, (s) => s.interviewLocale === to && !s.languagePanel, `interview language ${to}`);
}

// ---------------------------------------------------------------------------- latency in the page

/**
 * Installs a recorder in the page: from each click (capture phase) to the moment the DOM shows a
 * different screen signature (MutationObserver), and to the next animation frame (when it is
 * painted). Independent of WebDriver round trips.
 */
export async function installLatencyRecorder(b) {
  await b.execute(`
    if (window.__lanternLatency) return;
    const signature = ${SIGNATURE_SRC};
    const rec = { t0: null, sig: signature(), samples: [] };
    document.addEventListener("click", () => { rec.t0 = performance.now(); }, true);
    new MutationObserver(() => {
      const s = signature();
      if (s === rec.sig) return;
      const from = rec.sig;
      rec.sig = s;
      if (rec.t0 === null) return;
      const t0 = rec.t0;
      rec.t0 = null;
      const dom = performance.now() - t0;
      requestAnimationFrame(() => rec.samples.push({ from, to: s, dom, frame: performance.now() - t0 }));
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
    window.__lanternLatency = rec;
  `);
}

export async function latencySamples(b) {
  return b.execute(() => (window.__lanternLatency ? window.__lanternLatency.samples : []));
}

// ---------------------------------------------------------------------------- statistics

export function percentile(values, p) {
  const v = [...values].sort((a, c) => a - c);
  if (v.length === 0) return NaN;
  const i = Math.min(v.length - 1, Math.max(0, Math.ceil((p / 100) * v.length) - 1));
  return v[i];
}

export function summary(values) {
  return {
    n: values.length,
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    max: Math.max(...values),
  };
}

// ---------------------------------------------------------------------------- a saved interview

/**
 * The recorded adult interview (examples/scripts/adult-complete.json) saved by the `lantern` tool
 * up to the question `key` (not answered), then the app launched, unlocked and that interview
 * resumed at `key`. Returns the browser, the interview id and the step after `key`.
 */
export async function resumeAdultAt(ctx, app, passphrase, key) {
  const profile = app.profileDir;
  const script = JSON.parse(fs.readFileSync(path.join(ROOT, "examples/scripts/adult-complete.json"), "utf8"));
  const at = script.steps.findIndex((s) => s.answer?.key === key);
  assert.ok(at > 0, `the script answers ${key}`);
  const partial = path.join(profile, "..", `${path.basename(profile)}-partial.json`);
  fs.writeFileSync(partial, JSON.stringify({ ...script, steps: script.steps.slice(0, at), finish: false }));
  lanternTool(profile, passphrase, ["init", ...(app.insecureKdf ? ["--insecure-test-kdf"] : [])]);
  const id = lanternTool(profile, passphrase, ["interview", "run", "--script", partial]).trim();
  fs.rmSync(partial);
  const { browser: b } = await ctx.launch(app, { expectView: "unlock" });
  await unlock(b, passphrase);
  await click(b, `[data-testid="interview-card"][data-id="${id}"] [data-action="resume"]`);
  await waitState(b, (s) => s.sig === `q:${key}`, key);
  return { b, id, next: script.steps[at + 1] };
}
