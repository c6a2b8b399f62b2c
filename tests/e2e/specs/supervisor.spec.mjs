// (supervisor) The central office in the desktop app: a real central home made by
// `lantern-central init`, real bundles from two enrolled and approved field profiles (adult and
// child example interviews), one from an unapproved device and one damaged file in the inbox.
// The app starts in field mode; the discreet "Central office" entry asks the central passphrase;
// "import the inbox" shows per-file progress and localised reasons; the review list shows both
// interviews; a review state and note are saved and read back by the `lantern-central` tool; the
// note is nowhere on disk in plaintext; quick-hide locks the central office.
//
// The environment of the app comes from tauri-driver, which inherits this process's
// environment: LANTERN_CENTRAL_HOME is set for this spec only and restored afterwards.
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { APP, ROOT } from "../lib/driver.mjs";
import { message, plain } from "../lib/locales.mjs";
import { assertNoBareIds, click, probe, select, type, waitState, waitView } from "../lib/ui.mjs";

const CENTRAL_PASSPHRASE = "central office e2e passphrase";
const FIELD_PASSPHRASE = "field device e2e passphrase";
const NOTE = "Guardian appointed; check that the reflection period was offered in her language.";
// The CLIs are built next to the app (same target directory).
const BIN = path.dirname(APP);

