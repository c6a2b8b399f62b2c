// (h) The emergency route. An adult interview (examples/scripts/adult-complete.json) is saved by
// the `lantern` tool up to the question on self-harm (H4). In the app, "yes" to H4 opens the
// emergency panel at once, with the item marked and the numbers listed; the next answer does not
// open it again. Locked, the panel still shows the numbers (the directory is not secret).
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { lanternTool, ROOT } from "../lib/driver.mjs";
import { message, plain } from "../lib/locales.mjs";
import { answer, assertNoBareIds, click, unlock, waitState, waitView } from "../lib/ui.mjs";

const PASSPHRASE = "lantern e2e emergency route";
const lantern = (profile, args) => lanternTool(profile, PASSPHRASE, args);

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
    const profile = app.profileDir;
    const script = JSON.parse(fs.readFileSync(path.join(ROOT, "examples/scripts/adult-complete.json"), "utf8"));
    const at = script.steps.findIndex((s) => s.answer?.key === "H4");
    assert.ok(at > 0, "the script answers H4");
    const after = script.steps[at + 1].answer;
    const partial = path.join(profile, "..", `${path.basename(profile)}-partial.json`);
    fs.writeFileSync(partial, JSON.stringify({ ...script, steps: script.steps.slice(0, at), finish: false }));
    lantern(profile, ["init", ...(app.insecureKdf ? ["--insecure-test-kdf"] : [])]);
    const id = lantern(profile, ["interview", "run", "--script", partial]).trim();
    fs.rmSync(partial);

    const { browser: b } = await ctx.launch(app, { expectView: "unlock" });
    await unlock(b, PASSPHRASE);
    await click(b, `[data-testid="interview-card"][data-id="${id}"] [data-action="resume"]`);
    await waitState(b, (s) => s.sig === "q:H4", "H4");
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
