// (j) A forgotten passphrase (issue 18). The profile is made by the `lantern` tool, which prints
// the recovery key the supervisor keeps. In the app's unlock screen: a wrong key is refused and
// nothing changes; the right key and a new passphrase twice unlock; after a lock the new
// passphrase opens the profile, and the `lantern` tool refuses the old one.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { APP, lanternTool } from "../lib/driver.mjs";
import { click, type, unlock, waitState, waitView } from "../lib/ui.mjs";

const OLD = "lantern e2e forgotten passphrase";
const NEW = "lantern e2e passphrase set with the recovery key";

async function recover(b, key, passphrase) {
  if (await (await b.$("#recovery-open")).isExisting()) await click(b, "#recovery-open");
  await type(b, "#recovery-key", key);
  await type(b, "#recovery-new", passphrase);
  await type(b, "#recovery-repeat", passphrase);
  await click(b, "#recovery-submit");
}

export default {
  name: "recovery",
  title: "a forgotten passphrase: the recovery key and a new passphrase twice unlock the app",
  async run(ctx) {
    const app = ctx.app();
    const profile = app.profileDir;
    const out = lanternTool(profile, OLD, ["init", ...(app.insecureKdf ? ["--insecure-test-kdf"] : [])]);
    const key = out
      .split("\n")
      .map((l) => l.trim())
      .find((l) => /^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/.test(l));
    assert.ok(key, `the recovery key is printed: ${out}`);

    const { browser: b } = await ctx.launch(app, { expectView: "unlock" });
    // A key that is not this profile's: refused, still locked.
    const wrong = key.replace(/^..../, key.startsWith("AAAA") ? "BBBB" : "AAAA");
    await recover(b, wrong, NEW);
    await b.waitUntil(async () => (await (await b.$("#unlock-error")).isExisting()), {
      timeout: 20000,
      timeoutMsg: "no error for a wrong recovery key",
    });
    assert.equal((await waitView(b, "unlock")).view, "unlock");

    await recover(b, key, NEW);
    await waitState(b, (s) => s.view === "home", "home after recovery", 20000);
    await ctx.shot(b, "recovery-home.png");

    await click(b, "#lock-now");
    await unlock(b, NEW);
    await waitState(b, (s) => s.view === "home", "home with the new passphrase", 20000);
    assert.throws(
      () => execFileSync(path.join(path.dirname(APP), "lantern"), ["--profile", profile, "status"], {
        env: { ...process.env, LANTERN_PASSPHRASE: OLD },
        stdio: ["ignore", "pipe", "pipe"],
      }),
      "the old passphrase no longer opens the profile",
    );
    assert.ok(await app.endSession(b), "app must exit when its session ends");
  },
};
