// (f) Consent asked at the right moment (questionnaire 1.1.0). An adult interview with an
// interpreter (examples/scripts/adult-complete.json): while she does not accept the interpreter
// the interview waits at the interpreter gate with no consent asked; once she accepts, every
// rights item comes before the first consent purpose (S5a), and the four purposes follow one
// another. Then a child interview (examples/scripts/child-complete.json, A1 = 16): the guardian
// gate comes before S5a, and S5a is the screen right after the gate opens.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "../lib/driver.mjs";
import { answer, assertNoBareIds, backTo, click, createProfile, startInterview, waitState } from "../lib/ui.mjs";

const ADULT = path.join(ROOT, "examples/scripts/adult-complete.json");
const CHILD = path.join(ROOT, "examples/scripts/child-complete.json");
const CONSENT = ["q:S5a", "q:S5b", "q:S5c", "q:S5d"];
const YES = { kind: "yes_no", value: "yes" };
const DONT_KNOW = { kind: "unknown", value: "dont_know" };

// The answers of a script run without its language switches: each question once (a switch to
// another interpreter asks P4..L2a again, which this spec does not do).
const answers = (script) => {
  const seen = new Set();
  return script.steps
    .filter((s) => s.answer && !seen.has(s.answer.key) && seen.add(s.answer.key))
    .map((s) => s.answer);
};
const noConsentYet = (seen) => assert.ok(!seen.some((sig) => CONSENT.includes(sig)), `no consent asked yet: ${seen.join(" ")}`);

export default {
  name: "consent-order",
  title: "consent per purpose after the rights and the interpreter's acceptance; a child's waits for the guardian",
  async run(ctx) {
    const app = ctx.app();
    const { browser: b } = await ctx.launch(app, { expectView: "first_run" });
    await createProfile(b, "lantern e2e consent spec");

    // ---- adult, with an interpreter
    const adult = JSON.parse(fs.readFileSync(ADULT, "utf8"));
    let s = await startInterview(b, adult.interview_locale, adult.interpreter);
    const seen = [s.sig];
    const recordedAdult = Object.fromEntries(answers(adult).map((a) => [a.key, a.value]));
    const again = new Set();
    for (const { key, value } of answers(adult)) {
      if (again.has(key)) continue;
      if (key === "L2a") {
        // She knows the interpreter: after the rest of the language module the interview
        // waits at the interpreter gate, and nothing about consent has been asked.
        s = (await answer(b, "L2a", YES)).state;
        for (const k of ["L3", "L4"]) s = (await answer(b, k, recordedAdult[k])).state;
        assert.equal(s.sig, "gate:interpreter_accepted", "refusing the interpreter stops at its gate");
        noConsentYet(seen);
        for (const k of ["L4", "L3", "L2a"]) {
          await click(b, "#go-back");
          s = await waitState(b, (x) => x.sig === `q:${k}`, `${k} again`);
        }
        ["L3", "L4"].forEach((k) => again.add(k));
      }
      s = (await answer(b, key, value)).state;
      seen.push(s.sig);
      if (key === "S5d") break;
    }
    const first = seen.indexOf("q:S5a");
    assert.ok(first > 0, `S5a was asked: ${seen.join(" ")}`);
    assert.deepEqual(seen.slice(first, first + 4), CONSENT, "the four purposes one after another");
    const rights = seen.filter((sig) => /^q:RI\d+[uq]?$/.test(sig));
    assert.ok(rights.length >= 22, `the rights items were read: ${rights.join(" ")}`);
    for (const sig of [...rights, "q:L2", "q:L2a", "q:S4"]) {
      const at = seen.indexOf(sig);
      assert.ok(at >= 0 && at < first, `${sig} comes before consent (${at} vs ${first})`);
    }
    assert.ok(seen.indexOf("q:S4") < seen.indexOf("q:L1"), "her agreement to talk (S4) still opens the interview");
    assert.equal(s.sig, "q:R1", "after consent, the recruitment module");

    // ---- a child: consent waits for the guardian and the social worker
    await click(b, "#home");
    const child = JSON.parse(fs.readFileSync(CHILD, "utf8"));
    s = await startInterview(b, child.interview_locale, child.interpreter);
    const childSeen = [s.sig];
    for (const { key, value } of answers(child)) {
      if (key === "A6") break;
      s = (await answer(b, key, value)).state;
      childSeen.push(s.sig);
    }
    assert.equal(s.sig, "q:A6", "A6 (guardian) is asked on the child pathway");
    const recorded = Object.fromEntries(answers(child).map((a) => [a.key, a.value]));
    s = (await answer(b, "A6", DONT_KNOW)).state;
    s = (await answer(b, "A6a", recorded.A6a)).state;
    s = (await answer(b, "A7", DONT_KNOW)).state;
    assert.equal(s.sig, "gate:child_guardian", "the guardian gate comes before any consent");
    noConsentYet(childSeen);
    await assertNoBareIds(b, "gate");
    // Record the social worker (A7): still blocked; then the guardian (A6): the next screen is
    // the first consent purpose.
    s = await backTo(b, "A7");
    s = (await answer(b, "A7", recorded.A7)).state;
    assert.equal(s.sig, "gate:child_guardian", "still blocked while the guardian is unknown");
    s = await backTo(b, "A6");
    s = (await answer(b, "A6", recorded.A6)).state;
    while (s.sig === "q:A6a" || s.sig === "q:A7") {
      const k = s.sig.slice(2);
      s = (await answer(b, k, recorded[k])).state;
    }
    assert.equal(s.sig, "q:S5a", "the child's consent is asked once the guardian is recorded");
    await assertNoBareIds(b, "consent");
  },
};
