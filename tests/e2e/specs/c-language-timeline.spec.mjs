// (c) The interview language switched twice mid-interview (with interpreters) is recorded: each
// switch takes effect on the question on screen, and the assessment's language timeline lists
// the start and both switches. A new interpreter first meets the gates again (issue 11). A short path: she does not consent to the full interview (S4 =
// no), which leads to referral information only, so the interview completes early.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "../lib/driver.mjs";
import { assertNoBareIds, click, createProfile, defaultAnswer, startInterview, switchLanguage, waitState, waitView } from "../lib/ui.mjs";

const ADULT = path.join(ROOT, "examples/scripts/adult-complete.json");

export default {
  name: "language-timeline",
  title: "two language switches mid-interview are recorded in the assessment's timeline",
  async run(ctx) {
    // The recorded adult answers for the first modules, but no consent to the full interview.
    const overrides = {};
    for (const step of JSON.parse(fs.readFileSync(ADULT, "utf8")).steps) {
      if (step.answer) overrides[step.answer.key.split("#")[0]] ??= step.answer.value;
    }
    overrides.S4 = { kind: "yes_no", value: "no" };

    const app = ctx.app();
    const { browser: b } = await ctx.launch(app, { expectView: "first_run" });
    await createProfile(b, "lantern e2e timeline spec");
    let s = await startInterview(b, "uk", "interp-uk-07");
    assert.equal(s.interviewLocale, "uk");

    // Switch on read-aloud questions (so that the texts of the question on screen can be
    // checked): the first one after 2 answers, then the first one after 2 more.
    const switches = [
      [2, "sr-Cyrl", "interp-sr-03"],
      [4, "sq", null],
    ];
    let answered = 0;
    let since = 0;
    while (s.sig.startsWith("q:") || s.sig.startsWith("repeat:")) {
      const readAloud =
        s.sig.startsWith("q:") &&
        (await b.execute(() => !document.querySelector("[data-testid=question]").classList.contains("interviewer-only")));
      if (switches.length > 0 && since >= switches[0][0] && readAloud) {
        const [, to, interpreter] = switches.shift();
        const at = s.sig;
        s = await switchLanguage(b, to, interpreter);
        if (interpreter) {
          // Another interpreter: the gates again (P4, the declarations), then back to the question.
          assert.equal(s.sig, "q:P4", "another interpreter meets the gates again");
          while (s.sig !== at) {
            s = (await defaultAnswer(b, overrides)).state;
            assert.ok(s.sig.startsWith("q:P4") || s.sig === at, `gates again, at ${s.sig}`);
          }
        } else {
          assert.equal(s.sig, at, "the switch keeps the question");
        }
        // Read-aloud texts of this very question are now in the new language.
        const langs = await b.execute(() =>
          [...document.querySelectorAll("[data-testid=question-text-interview], [data-testid=option-interview]")].map((e) =>
            e.getAttribute("lang"),
          ),
        );
        assert.ok(langs.length > 0 && langs.every((l) => l === to), `read-aloud texts in ${to}: ${langs.join(",")}`);
        ctx.log(`switched to ${to} at ${at}`);
        since = 0;
      }
      if (s.sig.startsWith("repeat:")) {
        const before = s.sig;
        await click(b, "#done-legs");
        s = await waitState(b, (x) => x.sig !== before, "after the repeat prompt");
        continue;
      }
      s = (await defaultAnswer(b, overrides)).state;
      answered++;
      since++;
      assert.ok(answered < 80, "the short path should complete");
    }
    assert.deepEqual(switches, [], "both switches happened");
    assert.equal(s.sig, "complete", `the short path ends complete (at ${s.sig})`);
    ctx.log(`completed after ${answered} answers`);

    await click(b, "#review");
    await waitView(b, "review");
    await click(b, "#finish");
    await click(b, "#interviewee-left-confirm");
    await waitView(b, "assessment");
    const timeline = await b.execute(() =>
      [...document.querySelectorAll("#language-timeline [data-testid=timeline-entry]")].map((e) => ({
        from: e.querySelector("span[lang]:not(strong)")?.getAttribute("lang") ?? null,
        to: e.querySelector("strong[lang]")?.getAttribute("lang") ?? null,
        text: e.textContent.replace(/\s+/g, " ").trim(),
      })),
    );
    assert.deepEqual(
      timeline.map((e) => [e.from, e.to]),
      [
        [null, "uk"],
        ["uk", "sr-Cyrl"],
        ["sr-Cyrl", "sq"],
      ],
      JSON.stringify(timeline),
    );
    assert.ok(timeline[0].text.includes("interp-uk-07"), "the starting interpreter is recorded");
    assert.ok(timeline[1].text.includes("interp-sr-03"), "the second interpreter is recorded");
    assert.ok(!timeline[2].text.includes("interp-"), "the last switch has no interpreter");
    await assertNoBareIds(b, "assessment");
  },
};
