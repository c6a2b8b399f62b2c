// (a) A complete adult interview through the real app, answered screen by screen as recorded in
// examples/scripts/adult-complete.json (Romanian interview with an interpreter, English
// interface, two language switches, two journey legs), then review, "she has left the screen",
// finish, and the assessment. Measures click-to-next-question over every answer.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "../lib/driver.mjs";
import { message, plain } from "../lib/locales.mjs";
import {
  answer,
  assertNoBareIds,
  click,
  createProfile,
  installLatencyRecorder,
  latencySamples,
  probe,
  startInterview,
  summary,
  switchLanguage,
  waitState,
  waitView,
} from "../lib/ui.mjs";

const SCRIPT = path.join(ROOT, "examples/scripts/adult-complete.json");
const DIMENSIONS = ["DR", "CR", "AVR", "EXP", "COD", "AVD"];

/** Shows the question in both languages side by side (interface en, interview `locale`). */
async function assertInterpreterView(b, locale) {
  const view = await b.execute(() => {
    const q = document.querySelector("[data-testid=question]");
    const iface = q.querySelector("[data-testid=question-text]");
    const read = q.querySelector("[data-testid=question-text-interview]");
    return {
      iface: iface && { lang: iface.getAttribute("lang"), text: iface.textContent.trim() },
      read: read && { lang: read.getAttribute("lang"), text: read.textContent.trim() },
      optionsRead: [...q.querySelectorAll("[data-testid=option-interview]")].map((o) => o.getAttribute("lang")),
    };
  });
  assert.equal(view.iface?.lang, "en", "question text in the interface language");
  assert.equal(view.read?.lang, locale, `the read-aloud text in ${locale}`);
  assert.ok(view.read.text.length > 0 && view.read.text !== view.iface.text, "two different texts side by side");
  assert.ok(view.optionsRead.length > 0 && view.optionsRead.every((l) => l === locale), "options in both languages");
}

/** Idles 10 s, then reports the memory of the app and its WebKit processes. */
async function idleMemory(ctx, app, label) {
  await new Promise((r) => setTimeout(r, 10_000));
  const m = app.memory();
  ctx.figure(label, {
    rssKiB: m.rssKiB,
    pssKiB: m.pssKiB,
    anonKiB: m.anonKiB,
    systemLibsPssKiB: m.systemLibsPssKiB,
    processes: m.procs
      .map((p) => `${p.comm}:rss=${p.rssKiB}/pss=${p.pssKiB}/anon=${p.anonKiB}/libs=${p.systemLibsPssKiB}`)
      .join(","),
  });
}

