import { afterEach, describe, expect, it, vi } from "vitest";
import { recoveryKeyGroups } from "./format";
import { ESCAPE_WINDOW_MS, quickHideKeys } from "./hotkeys";
import { IdleTimer } from "./idle";
import { passphraseStrength } from "./strength";
import { session } from "./session.svelte";
import { asIpcError } from "./types";

describe("passphrase strength", () => {
  it.each([
    ["", "weak"],
    ["password", "weak"],
    ["aaaaaaaaaaaaaaaaaaaaaaaa", "weak"],
    ["Tr0ub4dor&3x", "fair"],
    ["correcthorsebat", "fair"],
    ["river lantern copper", "strong"],
    ["river lantern copper autumn", "strong"],
    ["Ljubljana-2004!x", "strong"],
  ])("%j is %s", (passphrase, expected) => {
    expect(passphraseStrength(passphrase)).toBe(expected);
  });
});

describe("recovery key groups", () => {
  it("keeps groups Rust already separated", () => {
    expect(recoveryKeyGroups("ABCD-EFGH-IJKL")).toEqual(["ABCD", "EFGH", "IJKL"]);
    expect(recoveryKeyGroups(" abcd efgh ")).toEqual(["abcd", "efgh"]);
  });
  it("cuts a single run into fours", () => {
    expect(recoveryKeyGroups("ABCDEFGHIJ")).toEqual(["ABCD", "EFGH", "IJ"]);
  });
});

describe("quick-hide keys", () => {
  const key = (init: KeyboardEventInit) => new KeyboardEvent("keydown", init);

  it("Ctrl+Shift+H hides at once", () => {
    const hide = vi.fn();
    quickHideKeys(hide)(key({ key: "H", ctrlKey: true, shiftKey: true }));
    expect(hide).toHaveBeenCalledTimes(1);
  });

  it("Escape twice within the window hides; slower does not", () => {
    let now = 1000;
    const hide = vi.fn();
    const handle = quickHideKeys(hide, () => now);
    handle(key({ key: "Escape" }));
    now += ESCAPE_WINDOW_MS + 1;
    handle(key({ key: "Escape" }));
    expect(hide).not.toHaveBeenCalled();
    now += 100;
    handle(key({ key: "Escape" }));
    expect(hide).toHaveBeenCalledTimes(1);
  });

  it("other keys do nothing", () => {
    const hide = vi.fn();
    const handle = quickHideKeys(hide);
    handle(key({ key: "h" }));
    handle(key({ key: "H", shiftKey: true }));
    expect(hide).not.toHaveBeenCalled();
  });
});

describe("idle timer", () => {
  afterEach(() => vi.useRealTimers());

  it("fires once after the idle time and stops listening", () => {
    vi.useFakeTimers();
    const target = new EventTarget();
    const idle = vi.fn();
    new IdleTimer(target, 1, idle).start();
    vi.advanceTimersByTime(59_000);
    target.dispatchEvent(new Event("keydown"));
    vi.advanceTimersByTime(59_000);
    expect(idle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2_000);
    expect(idle).toHaveBeenCalledTimes(1);
    target.dispatchEvent(new Event("keydown"));
    vi.advanceTimersByTime(120_000);
    expect(idle).toHaveBeenCalledTimes(1);
  });

  it("zero minutes disables it", () => {
    vi.useFakeTimers();
    const idle = vi.fn();
    new IdleTimer(new EventTarget(), 0, idle).start();
    vi.advanceTimersByTime(24 * 3_600_000);
    expect(idle).not.toHaveBeenCalled();
  });
});

describe("strings and errors", () => {
  it("t returns the id itself when a string is missing", () => {
    expect(session.t("ui-not-there")).toBe("ui-not-there");
  });

  it("IpcError is recognised by shape, anything else becomes ui.unexpected", () => {
    expect(asIpcError({ code: "store.wrong_passphrase", message: "Wrong." })).toEqual({
      code: "store.wrong_passphrase",
      message: "Wrong.",
    });
    expect(asIpcError("boom")).toEqual({ code: "ui.unexpected", message: "boom" });
    expect(asIpcError(new Error("x")).code).toBe("ui.unexpected");
  });
});
