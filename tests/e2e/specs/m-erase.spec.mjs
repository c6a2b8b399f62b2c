// (m) Crypto-erase from the desktop app (issue 16). A profile with a finished interview (the
// `lantern` tool records it with a marker answer); in the app, "Erase this laptop's profile"
// needs the tick, then the app is at its first screen, the profile folder is gone, the tool
// cannot open it, and no file left anywhere under the profile's parent holds the marker.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { APP, lanternTool, ROOT } from "../lib/driver.mjs";
import { click, unlock, waitState } from "../lib/ui.mjs";

const PASS = "erase e2e passphrase";
const MARKER = "ERASE-E2E-MARKER-7741";

function filesUnder(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : [p];
  });
}

export default {
  name: "erase",
  title: "erase the profile: only after the tick; then first run, the folder gone, nothing readable left",
  async run(ctx) {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), "lantern-e2e-erase-"));
    const profile = path.join(parent, "profile");
    const app = ctx.app({ profileDir: profile });
    try {
      lanternTool(profile, PASS, ["init", ...(app.insecureKdf ? ["--insecure-test-kdf"] : [])]);
      const script = JSON.parse(fs.readFileSync(path.join(ROOT, "examples/scripts/adult-complete.json"), "utf8"));
      const marked = JSON.stringify(script).replaceAll('"free text"', `"${MARKER}"`);
      assert.notEqual(marked, JSON.stringify(script), "the script has a free-text answer to mark");
      const scriptFile = path.join(parent, "script.json");
      fs.writeFileSync(scriptFile, marked);
      lanternTool(profile, PASS, ["interview", "run", "--script", scriptFile]);
      fs.rmSync(scriptFile);

      const { browser: b } = await ctx.launch(app, { expectView: "unlock" });
      await unlock(b, PASS);
      await waitState(b, (s) => s.view === "home", "home", 20000);
      await click(b, "#erase-open");
      const confirm = await b.$("#erase-confirm");
      await confirm.waitForDisplayed({ timeout: 5000 });
      assert.equal(await confirm.isEnabled(), false, "erase waits for the tick");
      await click(b, "#erase-understood");
      await ctx.shot(b, "erase-dialog.png");
      await click(b, "#erase-confirm");
      await waitState(b, (s) => s.view === "first_run", "first run after the erase", 20000);

      assert.equal(fs.existsSync(profile), false, "the profile folder is gone");
      assert.throws(
        () =>
          execFileSync(path.join(path.dirname(APP), "lantern"), ["--profile", profile, "status"], {
            env: { ...process.env, LANTERN_PASSPHRASE: PASS },
            stdio: ["ignore", "pipe", "pipe"],
          }),
        "the tool cannot open an erased profile",
      );
      for (const f of filesUnder(parent)) {
        assert.ok(!fs.readFileSync(f).includes(MARKER), `${f} holds the marker`);
      }
      assert.ok(await app.endSession(b), "app must exit when its session ends");
    } finally {
      fs.rmSync(parent, { recursive: true, force: true });
    }
  },
};
