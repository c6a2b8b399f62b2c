// (h) The emergency route. An adult interview (examples/scripts/adult-complete.json) is saved by
// the `lantern` tool up to the question on self-harm (H4). In the app, "yes" to H4 opens the
// emergency panel at once, with the item marked and the numbers listed; the next answer does not
// open it again. Locked, the panel still shows the numbers (the directory is not secret).
import assert from "node:assert/strict";
import { message, plain } from "../lib/locales.mjs";
import { answer, assertNoBareIds, click, resumeAdultAt, waitView } from "../lib/ui.mjs";

const PASSPHRASE = "lantern e2e emergency route";

const panel = (b) =>
  b.execute(() => {
    const p = document.getElementById("emergency-panel");
    if (!p) return null;
    return {
      alert: document.getElementById("emergency-alert")?.textContent.trim() ?? null,
      triggered: [...p.querySelectorAll("[data-triggered=true]")].map((e) => e.dataset.testid),
      contacts: p.querySelectorAll("[data-testid=emergency-contact]").length,
    };
  });

export default {
  name: "emergency",
  title: "a danger signal opens the emergency route at once; locked, the numbers are still there",
  async run(ctx) {
    const app = ctx.app();
    const { b, next: step } = await resumeAdultAt(ctx, app, PASSPHRASE, "H4");
    const after = step.answer;
    assert.equal(await panel(b), null, "no panel before the answer");

    await answer(b, "H4", { kind: "yes_no", value: "yes" }, { keepEmergency: true });
    await b.waitUntil(async () => (await panel(b)) !== null, { timeout: 5000, timeoutMsg: "the emergency panel did not open" });
    const shown = await panel(b);
    assert.equal(plain(shown.alert), message("en", "ui-emergency-alert"));
    assert.ok(shown.triggered.includes("emergency-item-self_harm"), JSON.stringify(shown));
    assert.ok(shown.contacts > 0, "the numbers are listed");
    await assertNoBareIds(b, "emergency panel");
    await ctx.shot(b, "emergency-alert.png");
    await click(b, "#emergency-close");

    // The next answer signals nothing new: the panel stays closed.
    const next = await answer(b, after.key, after.value, { keepEmergency: true });
    assert.equal(next.emergency, false);
    assert.equal(await panel(b), null, "shown once, not after every answer");

    // Locked: the panel from the header still has the numbers, and nothing of the interview.
    await click(b, "#lock-now");
    await waitView(b, "unlock");
    await click(b, "#emergency");
    await b.waitUntil(async () => ((await panel(b))?.contacts ?? 0) > 0, {
      timeout: 5000,
      timeoutMsg: "no numbers in the emergency panel while locked",
    });
    const locked = await panel(b);
    assert.equal(locked.alert, null);
    assert.deepEqual(locked.triggered, [], "nothing of the interview while locked");
    await click(b, "#emergency-close");
    assert.ok(await app.endSession(b), "app must exit when its session ends");
  },
};
