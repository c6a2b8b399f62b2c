import { fireEvent } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import type { Progress } from "../lib/types";
import { appState, byId, deferred, homeFixture, ipc, maybeId, renderAt, settle, STRINGS } from "../test/harness";

type ChannelArg = { id: number };
function sendProgress(channel: unknown, index: number, message: Progress) {
  const internals = (window as unknown as { __TAURI_INTERNALS__: { runCallback: (id: number, data: unknown) => void } })
    .__TAURI_INTERNALS__;
  internals.runCallback((channel as ChannelArg).id, { index, message });
}

describe("first run", () => {
  it("rates the passphrase as it is typed and requires the two to match", async () => {
    await renderAt("first_run", { app: appState("first_run") });
    const create = byId("create-profile") as HTMLButtonElement;
    await fireEvent.input(byId("passphrase"), { target: { value: "short" } });
    expect(byId("passphrase-strength").dataset.strength).toBe("weak");
    expect(byId("passphrase-strength").textContent).toContain(STRINGS["ui-passphrase-strength-weak"]);
    await fireEvent.input(byId("passphrase"), { target: { value: "river lantern copper autumn" } });
    expect(byId("passphrase-strength").dataset.strength).toBe("strong");
    await fireEvent.input(byId("passphrase-confirm"), { target: { value: "river lantern copper" } });
    expect(byId("passphrase-mismatch").textContent).toBe(STRINGS["ui-passphrase-mismatch"]);
    expect(create.disabled).toBe(true);
    await fireEvent.input(byId("passphrase-confirm"), { target: { value: "river lantern copper autumn" } });
    expect(maybeId("passphrase-mismatch")).toBeNull();
    expect(create.disabled).toBe(false);
  });

  it("shows progress while the key is derived, then the recovery key once, until acknowledged", async () => {
    const created = deferred<{ recovery_key: string }>();
    let channel: unknown = null;
    const calls = ipc({
      create_profile: (args) => {
        channel = args.onProgress;
        return created.promise;
      },
      app_state: () => appState("unlocked"),
      home: () => homeFixture(),
    });
    await renderAt("first_run", { app: appState("first_run") });
    await fireEvent.input(byId("passphrase"), { target: { value: "river lantern copper autumn" } });
    await fireEvent.input(byId("passphrase-confirm"), { target: { value: "river lantern copper autumn" } });
    await fireEvent.click(byId("create-profile"));
    await settle();
    expect(calls[0].cmd).toBe("create_profile");
    expect(calls[0].args.passphrase).toBe("river lantern copper autumn");
    expect(calls[0].args.confirmation).toBe("river lantern copper autumn");
    // The fields are emptied as soon as the passphrase is sent.
    expect((byId("passphrase") as HTMLInputElement).value).toBe("");
    expect(byId("derive-progress").textContent).toContain(STRINGS["ui-first-run-working"]);
    sendProgress(channel, 0, { stage: "deriving_key" });
    await settle();
    expect(byId("derive-progress").dataset.stage).toBe("deriving_key");

    created.resolve({ recovery_key: "K7QF-9XMB-2RTD-HW4P-LJ8N-C3VA" });
    await settle();
    const key = byId("recovery-key");
    expect([...key.querySelectorAll(".group")].map((g) => g.textContent)).toEqual([
      "K7QF", "9XMB", "2RTD", "HW4P", "LJ8N", "C3VA",
    ]);
    expect(document.body.textContent).toContain(STRINGS["ui-recovery-key-instruction"]);
    const next = byId("recovery-continue") as HTMLButtonElement;
    expect(next.disabled).toBe(true);
    await fireEvent.click(byId("recovery-ack"));
    expect(next.disabled).toBe(false);
    await fireEvent.click(next);
    await settle();
    expect(maybeId("recovery-key")).toBeNull();
    expect(document.body.textContent).not.toContain("K7QF");
    expect(calls.map((c) => c.cmd)).toEqual(["create_profile", "app_state", "home"]);
    expect(maybeId("start-interview")).not.toBeNull();
  });

  it("shows the localised error when the profile cannot be created", async () => {
    ipc({
      create_profile: () => {
        throw { code: "store.passphrase_too_short", message: "The passphrase must have at least 12 characters." };
      },
    });
    await renderAt("first_run", { app: appState("first_run") });
    await fireEvent.input(byId("passphrase"), { target: { value: "abc" } });
    await fireEvent.input(byId("passphrase-confirm"), { target: { value: "abc" } });
    await fireEvent.click(byId("create-profile"));
    await settle();
    expect(byId("create-error").textContent).toBe("The passphrase must have at least 12 characters.");
    expect(byId("create-error").dataset.code).toBe("store.passphrase_too_short");
    expect(maybeId("recovery-key")).toBeNull();
  });
});
