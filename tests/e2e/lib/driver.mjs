import { execFileSync } from "node:child_process";
// One app instance per test: tauri-driver -> WebKitWebDriver -> target/debug/lantern-desktop.
//
// tauri-driver passes its environment to WebKitWebDriver, which passes it to the app, so the
// profile directory and the test key derivation are set on the tauri-driver process. Each driver
// gets its own free ports, so tests never meet another run's app.
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { remote } from "webdriverio";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
export const APP = path.resolve(
  process.env.LANTERN_APP ??
    path.join(process.env.CARGO_TARGET_DIR ? path.resolve(ROOT, process.env.CARGO_TARGET_DIR) : path.join(ROOT, "target"), "debug/lantern-desktop"),
);

function findTauriDriver() {
  if (process.env.TAURI_DRIVER) return process.env.TAURI_DRIVER;
  for (const dir of (process.env.PATH ?? "").split(":")) {
    const p = path.join(dir, "tauri-driver");
    if (dir && fs.existsSync(p)) return p;
  }
  return path.join(os.homedir(), ".cargo/bin/tauri-driver");
}
export const TAURI_DRIVER = findTauriDriver();

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function waitPort(port, timeoutMs, isAlive) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const tryOnce = () => {
      const s = net.connect(port, "127.0.0.1");
      s.once("connect", () => {
        s.destroy();
        resolve();
      });
      s.once("error", () => {
        s.destroy();
        if (!isAlive()) reject(new Error(`tauri-driver exited before port ${port} opened`));
        else if (Date.now() > deadline) reject(new Error(`port ${port} not open after ${timeoutMs} ms`));
        else setTimeout(tryOnce, 50);
      });
    };
    tryOnce();
  });
}

/** Every process (pid) whose environment carries `marker` ("NAME=value"). */
export function processesWithEnv(marker) {
  const needle = Buffer.from(`${marker}\0`);
  const out = [];
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const env = fs.readFileSync(`/proc/${name}/environ`);
      if (env.indexOf(needle) === 0 || env.indexOf(Buffer.concat([Buffer.from("\0"), needle])) >= 0) {
        out.push(Number(name));
      }
    } catch {
      // Gone meanwhile, or not readable: not ours.
    }
  }
  return out;
}

function stat(pid) {
  try {
    const s = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const close = s.lastIndexOf(")");
    const comm = s.slice(s.indexOf("(") + 1, close);
    const fields = s.slice(close + 2).split(" ");
    return { pid, comm, ppid: Number(fields[1]) };
  } catch {
    return null;
  }
}

function exe(pid) {
  try {
    return fs.readlinkSync(`/proc/${pid}/exe`);
  } catch {
    return null;
  }
}

/** The pid and all descendants of `root`. */
function tree(root) {
  const all = fs
    .readdirSync("/proc")
    .filter((n) => /^\d+$/.test(n))
    .map((n) => stat(Number(n)))
    .filter(Boolean);
  const out = [root];
  for (let i = 0; i < out.length; i++) {
    for (const p of all) if (p.ppid === out[i]) out.push(p.pid);
  }
  return out;
}

function kib(text, field) {
  const m = text.match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"));
  return m ? Number(m[1]) : 0;
}

/**
 * A test's own app: a fresh profile directory, tauri-driver with the test environment, and
 * WebDriver sessions on it. `stop()` must be called (the runner does) to end the driver and
 * check that no app process outlives the test.
 */
/** PSS (KiB) of the mappings of files under /usr/lib or /lib in one process, or null. */
function systemLibsPss(pid) {
  let text;
  try {
    text = fs.readFileSync(`/proc/${pid}/smaps`, "utf8");
  } catch {
    return null;
  }
  let total = 0;
  let systemLib = false;
  for (const line of text.split("\n")) {
    const header = /^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s+(.*)$/.exec(line);
    if (header) {
      systemLib = /^\/(usr\/)?lib\//.test(header[1]);
    } else if (systemLib && line.startsWith("Pss:")) {
      total += Number(line.split(/\s+/)[1]);
    }
  }
  return total;
}

export class AppInstance {
  constructor({ insecureKdf = true, profileDir = null } = {}) {
    this.profileDir = profileDir ?? fs.mkdtempSync(path.join(os.tmpdir(), "lantern-e2e-"));
    this.ownsProfile = profileDir === null;
    this.insecureKdf = insecureKdf;
    this.marker = `LANTERN_PROFILE=${this.profileDir}`;
    this.driver = null;
    this.browsers = new Set();
    this.driverLog = [];
  }

