// (b) The child pathway: age 16 at A1 turns it on, and the interview is blocked at the guardian
// gate until a guardian (A6) and a social worker (A7) are recorded. Going back to record them
// lets it continue, with her consent per purpose (S5a). Follows examples/scripts/child-complete.json (Albanian interview) up to A5.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "../lib/driver.mjs";
import { answer, assertNoBareIds, click, createProfile, probe, startInterview, waitState } from "../lib/ui.mjs";

const SCRIPT = path.join(ROOT, "examples/scripts/child-complete.json");
const GATE = "gate:child_guardian";

async function assertBlocked(b) {
  const gate = await b.execute(() => ({
    message: document.querySelector("#gate-message")?.textContent.trim() ?? "",
    lang: document.querySelector("#gate-message [data-testid=gate-text]")?.getAttribute("lang") ?? null,
    readAloud: !!document.querySelector("#gate-message [data-testid=gate-text-interview]"),
    controls: document.querySelectorAll("[data-option], #answer-submit, #dont-know, #declined, #skipped").length,
    banner: !!document.getElementById("child-pathway-banner"),
    goBack: !!document.getElementById("go-back"),
  }));
  assert.ok(gate.message.length > 0, "the gate explains what is missing");
  // The gate speaks to the worker (interviewer-only): interface language, nothing to read aloud.
  assert.equal(gate.lang, "en", "the gate message is in the interface language");
  assert.equal(gate.readAloud, false, "the gate message is not read aloud");
  assert.equal(gate.controls, 0, "no answer controls on the gate");
  assert.ok(gate.banner, "the child pathway banner is shown");
  assert.ok(gate.goBack, "the gate offers to go back");
}

export default {
  name: "child-gate",
  title: "child pathway: blocked at the guardian gate until A6 and A7 are recorded",
  async run(ctx) {
    const script = JSON.parse(fs.readFileSync(SCRIPT, "utf8"));
    const app = ctx.app();
    const { browser: b } = await ctx.launch(app, { expectView: "first_run" });
    await createProfile(b, "lantern e2e child spec");
    let s = await startInterview(b, script.interview_locale, script.interpreter);

    // Up to A5 as recorded (A1 = 16).
    for (const step of script.steps) {
      const { key, value } = step.answer;
      if (key === "A6") break;
      if (key === "A1") assert.deepEqual(value, { kind: "number", value: 16 });
      s = (await answer(b, key, value)).state;
    }
    assert.equal(s.sig, "q:A6", "A6 (guardian) is asked on the child pathway");
    assert.ok(await (await b.$("#child-pathway-banner")).isExisting(), "child pathway banner after A1 = 16");

    // Neither guardian nor social worker known: blocked.
    s = (await answer(b, "A6", { kind: "unknown", value: "dont_know" })).state;
    assert.equal(s.sig, "q:A7");
    s = (await answer(b, "A7", { kind: "unknown", value: "dont_know" })).state;
    assert.equal(s.sig, GATE);
    await assertBlocked(b);
    await assertNoBareIds(b, "gate");
    await ctx.shot(b, "child-gate.png");

    // Back to A7: record the social worker. Still blocked, the guardian is unknown.
    await click(b, "#go-back");
    s = await waitState(b, (x) => x.sig === "q:A7", "A7 again");
    s = (await answer(b, "A7", { kind: "text", value: "Social worker on duty, child protection unit" })).state;
    assert.equal(s.sig, GATE, "still blocked while A6 is unknown");
    await assertBlocked(b);

    // Back to A6 (through A7): record the guardian; then the interview continues past the gate.
    await click(b, "#go-back");
    s = await waitState(b, (x) => x.sig === "q:A7", "A7 from the gate");
    await click(b, "#go-back");
    s = await waitState(b, (x) => x.sig === "q:A6", "A6");
    s = (await answer(b, "A6", { kind: "text", value: "Aunt, present at the interview" })).state;
    // Editing A6 may show A7 again to confirm; it is answered already.
    if (s.sig === "q:A7") {
      s = (await answer(b, "A7", { kind: "text", value: "Social worker on duty, child protection unit" })).state;
    }
    assert.notEqual(s.sig, GATE, "the gate opens once A6 and A7 are recorded");
    const next = script.steps[script.steps.findIndex((x) => x.answer.key === "A7") + 1].answer;
    // Questionnaire 1.1.0: consent per purpose (S5a) is the first thing behind the gate.
    assert.equal(next.key, "S5a", "the recorded child script asks consent right after the gate");
    assert.equal(s.sig, `q:${next.key}`, "the interview continues with her consent, guardian present");
    s = (await answer(b, next.key, next.value)).state;
    assert.ok(s.sig.startsWith("q:"), `and goes on (at ${s.sig})`);
    assert.equal((await probe(b)).alert, null);
  },
};
