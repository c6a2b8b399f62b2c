// (k) Send now (issues 14, 18). A real central office (`lantern-central init`, an enrolment file
// naming its inbox, `lantern-central serve` on 127.0.0.1) and a field profile enrolled with it
// that holds one finished interview. In the app: the panel says which office and what waits, and
// the address comes from the enrolment file; before the supervisor approves the laptop, Send now
// is refused with the localised reason and nothing is lost; after approval it sends, shows the
// outcome in words, the interview leaves the laptop (purge after receipt) and the office holds it.
import assert from "node:assert/strict";
import { execFileSync, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { APP, ROOT } from "../lib/driver.mjs";
import { assertNoBareIds, click, unlock, waitState } from "../lib/ui.mjs";

const CENTRAL = "central office e2e passphrase";
const FIELD = "field laptop e2e passphrase";
const BIN = path.dirname(APP);

function run(bin, args) {
  return execFileSync(path.join(BIN, bin), args, {
    cwd: ROOT,
    env: { ...process.env, LANTERN_CENTRAL_PASSPHRASE: CENTRAL, LANTERN_PASSPHRASE: FIELD },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** `lantern-central serve` as its own process; resolves once it printed `listening on`. */
function serve(home, port) {
  const child = spawn(path.join(BIN, "lantern-central"), ["--home", home, "serve", "--listen", `127.0.0.1:${port}`], {
    cwd: ROOT,
    env: { ...process.env, LANTERN_CENTRAL_PASSPHRASE: CENTRAL },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  const first = new Promise((resolve, reject) => {
    readline.createInterface({ input: child.stdout }).once("line", resolve);
    child.once("exit", (code) => reject(new Error(`serve exited ${code}: ${stderr}`)));
  });
  return { child, first };
}

// Fluent isolates placeables (U+2068 … U+2069); the figures are read without those marks.
const plainText = (t) => t.replace(/[\u2068\u2069]/g, "");
const lines = async (b) =>
  (await b.execute(() => [...document.querySelectorAll("[data-testid=office-line]")].map((l) => l.textContent))).map(plainText);

export default {
  name: "send-now",
  title: "Send now: refused with the reason before approval, then sent, confirmed and purged",
  async run(ctx) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lantern-e2e-send-"));
    const home = path.join(dir, "central");
    const enrolment = path.join(dir, "office.enrol");
    let server = null;
    try {
      const port = await freePort();
      const url = `https://127.0.0.1:${port}`;
      const app = ctx.app();
      const profile = app.profileDir;
      // Screenshots show no "test profile" marker: then both stores get production key derivation.
      const kdf = app.insecureKdf ? ["--insecure-test-kdf"] : [];
      run("lantern-central", ["--home", home, "init", "--enrolment-out", enrolment, ...kdf]);
      run("lantern-central", ["--home", home, "enrolment", "--out", enrolment, "--inbox-url", url]);
      run("lantern", ["--profile", profile, "init", ...kdf]);
      const enrolled = spawnSync(path.join(BIN, "lantern"), ["--profile", profile, "enrol", enrolment], {
        cwd: ROOT,
        env: { ...process.env, LANTERN_PASSPHRASE: FIELD },
        encoding: "utf8",
      });
      assert.equal(enrolled.status, 0, enrolled.stderr);
      const device = enrolled.stdout.match(/dev-[0-9a-f]{32}/)?.[0];
      const key = enrolled.stderr.match(/lantern-device-pk1[0-9a-z]+/)?.[0];
      assert.ok(device && key, `device id and key printed: ${enrolled.stdout} ${enrolled.stderr}`);
      run("lantern", ["--profile", profile, "interview", "run", "--script", "examples/scripts/adult-complete.json"]);

      server = serve(home, port);
      const listening = await server.first;
      assert.equal(listening, `listening on ${url}`);

      const { browser: b } = await ctx.launch(app, { expectView: "unlock" });
      await unlock(b, FIELD);
      await waitState(b, (s) => s.view === "home", "home", 20000);
      const connected = await b.$("#office-connected");
      await connected.waitForDisplayed({ timeout: 10000, timeoutMsg: "the panel never said which office" });
      assert.equal(await (await b.$("#office-device-id")).getProperty("textContent"), device, "the panel shows the device id");
      assert.equal(await (await b.$("#office-url")).getValue(), url, "the address comes from the enrolment file");
      assert.match((await lines(b))[0], /: 1$/, "one interview waits");
      await assertNoBareIds(b, "home with the office panel");

      // Not approved yet: refused, with the reason, and the interview still waits.
      await click(b, "#office-send");
      const error = await b.$("#office-error");
      await error.waitForDisplayed({ timeout: 30000, timeoutMsg: "no error before approval" });
      assert.equal(await error.getAttribute("data-code"), "sync.device_not_approved");
      assert.ok((await error.getText()).length > 20, "a sentence, not a code");
      assert.match((await lines(b))[0], /: 1$/, "still one interview waiting");
      const finished = () =>
        b.execute(() => document.querySelectorAll("#home-finished [data-testid=interview-card]").length);
      assert.equal(await finished(), 1);

      // The supervisor approves the laptop (while the server runs); Send now goes through.
      run("lantern-central", ["--home", home, "devices", "approve", device, "--key", key]);
      await click(b, "#office-send");
      const notice = await b.$("#office-notice");
      await notice.waitForDisplayed({ timeout: 30000, timeoutMsg: "no outcome after sending" });
      const said = plainText(await notice.getText());
      assert.match(said, /1.*1.*1/s, `sent 1, confirmed 1, removed 1: ${said}`);
      assert.equal(await (await b.$("#office-error")).isExisting(), false, "the old error is gone");
      await b.waitUntil(async () => /: 0$/.test((await lines(b))[0]), { timeout: 10000, timeoutMsg: "the panel still says one waits" });
      await b.waitUntil(async () => (await finished()) === 0, { timeout: 10000, timeoutMsg: "the purged interview is still listed as finished" });
      await ctx.shot(b, "send-now.png");

      // The office holds it; nothing waits in the laptop's outbox.
      const list = JSON.parse(run("lantern-central", ["--home", home, "review", "list", "--json"]));
      const rows = Array.isArray(list) ? list : (list.interviews ?? list.rows ?? []);
      assert.equal(rows.length, 1, `the office lists one interview: ${JSON.stringify(list).slice(0, 300)}`);
      assert.ok(JSON.stringify(rows[0]).includes(device), "from this laptop");
      const outbox = path.join(profile, "outbox");
      assert.deepEqual(fs.existsSync(outbox) ? fs.readdirSync(outbox).filter((f) => f.endsWith(".bundle")) : [], []);
      assert.ok(await app.endSession(b), "app must exit when its session ends");
    } finally {
      if (server) {
        server.child.kill("SIGTERM");
        await new Promise((r) => server.child.once("exit", r));
      }
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