  async startDriver() {
    if (!fs.existsSync(APP)) throw new Error(`app not built: ${APP} (cargo build -p lantern-desktop -p lantern-cli -p lantern-central --features insecure-test-kdf)`);
    if (!fs.existsSync(TAURI_DRIVER)) throw new Error(`tauri-driver missing: cargo install tauri-driver --locked`);
    this.port = await freePort();
    this.nativePort = await freePort();
    while (this.nativePort === this.port) this.nativePort = await freePort();
    const env = { ...process.env, LANTERN_PROFILE: this.profileDir };
    if (this.insecureKdf) env.LANTERN_INSECURE_TEST_KDF = "1";
    else delete env.LANTERN_INSECURE_TEST_KDF;
    this.driver = spawn(TAURI_DRIVER, ["--port", String(this.port), "--native-port", String(this.nativePort)], {
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    this.driverExited = false;
    this.driver.once("exit", () => (this.driverExited = true));
    for (const s of [this.driver.stdout, this.driver.stderr]) {
      s.on("data", (d) => {
        this.driverLog.push(String(d));
        if (this.driverLog.length > 200) this.driverLog.shift();
      });
    }
    const alive = () => !this.driverExited;
    // tauri-driver listens before its WebKitWebDriver child does: a session request in that gap
    // is refused, so wait for both ports.
    await waitPort(this.port, 15000, alive);
    await waitPort(this.nativePort, 15000, alive);
  }

  /** Launches the app (a new WebDriver session); resolves once the session exists. */
  async launch() {
    if (!this.driver) await this.startDriver();
    const browser = await remote({
      hostname: "127.0.0.1",
      port: this.port,
      logLevel: "error",
      connectionRetryCount: 1,
      waitforTimeout: 10000,
      waitforInterval: 20,
      capabilities: {
        // WebKitWebDriver speaks classic WebDriver only; webdriverio 9 asks for BiDi otherwise.
        "wdio:enforceWebDriverClassic": true,
        "tauri:options": { application: APP },
      },
    });
    this.browsers.add(browser);
    return browser;
  }

  /** The app's own processes (not tauri-driver / WebKitWebDriver), by environment marker. */
  appProcesses() {
    const driverPid = this.driver?.pid;
    return processesWithEnv(this.marker).filter((pid) => {
      if (pid === driverPid) return false;
      const s = stat(pid);
      return s !== null && !s.comm.startsWith("WebKitWebDrive") && s.comm !== "tauri-driver";
    });
  }

  /** The app's main process (the binary under test). */
  appPid() {
    const real = fs.realpathSync(APP);
    return this.appProcesses().find((pid) => exe(pid) === real) ?? null;
  }

  /** RSS, PSS and anonymous memory (KiB) of the app and all its descendants (WebKit web and network processes). */
  memory() {
    const pid = this.appPid();
    if (pid === null) throw new Error("app process not found");
    const procs = [];
    for (const p of tree(pid)) {
      try {
        const status = fs.readFileSync(`/proc/${p}/status`, "utf8");
        let pss = null;
        let anon = null;
        try {
          const rollup = fs.readFileSync(`/proc/${p}/smaps_rollup`, "utf8");
          pss = kib(rollup, "Pss");
          anon = kib(rollup, "Anonymous");
        } catch {
          // Older kernels: no smaps_rollup.
        }
        procs.push({
          pid: p,
          comm: stat(p)?.comm ?? "?",
          rssKiB: kib(status, "VmRSS"),
          pssKiB: pss,
          anonKiB: anon,
          systemLibsPssKiB: systemLibsPss(p),
        });
      } catch {
        // Exited meanwhile.
      }
    }
    return {
      procs,
      rssKiB: procs.reduce((a, p) => a + p.rssKiB, 0),
      // RSS counts the shared WebKit/GTK libraries once per process; PSS shares them out;
      // anonymous memory is what the processes allocated themselves.
      pssKiB: procs.every((p) => p.pssKiB !== null) ? procs.reduce((a, p) => a + p.pssKiB, 0) : null,
      anonKiB: procs.every((p) => p.anonKiB !== null) ? procs.reduce((a, p) => a + p.anonKiB, 0) : null,
      // The part of PSS that is the system's shared libraries (WebKitGTK, JavaScriptCore, GTK,
      // Mesa/LLVM, ...) mapped from /usr/lib: the same for any WebKitGTK app, not Lantern's to change.
      systemLibsPssKiB: procs.every((p) => p.systemLibsPssKiB !== null)
        ? procs.reduce((a, p) => a + p.systemLibsPssKiB, 0)
        : null,
    };
  }

  /**
   * Ends a session and waits until the app has really exited: under CPU load an app has been
   * seen to outlive its session, orphaned. Returns false if it is still running after 5 s.
   */
  async endSession(browser) {
    this.browsers.delete(browser);
    await browser.deleteSession().catch(() => {});
    for (let i = 0; i < 100; i++) {
      if (this.appProcesses().length === 0) return true;
      await sleep(50);
    }
    return this.appProcesses().length === 0;
  }

  /**
   * Ends every session and the driver. Any app process still alive afterwards is killed by pid
   * and reported (the test fails): a leaked app would keep a decrypted profile open.
   */
  async stop() {
    const problems = [];
    for (const b of [...this.browsers]) {
      if (!(await this.endSession(b))) problems.push("app still running 5 s after its session ended");
    }
    if (this.driver && !this.driverExited) {
      this.driver.kill("SIGTERM");
      for (let i = 0; i < 100 && !this.driverExited; i++) await sleep(20);
      if (!this.driverExited) this.driver.kill("SIGKILL");
    }
    let left = [];
    for (let i = 0; i < 50; i++) {
      left = processesWithEnv(this.marker);
      if (left.length === 0) break;
      await sleep(50);
    }
    if (left.length > 0) {
      problems.push(`processes left behind: ${left.map((p) => `${p} ${stat(p)?.comm}`).join(", ")}`);
      for (const pid of left) {
        try {
          process.kill(pid, "SIGKILL");
        } catch {
          // Already gone.
        }
      }
    }
    if (this.ownsProfile) fs.rmSync(this.profileDir, { recursive: true, force: true });
    return problems;
  }
}

/**
 * Runs the `lantern` tool built beside the app on `profile` with `passphrase` (stdout as text;
 * stderr kept for the error if it fails).
 */
export function lanternTool(profile, passphrase, args) {
  return execFileSync(path.join(path.dirname(APP), "lantern"), ["--profile", profile, ...args], {
    cwd: ROOT,
    env: { ...process.env, LANTERN_PASSPHRASE: passphrase },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
}