function run(bin, args, env = {}) {
  return execFileSync(path.join(BIN, bin), args, {
    cwd: ROOT,
    env: { ...process.env, LANTERN_CENTRAL_PASSPHRASE: CENTRAL_PASSPHRASE, LANTERN_PASSPHRASE: FIELD_PASSPHRASE, ...env },
    encoding: "utf8",
    // stderr is kept for the error if the tool fails, not printed on success.
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** A central home with an inbox holding 2 good bundles, 1 from an unknown device, 1 damaged file. */
function prepare(dir, { productionKdf = false } = {}) {
  const home = path.join(dir, "central");
  const enrol = path.join(dir, "central.enrol");
  const inbox = path.join(home, "inbox");
  // Screenshots show no "test profile" marker: the central home then has production key derivation.
  const kdf = productionKdf ? [] : ["--insecure-test-kdf"];
  run("lantern-central", ["--home", home, "init", "--enrolment-out", enrol, ...kdf]);
  fs.mkdirSync(inbox, { recursive: true });
  const devices = {};
  const keys = {};
  for (const [name, script, approve] of [
    ["adult", "adult-complete", true],
    ["child", "child-complete", true],
    ["stranger", "adult-complete", false],
  ]) {
    const profile = path.join(dir, name);
    run("lantern", ["--profile", profile, "init", "--insecure-test-kdf"]);
    // `lantern enrol` prints the device id on stdout and, for the supervisor, the device's key
    // and fingerprint on stderr: approval binds the key (a device id alone is public).
    const enrolled = spawnSync(path.join(BIN, "lantern"), ["--profile", profile, "enrol", enrol], {
      cwd: ROOT,
      env: { ...process.env, LANTERN_PASSPHRASE: FIELD_PASSPHRASE },
      encoding: "utf8",
    });
    assert.equal(enrolled.status, 0, enrolled.stderr);
    const id = enrolled.stdout.match(/dev-[0-9a-f]{32}/)?.[0];
    assert.ok(id, `no device id in: ${enrolled.stdout}`);
    const key = enrolled.stderr.match(/lantern-device-pk1[0-9a-z]+/)?.[0];
    assert.ok(key, `no device key in: ${enrolled.stderr}`);
    devices[name] = id;
    keys[name] = key;
    if (approve) run("lantern-central", ["--home", home, "devices", "approve", id, "--key", key]);
    run("lantern", ["--profile", profile, "interview", "run", "--script", `examples/scripts/${script}.json`]);
    run("lantern", ["--profile", profile, "export", "--out", inbox]);
  }
  fs.writeFileSync(path.join(inbox, "usb-copy-damaged.bundle"), Buffer.alloc(3000, 7));
  return { home, inbox, devices, keys };
}

function filesUnder(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : [p];
  });
}

export default {
  name: "supervisor",
  title: "central office: import the inbox with progress and reasons, review list, state and note saved encrypted",
  async run(ctx) {
    for (const bin of ["lantern", "lantern-central"]) {
      assert.ok(fs.existsSync(path.join(BIN, bin)), `${bin} not built: cargo build -p lantern-cli -p lantern-central`);
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lantern-e2e-central-"));
    const saved = process.env.LANTERN_CENTRAL_HOME;
    try {
      const { home, devices, keys } = prepare(dir, { productionKdf: ctx.options.screenshots });
      process.env.LANTERN_CENTRAL_HOME = home;
      const app = ctx.app();
      const { browser: b } = await ctx.launch(app, { expectView: "first_run" });

      // The discreet entry on the first-run screen, then the central passphrase.
      await click(b, "#central-office");
      await waitView(b, "supervisor_unlock");
      assert.equal(await (await b.$("#central-missing")).isExisting(), false, "a central home exists");
      await type(b, "#central-passphrase", "not the central passphrase");
      await click(b, "#central-unlock");
      const bad = await b.$("#central-unlock-error");
      await bad.waitForDisplayed({ timeout: 20000 });
      assert.equal(await bad.getAttribute("data-code"), "store.wrong_passphrase");
      await type(b, "#central-passphrase", CENTRAL_PASSPHRASE);
      await click(b, "#central-unlock");
      await waitView(b, "supervisor", 20000);
      assert.ok(await (await b.$("#review-empty")).isExisting(), "nothing imported yet");
      await assertNoBareIds(b, "supervisor");

      // Import the inbox: four files, in name order.
      await click(b, "#import-inbox");
      await b.waitUntil(
        async () => (await b.$$("[data-testid=import-file]")).length === 4 && !(await (await b.$("#import-inbox")).getAttribute("disabled")),
        { timeout: 30000, timeoutMsg: "import did not finish" },
      );
      const bar = await b.$("#import-progress");
      assert.equal(await bar.getAttribute("data-answered"), "4");
      assert.equal(await bar.getAttribute("data-applicable"), "4");
      const results = await b.execute(() =>
        [...document.querySelectorAll("[data-testid=import-file]")].map((e) => ({
          file: e.querySelector("code")?.textContent ?? "",
          outcome: e.dataset.outcome,
          code: e.dataset.code,
          reason: e.querySelector("[data-testid=import-reason]")?.textContent ?? null,
        })),
      );
      const byFile = Object.fromEntries(results.map((r) => [r.file, r]));
      assert.equal(byFile[`${devices.adult}-000001.bundle`].outcome, "imported");
      assert.equal(byFile[`${devices.child}-000001.bundle`].outcome, "imported");
      const stranger = byFile[`${devices.stranger}-000001.bundle`];
      assert.equal(stranger.outcome, "rejected");
      assert.equal(stranger.code, "bundle.unknown_device");
      assert.equal(plain(stranger.reason), message("en", "error-bundle-unknown-device"));
      const damaged = byFile["usb-copy-damaged.bundle"];
      assert.equal(damaged.outcome, "rejected");
      assert.match(damaged.code, /^bundle\./);
      assert.ok(damaged.reason && !damaged.reason.includes(damaged.code), "a localised reason, not the code");
      await ctx.shot(b, "supervisor-import.png");

      // The review list: both interviews, new, adult and child.
      const rows = await b.execute(() =>
        [...document.querySelectorAll("#review-list [data-testid=review-row]")].map((r) => ({
          id: r.dataset.id,
          state: r.dataset.state,
          result: r.dataset.result,
          conflict: r.dataset.conflict,
        })),
      );
      assert.equal(rows.length, 2);
      assert.ok(rows.every((r) => r.state === "new" && r.conflict === "false"));
      assert.ok(rows.every((r) => ["indicators_met", "insufficient_information", "not_met"].includes(r.result)));

      // Detail of the first one; set a state and a note; save.
      const id = rows[0].id;
      await click(b, `[data-testid=review-row][data-id="${id}"] [data-action=open]`);
      await b.$(`#review-detail[data-id="${id}"]`).then((e) => e.waitForDisplayed({ timeout: 10000 }));
      assert.equal((await b.$$("[data-testid^=dimension-]")).length, 6);
      assert.ok((await b.$$("[data-testid=indicator]")).length > 0);
      assert.ok((await b.$$("[data-testid=timeline-entry]")).length > 0);
      // She can read the case: the answers in her language, each with the language asked in.
      const answers = await b.execute(() =>
        [...document.querySelectorAll("[data-testid=case-answer]")].map((a) => ({
          key: a.dataset.key,
          text: a.textContent,
          asked: a.querySelector("[lang]")?.getAttribute("lang") ?? null,
        })),
      );
      assert.ok(answers.length > 100, `answers shown: ${answers.length}`);
      assert.ok(answers.some((a) => a.asked), "the language each was asked in");
      assert.ok(answers.every((a) => !/\bui-|answer-|\bq-[A-Z]/.test(a.text)), "no bare message ids");
      await b.execute(() => document.getElementById("case-answers")?.scrollIntoView({ block: "start" }));
      await ctx.shot(b, "supervisor-case.png");
      await select(b, "#review-state", "needs_follow_up");
      await type(b, "#review-note", NOTE);
      await click(b, "#review-save");
      await (await b.$("#review-saved")).waitForDisplayed({ timeout: 10000 });
      const row = await b.$(`[data-testid=review-row][data-id="${id}"]`);
      assert.equal(await row.getAttribute("data-state"), "needs_follow_up");
      await ctx.shot(b, "supervisor-review.png");

      // Field laptops: the two approved ones are listed; the stranger's laptop is approved here
      // with the key it printed, and its bundle, refused before, imports; a laptop is revoked.
      const deviceRows = () =>
        b.execute(() =>
          Object.fromEntries(
            [...document.querySelectorAll("[data-testid=device]")].map((d) => [d.dataset.id, d.dataset.status]),
          ),
        );
      assert.deepEqual(await deviceRows(), { [devices.adult]: "approved", [devices.child]: "approved" });
      await type(b, "#approve-id", devices.stranger);
      await type(b, "#approve-binding", "not a key or a fingerprint");
      await click(b, "#approve-device");
      await (await b.$("#devices-error")).waitForDisplayed({ timeout: 10000 });
      assert.equal(await (await b.$("#devices-error")).getAttribute("data-code"), "central.bad_fingerprint");
      await type(b, "#approve-binding", keys.stranger);
      await click(b, "#approve-device");
      await (await b.$("#device-approved")).waitForDisplayed({ timeout: 10000 });
      assert.equal((await deviceRows())[devices.stranger], "approved");
      await click(b, "#import-inbox");
      await b.waitUntil(
        async () =>
          (await b.execute(
            (f) => document.querySelector(`[data-testid=import-file] code`) && [...document.querySelectorAll("[data-testid=import-file]")].find((e) => e.querySelector("code")?.textContent === f)?.dataset.outcome,
            `${devices.stranger}-000001.bundle`,
          )) === "imported",
        { timeout: 30000, timeoutMsg: "the approved stranger's bundle did not import" },
      );
      await b.waitUntil(async () => (await b.$$("#review-list [data-testid=review-row]")).length === 3, {
        timeout: 10000,
        timeoutMsg: "the third interview is not listed",
      });
      await click(b, `[data-testid=device][data-id="${devices.child}"] [data-action=revoke]`);
      await click(b, "#revoke-confirm");
      await b.waitUntil(async () => (await deviceRows())[devices.child] === "revoked", {
        timeout: 10000,
        timeoutMsg: "the child laptop is not shown revoked",
      });
      await ctx.shot(b, "supervisor-devices.png");

      // Quick-hide locks the central office; the way back is its passphrase.
      await click(b, "#quick-hide");
      await waitState(b, (s) => s.view === "neutral", "neutral screen");
      await click(b, "#neutral-return");
      await waitView(b, "supervisor_unlock");
      const after = await probe(b);
      assert.equal(after.alert, null);

      // What the central office stored, read back by the command-line tool.
      const registry = JSON.parse(run("lantern-central", ["--home", home, "devices", "list", "--json"]));
      const statusOf = (id) => registry.find((d) => d.device_id === id)?.status;
      assert.equal(statusOf(devices.child), "revoked");
      assert.equal(statusOf(devices.stranger), "approved");
      const stored = JSON.parse(run("lantern-central", ["--home", home, "review", "list", "--json"]));
      const entry = stored.find((e) => e.interview_id === id);
      assert.equal(entry.review_state, "needs_follow_up");
      assert.equal(entry.note, NOTE);
      // The note is in the encrypted store only: no file under the central home holds it.
      const marker = Buffer.from("reflection period was offered");
      for (const f of filesUnder(home)) {
        assert.equal(fs.readFileSync(f).includes(marker), false, `plaintext note in ${f}`);
      }
    } finally {
      if (saved === undefined) delete process.env.LANTERN_CENTRAL_HOME;
      else process.env.LANTERN_CENTRAL_HOME = saved;
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
