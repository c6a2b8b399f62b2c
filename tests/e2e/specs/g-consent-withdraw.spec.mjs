// (g) She withdraws consent after the interview, in the desktop app. A finished adult interview
// (examples/scripts/adult-complete.json, every purpose agreed) is made in the profile by the
// `lantern` tool; the app unlocks that profile, the worker opens the interview's consent from
// the home screen, withdraws "sharing" (asked to confirm first), and the dialog says that her
// identifying answers no longer leave the laptop. The `lantern` tool then finds sharing already
// withdrawn in the store (nothing to record), while statistics can still be withdrawn.
import assert from "node:assert/strict";
import { lanternTool, ROOT } from "../lib/driver.mjs";
import { message, plain } from "../lib/locales.mjs";
import { assertNoBareIds, click, unlock } from "../lib/ui.mjs";

const PASSPHRASE = "lantern e2e consent withdrawal";
const lantern = (profile, args) => lanternTool(profile, PASSPHRASE, args);

const rows = (b) =>
  b.execute(() =>
    [...document.querySelectorAll('#consent-dialog [data-testid="consent-purpose"]')].map((r) => ({
      purpose: r.dataset.purpose,
      value: r.dataset.value,
      withdrawable: r.querySelector('[data-action="withdraw"]') !== null,
    })),
  );

export default {
  name: "consent-withdraw",
  title: "withdrawal of one consent purpose in the desktop app, recorded in the store",
  async run(ctx) {
    const app = ctx.app();
    const profile = app.profileDir;
    lantern(profile, ["init", ...(app.insecureKdf ? ["--insecure-test-kdf"] : [])]);
    const id = lantern(profile, ["interview", "run", "--script", "examples/scripts/adult-complete.json"]).trim();
    assert.match(id, /^int-/);

    const { browser: b } = await ctx.launch(app, { expectView: "unlock" });
    await unlock(b, PASSPHRASE);
    await click(b, `[data-testid="interview-card"][data-id="${id}"] [data-action="consent"]`);
    await b.waitUntil(async () => (await b.$("#consent-dialog")).isExisting(), { timeout: 5000 });
    assert.deepEqual(await rows(b), [
      { purpose: "assistance", value: "yes", withdrawable: true },
      { purpose: "sharing", value: "yes", withdrawable: true },
      { purpose: "police", value: "yes", withdrawable: true },
      { purpose: "statistics", value: "yes", withdrawable: true },
    ]);
    assert.equal(plain(await (await b.$("#consent-identity")).getText()), message("en", "ui-consent-identity-travels"));
    await assertNoBareIds(b, "consent dialog");

    // Withdraw asks first; cancelling records nothing.
    await click(b, '#consent-dialog [data-action="withdraw"][data-purpose="sharing"]');
    assert.ok(await (await b.$("#consent-confirm")).isExisting(), "a confirmation comes first");
    await click(b, "#consent-confirm button.quiet");
    assert.equal(await (await b.$("#consent-confirm")).isExisting(), false);
    assert.equal((await rows(b))[1].value, "yes", "cancel records nothing");
    await click(b, '#consent-dialog [data-action="withdraw"][data-purpose="sharing"]');
    await click(b, "#consent-withdraw-confirm");
    await b.waitUntil(async () => (await b.$("#consent-notice")).isExisting(), {
      timeout: 5000,
      timeoutMsg: "no notice after the withdrawal",
    });
    const after = await rows(b);
    assert.deepEqual(after[1], { purpose: "sharing", value: "no", withdrawable: false });
    assert.equal(plain(await (await b.$("#consent-identity")).getText()), message("en", "ui-consent-identity-stays"));
    const notice = plain(await (await b.$("#consent-notice")).getText());
    assert.ok(notice.includes(message("en", "ui-consent-purpose-sharing")), notice);
    await ctx.shot(b, "consent-withdrawn.png");
    await click(b, "#consent-close");
    assert.equal(await (await b.$("#consent-dialog")).isExisting(), false);
    assert.ok(await app.endSession(b), "app must exit when its session ends");

    // The store has it: the tool finds sharing already withdrawn, statistics still open.
    const sharing = JSON.parse(lantern(profile, ["consent", "withdraw", id, "sharing"]));
    assert.equal(sharing.recorded, false, JSON.stringify(sharing));
    const statistics = JSON.parse(lantern(profile, ["consent", "withdraw", id, "statistics"]));
    assert.equal(statistics.recorded, true, JSON.stringify(statistics));
  },
};
