// (e) A wrong passphrase shows the localised error and the app stays locked; the right one
// unlocks. Also: the cold start of an existing profile, to the unlock screen.
import assert from "node:assert/strict";
import { message, plain } from "../lib/locales.mjs";
import { assertNoBareIds, click, createProfile, probe, select, type, unlock, waitState, waitView } from "../lib/ui.mjs";

/** Waits until the unlock screen speaks `locale` (its button label). */
async function waitInterface(b, locale) {
  const want = message(locale, "ui-unlock-button");
  await b.waitUntil(async () => plain(await (await b.$("#unlock")).getText()) === want, {
    timeout: 5000,
    timeoutMsg: `unlock screen not in ${locale}`,
  });
}

const PASSPHRASE = "lantern e2e unlock spec";

export default {
  name: "unlock",
  title: "wrong passphrase: localised error, stays locked; right one unlocks",
  async run(ctx) {
    const app = ctx.app();
    // First launch: make the profile, then quit the app.
    let { browser: b } = await ctx.launch(app, { expectView: "first_run" });
    await createProfile(b, PASSPHRASE);
    assert.ok(await app.endSession(b), "app must exit when its session ends");

    // Second launch of the same profile: a cold start to the unlock screen.
    ({ browser: b } = await ctx.launch(app, { expectView: "unlock" }));
    assert.equal(await (await b.$("#lock-cause")).getAttribute("data-cause"), "start");
    await assertNoBareIds(b, "unlock");
    await ctx.shot(b, "unlock.png");

    // Wrong passphrase, English interface.
    await type(b, "#passphrase", "not the passphrase");
    await click(b, "#unlock");
    let s = await waitState(b, (x) => x.alert !== null, "the unlock error");
    assert.equal(s.view, "unlock", "a wrong passphrase must leave the app locked");
    const err = await b.$("#unlock-error");
    assert.equal(await err.getAttribute("data-code"), "store.wrong_passphrase");
    assert.equal(plain(await err.getText()), message("en", "error-store-wrong-passphrase"));
    assert.equal(await (await b.$("#passphrase")).getValue(), "", "the passphrase field is emptied");
    assert.equal(await (await b.$("#lock-now")).isExisting(), false, "no unlocked controls while locked");

    // The same in Romanian: the interface language can be changed on the unlock screen.
    await select(b, "#interface-locale-select", "ro");
    await waitInterface(b, "ro");
    await type(b, "#passphrase", "still not it");
    await click(b, "#unlock");
    const ro = message("ro", "error-store-wrong-passphrase");
    assert.notEqual(ro, message("en", "error-store-wrong-passphrase"));
    s = await waitState(b, (x) => x.alert !== null && plain(x.alert.text) === ro, "the Romanian unlock error");
    assert.equal(s.view, "unlock");
    await assertNoBareIds(b, "unlock (ro)");
    await select(b, "#interface-locale-select", "en");
    await waitInterface(b, "en");

    // The right passphrase unlocks to the interview list.
    s = await unlock(b, PASSPHRASE);
    assert.equal(s.view, "home");
    assert.equal(await (await b.$("#unlock-error")).isExisting(), false);
    await waitView(b, "home");
    assert.ok(await (await b.$("#lock-now")).isExisting());
    const after = await probe(b);
    assert.equal(after.alert, null);
  },
};
