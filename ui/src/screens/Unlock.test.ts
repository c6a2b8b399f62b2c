import { fireEvent } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import { session } from "../lib/session.svelte";
import type { AppState } from "../lib/types";
import { appState, byId, deferred, homeFixture, ipc, maybeId, renderAt, screenFixture, settle, STRINGS } from "../test/harness";

describe("unlock", () => {
  it("a wrong passphrase shows the localised message and keeps the worker on the unlock screen", async () => {
    ipc({
      unlock: () => {
        throw { code: "store.wrong_passphrase", message: "Wrong passphrase. Please try again." };
      },
    });
    await renderAt("unlock", { app: appState("locked") });
    await fireEvent.input(byId("passphrase"), { target: { value: "not it" } });
    await fireEvent.click(byId("unlock"));
    await settle();
    expect(byId("unlock-error").textContent).toBe("Wrong passphrase. Please try again.");
    expect(byId("unlock-error").dataset.code).toBe("store.wrong_passphrase");
    expect((byId("passphrase") as HTMLInputElement).value).toBe("");
    expect(session.view).toBe("unlock");
  });

  it("shows progress while deriving, then home", async () => {
    const unlocked = deferred<AppState>();
    const calls = ipc({ unlock: () => unlocked.promise, home: () => homeFixture() });
    await renderAt("unlock", { app: appState("locked") });
    await fireEvent.input(byId("passphrase"), { target: { value: "river lantern copper autumn" } });
    await fireEvent.submit(byId("unlock-form"));
    await settle();
    expect(maybeId("derive-progress")).not.toBeNull();
    expect(byId("derive-progress").textContent).toContain(STRINGS["ui-unlock-working"]);
    expect((byId("unlock") as HTMLButtonElement).disabled).toBe(true);
    unlocked.resolve(appState("unlocked"));
    await settle();
    expect(calls.map((c) => c.cmd)).toEqual(["unlock", "home"]);
    expect(calls[0].args.passphrase).toBe("river lantern copper autumn");
    expect(maybeId("home-drafts")).not.toBeNull();
  });

  it("returns to the open interview after unlocking", async () => {
    const calls = ipc({ unlock: () => appState("unlocked"), open_interview: () => screenFixture("question") });
    session.openInterviewId = "01JD3F2A7Q9X";
    await renderAt("unlock", { app: appState("locked") });
    await fireEvent.input(byId("passphrase"), { target: { value: "river lantern copper autumn" } });
    await fireEvent.click(byId("unlock"));
    await settle();
    expect(calls.map((c) => c.cmd)).toEqual(["unlock", "open_interview"]);
    expect(calls[1].args).toEqual({ id: "01JD3F2A7Q9X" });
    expect(maybeId("stop")).not.toBeNull();
  });

  it("the interface language can be changed before unlocking", async () => {
    const sq = appState("locked", { interface_locale: "sq", strings: { ...STRINGS, "ui-unlock-button": "Zhblloko" } });
    const calls = ipc({ set_interface_locale: () => sq });
    await renderAt("unlock", { app: appState("locked") });
    await fireEvent.change(byId("interface-locale-select"), { target: { value: "sq" } });
    await settle();
    expect(calls).toEqual([{ cmd: "set_interface_locale", args: { locale: "sq" } }]);
    expect(byId("unlock").textContent).toBe("Zhblloko");
  });

  it("the recovery key and a new passphrase twice unlock (issue 18); a mismatch sends nothing", async () => {
    const calls = ipc({ recover: () => appState("unlocked"), home: () => homeFixture() });
    await renderAt("unlock", { app: appState("locked") });
    await fireEvent.click(byId("recovery-open"));
    await fireEvent.input(byId("recovery-key"), { target: { value: " ABCD-EFGH " } });
    await fireEvent.input(byId("recovery-new"), { target: { value: "new river lantern words" } });
    await fireEvent.input(byId("recovery-repeat"), { target: { value: "new river lantern word" } });
    expect(maybeId("recovery-mismatch")).not.toBeNull();
    expect((byId("recovery-submit") as HTMLButtonElement).disabled).toBe(true);
    await fireEvent.input(byId("recovery-repeat"), { target: { value: "new river lantern words" } });
    await fireEvent.submit(byId("recovery-form"));
    await settle();
    expect(calls[0]).toEqual({
      cmd: "recover",
      args: { recoveryKey: "ABCD-EFGH", newPassphrase: "new river lantern words" },
    });
    expect(maybeId("home-drafts")).not.toBeNull();
  });

  it("a refused recovery key is shown, and the worker stays on the unlock screen", async () => {
    ipc({
      recover: () => {
        throw { code: "store.wrong_passphrase", message: "This recovery key does not open this profile." };
      },
    });
    await renderAt("unlock", { app: appState("locked") });
    await fireEvent.click(byId("recovery-open"));
    await fireEvent.input(byId("recovery-key"), { target: { value: "WRONG" } });
    await fireEvent.input(byId("recovery-new"), { target: { value: "new river lantern words" } });
    await fireEvent.input(byId("recovery-repeat"), { target: { value: "new river lantern words" } });
    await fireEvent.submit(byId("recovery-form"));
    await settle();
    expect(byId("unlock-error").dataset.code).toBe("store.wrong_passphrase");
    expect(session.view).toBe("unlock");
  });
});
