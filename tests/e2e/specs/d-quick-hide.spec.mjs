// (d) Quick-hide, by the button and by the keyboard (Ctrl+Shift+H, Escape twice): the neutral
// screen at once, no case content left in the page, the store locked in Rust; after unlocking,
// the interview resumes at the same question.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { Key } from "webdriverio";
import { ROOT } from "../lib/driver.mjs";
import { message } from "../lib/locales.mjs";
import { answer, click, createProfile, probe, startInterview, unlock, waitState } from "../lib/ui.mjs";

const PASSPHRASE = "lantern e2e quick-hide spec";
const ADULT = path.join(ROOT, "examples/scripts/adult-complete.json");

/** What Rust says, through the app's own IPC (the same allow-listed command the UI uses). */
async function rustPhase(b) {
  return b.execute(() => window.__TAURI_INTERNALS__.invoke("app_state").then((s) => s.phase));
}

/** The neutral screen is up, with nothing of the case left in the page. */
async function assertHidden(b, questionText) {
  const page = await b.execute(() => ({
    neutral: !!document.getElementById("neutral-screen"),
    main: !!document.querySelector("main#main"),
    question: !!document.querySelector("[data-testid=question]"),
    text: document.body.innerText,
    title: document.title,
  }));
  assert.ok(page.neutral, "neutral screen shown");
  assert.equal(page.main, false, "the app shell is gone");
  assert.equal(page.question, false, "the question is gone");
  assert.ok(!page.text.includes(questionText), "the question text is not in the page");
  assert.equal(page.title, message("en", "ui-neutral-screen-title"));
  // quick_hide locks the store; the UI does not wait for it, so poll Rust briefly.
  await b.waitUntil(async () => (await rustPhase(b)) === "locked", { timeout: 5000, timeoutMsg: "Rust never locked" });
}

/** From the neutral screen back to the interview, through the passphrase. */
async function returnTo(b, sig) {
  await click(b, "#neutral-return");
  await waitState(b, (x) => x.view === "unlock", "the unlock screen");
  assert.equal(await (await b.$("#lock-cause")).getAttribute("data-cause"), "hidden");
  await unlock(b, PASSPHRASE);
  const s = await waitState(b, (x) => x.sig === sig, `the interview back at ${sig}`);
  assert.equal(await rustPhase(b), "unlocked");
  return s;
}

async function hideBy(ctx, b, how, perform) {
  const before = await probe(b);
  const text = await (await b.$("[data-testid=question-text]")).getText();
  const t0 = performance.now();
  await perform();
  await waitState(b, (x) => x.view === "neutral", `neutral screen after ${how}`, 2000);
  ctx.figure(`quick-hide (${how}) to neutral screen, WebDriver (ms)`, { ms: performance.now() - t0 });
  await assertHidden(b, text);
  return returnTo(b, before.sig);
}

export default {
  name: "quick-hide",
  title: "quick-hide by button, Ctrl+Shift+H and Escape twice; locked; resumes at the same question",
  async run(ctx) {
    const steps = JSON.parse(fs.readFileSync(ADULT, "utf8")).steps;
    const app = ctx.app();
    const { browser: b } = await ctx.launch(app, { expectView: "first_run" });
    await createProfile(b, PASSPHRASE);
    let s = await startInterview(b, "ro", "interp-ro-01");
    for (const step of steps.slice(0, 2)) s = (await answer(b, step.answer.key, step.answer.value)).state;
    assert.equal(s.sig, "q:P3");
    assert.equal(await rustPhase(b), "unlocked");

    s = await hideBy(ctx, b, "button", () => click(b, "#quick-hide"));
    assert.equal(s.sig, "q:P3");

    s = await hideBy(ctx, b, "Ctrl+Shift+H", () =>
      b.action("key").down(Key.Ctrl).down(Key.Shift).down("h").up("h").up(Key.Shift).up(Key.Ctrl).perform(),
    );
    assert.equal(s.sig, "q:P3");

    // One Escape alone does not hide (it closes dialogs); two in a row do.
    await b.keys([Key.Escape]);
    assert.equal((await probe(b)).view, "interview", "a single Escape does not hide");
    // Let the first press fall out of the 0.8 s window, so that the pair below is its own.
    await b.pause(900);
    s = await hideBy(ctx, b, "Escape twice", () =>
      b.action("key").down(Key.Escape).up(Key.Escape).down(Key.Escape).up(Key.Escape).perform(),
    );
    assert.equal(s.sig, "q:P3");

    // And the interview goes on from there.
    const next = steps[2].answer;
    s = (await answer(b, next.key, next.value)).state;
    assert.equal(s.sig, `q:${steps[3].answer.key}`);
  },
};