export default {
  name: "adult-complete",
  title: "complete adult interview (225 steps, 2 language switches and interpreter changes, 2 legs) to the assessment",
  async run(ctx) {
    const script = JSON.parse(fs.readFileSync(SCRIPT, "utf8"));
    const app = ctx.app();
    const { browser: b } = await ctx.launch(app, { expectView: "first_run" });
    // The baseline: the app and its WebKit processes before any profile or interview exists.
    if (ctx.options.measure) await idleMemory(ctx, app, "idle memory on the first-run screen (KiB)");
    await createProfile(b, "lantern e2e adult spec");
    await assertNoBareIds(b, "home");

    let s = await startInterview(b, script.interview_locale, script.interpreter);
    assert.equal(s.interviewLocale, script.interview_locale);
    await installLatencyRecorder(b);

    const webdriverMs = [];
    let answers = 0;
    let shotTaken = false;
    const alerts = [];
    let currentInterpreter = script.interpreter ?? null;
    for (const [i, step] of script.steps.entries()) {
      if (step.switch_language) assert.ok(shotTaken, "a read-aloud question before the first language switch");
      if (step.answer) {
        const { key, value } = step.answer;
        // The interpreter view, once: the first question that is read aloud (not
        // interviewer-only) is shown in both languages side by side.
        const readAloud =
          !shotTaken &&
          (await b.execute(() => !document.querySelector("[data-testid=question]").classList.contains("interviewer-only")));
        if (readAloud) {
          await assertInterpreterView(b, script.interview_locale);
          await assertNoBareIds(b, "question");
          await ctx.shot(b, "interpreter-view.png");
          shotTaken = true;
        }
        const r = await answer(b, key, value).catch((e) => {
          throw new Error(`step ${i} (${key}): ${e.message}`);
        });
        webdriverMs.push(r.ms);
        if (r.emergency) alerts.push(key);
        answers++;
        s = r.state;
        // Idle memory in the middle of an interview (only when measuring: 10 s of idling).
        if (ctx.options.measure && answers === 60) await idleMemory(ctx, app, "idle memory in an interview, after 60 answers (KiB)");
      } else if (step.switch_language) {
        const { to, interpreter } = step.switch_language;
        const before = s.sig;
        const interpreterBefore = currentInterpreter;
        s = await switchLanguage(b, to, interpreter);
        if (interpreter) currentInterpreter = interpreter;
        // A switch stays on the same question; another interpreter first meets the gates again
        // (is one present, the declarations, her acceptance), beginning with P4.
        if (interpreter && interpreter !== interpreterBefore) {
          assert.equal(s.sig, "q:P4", "another interpreter: the gates again");
        } else {
          assert.equal(s.sig, before, "a language switch stays on the same question");
        }
        // The question is now read aloud in the new language.
        if (s.sig.startsWith("q:")) {
          const lang = await b.execute(() =>
            document.querySelector("[data-testid=question-text-interview]")?.getAttribute("lang"),
          );
          if (lang !== undefined && lang !== null) assert.equal(lang, to);
        }
      } else if (step.add_instance || step.close_group) {
        const group = (step.add_instance ?? step.close_group).group;
        assert.ok(s.sig.startsWith(`repeat:${group}:`), `step ${i}: expected the ${group} repeat prompt, at ${s.sig}`);
        const before = s.sig;
        await click(b, step.add_instance ? "#add-leg" : "#done-legs");
        s = await waitState(b, (x) => x.sig !== before, `the screen after ${step.add_instance ? "add" : "done"}`);
      } else {
        throw new Error(`step ${i}: unknown step ${JSON.stringify(step)}`);
      }
    }
    assert.equal(s.sig, "complete", "the script ends on the complete screen");
    // Her answers signal danger three times (medical need at S3, self-harm at H4, danger now at
    // K2): each opened the emergency route at once; H1 (medical again) did not open it twice.
    assert.deepEqual(alerts, ["S3", "H4", "K2"]);
    // And at the end, to see whether memory grows with the length of the interview.
    if (ctx.options.measure) await idleMemory(ctx, app, "idle memory at the end of the interview, after all answers (KiB)");
    await assertNoBareIds(b, "complete");

    // Latency figures: in the page (click -> DOM shows the next screen -> next frame) and as
    // WebDriver sees it (click command -> a poll sees the next screen).
    const samples = (await latencySamples(b)).filter((x) => x.from.startsWith("q:"));
    assert.ok(samples.length >= answers - 2, `latency samples: ${samples.length} of ${answers}`);
    ctx.figure("click to next screen, in page, DOM (ms)", summary(samples.map((x) => x.dom)));
    ctx.figure("click to next screen, in page, next frame (ms)", summary(samples.map((x) => x.frame)));
    ctx.figure("click to next screen, WebDriver poll (ms)", summary(webdriverMs));

    // Review: every answer listed, complete.
    await click(b, "#review");
    await waitView(b, "review");
    assert.equal(await (await b.$("#review-incomplete")).isExisting(), false, "review says complete");
    const reviewed = await b.execute(() =>
      [...document.querySelectorAll("[data-testid=review-item]")].map(
        (e) => e.dataset.question + (e.dataset.instance ? "#" + e.dataset.instance : ""),
      ),
    );
    for (const step of script.steps.filter((x) => x.answer)) {
      assert.ok(reviewed.includes(step.answer.key), `review lists ${step.answer.key}`);
    }
    await assertNoBareIds(b, "review");

    // Finish only after confirming that she has left the screen.
    await click(b, "#finish");
    await (await b.$("#finish-confirm")).waitForDisplayed({ timeout: 5000 });
    assert.equal((await probe(b)).view, "review", "no result before the confirmation");
    await click(b, "#interviewee-left-confirm");
    await waitView(b, "assessment");

    const result = await b.$("#assessment-result");
    assert.equal(await result.getAttribute("data-result"), "indicators_met");
    assert.ok(
      plain(await result.getText()).includes(message("en", "result-indicators-met")),
      "the indicators-met text is shown",
    );
    for (const d of DIMENSIONS) {
      const el = await b.$(`[data-testid="dimension-${d}"]`);
      assert.ok(await el.isExisting(), `dimension ${d} shown`);
      assert.ok(["positive", "unresolved", "negative"].includes(await el.getAttribute("data-state")));
    }
    assert.ok((await b.$$("[data-testid=indicator]")).length > 0, "indicators listed");
    // The timeline: start in Romanian, then Russian, then Romanian again.
    const timeline = await b.execute(() =>
      [...document.querySelectorAll("[data-testid=timeline-entry] strong[lang]")].map((e) => e.getAttribute("lang")),
    );
    assert.deepEqual(timeline, ["ro", "ru", "ro"]);
    await assertNoBareIds(b, "assessment");
    await b.execute(() => window.scrollTo(0, 0));
    await ctx.shot(b, "assessment.png");
  },
};
