// Runs the end-to-end specs against the real desktop app (target/debug/lantern-desktop) through
// tauri-driver and WebKitWebDriver. Run it under an X server, e.g.
//
//   # embeds ui/dist: build the UI first (cd ui && npm run build)
//   cargo build -p lantern-desktop -p lantern-cli -p lantern-central --features insecure-test-kdf
//   cd tests/e2e && npm ci && xvfb-run -a -s '-screen 0 1366x768x24' node run.mjs
//
// Options:
//   node run.mjs [name-filter ...]   only the specs whose name contains one of the filters
//   --screenshots                    (re)write docs/screenshots/*.png (production key derivation,
//                                    so that no "test profile" marker shows in them)
//   --measure                        also measure idle memory (adds 10 s of idling)
//   --production-kdf                 the production key derivation (Argon2id, 64 MiB), as a
//                                    packaged app runs it; with LANTERN_APP=/usr/bin/lantern-desktop
//                                    scripts/test.sh tests the installed package this way
//
// Each spec gets its own app with a fresh profile directory and its own driver ports. The last
// line is "N passed, M failed"; the exit code is non-zero if anything failed.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { APP, AppInstance, ROOT } from "./lib/driver.mjs";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ARTIFACTS = path.join(HERE, "artifacts");
const SPEC_TIMEOUT_MS = 180_000;

const args = process.argv.slice(2);
const options = {
  screenshots: args.includes("--screenshots"),
  measure: args.includes("--measure"),
  productionKdf: args.includes("--production-kdf"),
};
const filters = args.filter((a) => !a.startsWith("--"));

const specFiles = fs
  .readdirSync(path.join(HERE, "specs"))
  .filter((f) => f.endsWith(".spec.mjs"))
  .sort();

const t0 = performance.now();
const stamp = () => `${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s`;
const figures = [];
fs.mkdirSync(ARTIFACTS, { recursive: true });

function hasImport() {
  try {
    execFileSync("import", ["-version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
const canImport = !!process.env.DISPLAY && hasImport();

/** What a spec gets: its apps (cleaned up by the runner), screenshots, figures, logging. */
function context(spec) {
  const apps = [];
  return {
    apps,
    options,
    log: (msg) => console.log(`[${stamp()}] ${spec}: ${msg}`),
    /** A fresh app instance (own profile dir, own driver). */
    app(opts = {}) {
      const a = new AppInstance({ insecureKdf: !(options.screenshots || options.productionKdf), ...opts });
      apps.push(a);
      return a;
    },
    /**
     * Launches the app and waits for its first screen (first run or unlock). Returns the browser
     * and the cold start: from the new-session request (which starts the app) to that screen.
     */
    async launch(app, { expectView }) {
      if (!app.driver) await app.startDriver();
      const start = performance.now();
      const browser = await app.launch();
      const sessionMs = performance.now() - start;
      const main = await browser.$(`main#main[data-view="${expectView}"]`);
      await main.waitForDisplayed({ timeout: 20000, timeoutMsg: `app did not show ${expectView}` });
      const readyMs = performance.now() - start;
      figures.push({ spec, figure: `cold start to ${expectView}`, sessionMs, readyMs });
      return { browser, readyMs };
    },
    figure(name, value) {
      figures.push({ spec, figure: name, ...value });
    },
    /** A README screenshot (only with --screenshots): the X root window, 1366x768. */
    async shot(browser, name) {
      if (!options.screenshots) return;
      // WebKit paints after the DOM changes: a screenshot taken at once can be stale.
      await browser.pause(400);
      const file = path.join(ROOT, "docs/screenshots", name);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      if (canImport) execFileSync("import", ["-window", "root", file]);
      else await browser.saveScreenshot(file);
      console.log(`[${stamp()}] ${spec}: screenshot ${path.relative(ROOT, file)}`);
    },
  };
}

async function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

let passed = 0;
let failed = 0;
const failures = [];

if (!fs.existsSync(APP)) {
  console.error(`app not built: ${APP}\n  cd ui && npm run build && cd .. && cargo build -p lantern-desktop -p lantern-cli -p lantern-central --features insecure-test-kdf`);
  console.log("0 passed, 1 failed");
  process.exit(1);
}

for (const file of specFiles) {
  const spec = (await import(path.join(HERE, "specs", file))).default;
  if (filters.length > 0 && !filters.some((f) => spec.name.includes(f))) continue;
  const ctx = context(spec.name);
  const started = performance.now();
  let error = null;
  try {
    await withTimeout(spec.run(ctx), SPEC_TIMEOUT_MS, spec.name);
  } catch (e) {
    error = e;
    // Keep what the app showed when it failed.
    for (const app of ctx.apps) {
      for (const b of app.browsers) {
        const f = path.join(ARTIFACTS, `${spec.name}-failure.png`);
        await b.saveScreenshot(f).catch(() => {});
        const html = await b.getPageSource().catch(() => null);
        if (html) fs.writeFileSync(f.replace(".png", ".html"), html);
      }
    }
  }
  for (const app of ctx.apps) {
    const problems = await app.stop();
    if (problems.length > 0 && !error) error = new Error(problems.join("; "));
    else if (problems.length > 0) console.error(`  also: ${problems.join("; ")}`);
    if (error) {
      const log = app.driverLog.join("").trim();
      if (log) fs.writeFileSync(path.join(ARTIFACTS, `${spec.name}-driver.log`), log);
    }
  }
  const secs = ((performance.now() - started) / 1000).toFixed(1);
  if (error) {
    failed++;
    failures.push(spec.name);
    console.log(`[${stamp()}] FAIL ${spec.name} (${secs} s): ${error.stack ?? error}`);
  } else {
    passed++;
    console.log(`[${stamp()}] ok   ${spec.name} (${secs} s): ${spec.title}`);
  }
}

const round = (v) => (typeof v === "number" ? Math.round(v * 10) / 10 : v);
console.log("\nFigures:");
for (const f of figures) {
  const { spec, figure, ...rest } = f;
  console.log(`  ${spec}: ${figure}: ${Object.entries(rest).map(([k, v]) => `${k}=${round(v)}`).join(" ")}`);
}
fs.writeFileSync(path.join(ARTIFACTS, "figures.json"), JSON.stringify(figures, null, 2) + "\n");
if (failures.length > 0) console.log(`\nFailed: ${failures.join(", ")} (see tests/e2e/artifacts/)`);
console.log(`\nTotal ${((performance.now() - t0) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
