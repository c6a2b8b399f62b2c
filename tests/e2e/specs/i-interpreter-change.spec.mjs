// (i) Another interpreter mid-interview (issue 11, issue 18). An adult interview with an
// interpreter (examples/scripts/adult-complete.json) is saved by the `lantern` tool up to R1. In
// the app: a language switch keeps the interpreter present (the field is filled with her) and
// asks nothing again; a new interpreter, in the same language, brings back "is an interpreter
// present", the interpreter's declarations and her acceptance; when she does not accept, the
// interview waits at the gate; a third interpreter she accepts lets it go on at R1.
import assert from "node:assert/strict";
import { answer, chooseInterpreter, click, resumeAdultAt, select, waitState } from "../lib/ui.mjs";

const PASSPHRASE = "lantern e2e interpreter change";
const yes = { kind: "yes_no", value: "yes" };
const no = { kind: "yes_no", value: "no" };

async function openPanel(b) {
  await click(b, "#language-switcher");
  await (await b.$("#language-panel")).waitForDisplayed({ timeout: 5000 });
}

async function interpreterField(b) {
  return (await b.$("#language-switch-interpreter")).getValue();
}

export default {
  name: "interpreter-change",
  title: "a new interpreter mid-interview meets both gates again; a language switch keeps the interpreter",
  async run(ctx) {
    const app = ctx.app();
    const { b } = await resumeAdultAt(ctx, app, PASSPHRASE, "R1");

    // A language switch: the interpreter present is carried over, nothing is asked again.
    await openPanel(b);
    assert.equal(await interpreterField(b), "interp-ro-01", "the current interpreter is filled in");
    await select(b, "#language-switch-select", "uk");
    await click(b, "#language-switch-confirm");
    await waitState(b, (s) => s.interviewLocale === "uk" && !s.languagePanel, "interview in uk");
    await waitState(b, (s) => s.sig === "q:R1", "still R1 after a language switch");

    // A new interpreter, same language: the gates again, in order.
    await openPanel(b);
    // Not in the registry yet: the dialog asks for the entry (name, languages, organisation).
    await chooseInterpreter(b, "language-switch-interpreter", "interp-uk-05");
    await ctx.shot(b, "interpreter-new-entry.png");
    await click(b, "#language-switch-confirm");
    await waitState(b, (s) => s.sig === "q:P4" && !s.languagePanel, "P4 asked again");
    await answer(b, "P4", yes);
    await answer(b, "P4a", yes);
    await answer(b, "P4b", yes);
    // She does not accept this interpreter: the interview waits.
    await answer(b, "L2", no);
    const waiting = await answer(b, "L2a", no);
    assert.equal(waiting.state.sig, "gate:interpreter_accepted");
    await ctx.shot(b, "interpreter-not-accepted.png");

    // Another interpreter she accepts: the interview goes on where it was.
    await openPanel(b);
    assert.equal(await interpreterField(b), "interp-uk-05");
    await chooseInterpreter(b, "language-switch-interpreter", "interp-uk-06");
    await click(b, "#language-switch-confirm");
    await waitState(b, (s) => s.sig === "q:P4" && !s.languagePanel, "P4 asked again for the third");
    await answer(b, "P4", yes);
    await answer(b, "P4a", yes);
    await answer(b, "P4b", yes);
    await answer(b, "L2", yes);
    const back = await answer(b, "L2a", no);
    assert.equal(back.state.sig, "q:R1", "back at R1");
    assert.ok(await app.endSession(b), "app must exit when its session ends");
  },
};
