// The passphrase pieces shared by first run, unlock and the central office: the form that opens
// a store (UnlockForm), the key-derivation progress and the error alert.
import { fireEvent, render } from "@testing-library/svelte";
import { createRawSnippet } from "svelte";
import { describe, expect, it } from "vitest";
import { session } from "../lib/session.svelte";
import { appState, byId, maybeId, settle, STRINGS } from "../test/harness";
import ErrorAlert from "./ErrorAlert.svelte";
import KeyDerivationProgress from "./KeyDerivationProgress.svelte";
import UnlockForm from "./UnlockForm.svelte";

const html = (markup: string) => createRawSnippet(() => ({ render: () => markup }));

function renderForm(unlock: (p: string) => Promise<boolean>, available = true) {
  session.app = appState("locked");
  return render(UnlockForm, {
    props: {
      id: "test-form",
      fieldId: "test-passphrase",
      fieldLabel: "Test passphrase",
      buttonId: "test-open",
      buttonLabel: "Open",
      errorId: "test-error",
      available,
      unlock,
      header: html(`<h1 id="test-header">Header</h1>`),
      footer: html(`<p id="test-footer">Footer</p>`),
    },
  });
}

describe("UnlockForm", () => {
  it("labels the field, focuses it on arrival and keeps the submit disabled while it is empty", async () => {
    renderForm(async () => true);
    await settle();
    const field = byId("test-passphrase") as HTMLInputElement;
    expect(field.type).toBe("password");
    expect(field.autocomplete).toBe("current-password");
    expect(document.querySelector('label[for="test-passphrase"]')?.textContent).toBe("Test passphrase");
    expect(document.activeElement).toBe(field);
    expect((byId("test-open") as HTMLButtonElement).disabled).toBe(true);
    // Header before the field, footer after it, all inside the one form.
    const order = [...byId("test-form").querySelectorAll("[id]")].map((e) => e.id);
    expect(order).toEqual(["test-header", "test-passphrase", "test-open", "test-footer"]);
  });

  it("sends the passphrase once, empties the field at once and refocuses it after a failure", async () => {
    const sent: string[] = [];
    renderForm(async (p) => {
      sent.push(p);
      return false;
    });
    await settle();
    const field = byId("test-passphrase") as HTMLInputElement;
    await fireEvent.input(field, { target: { value: "wrong one" } });
    field.blur();
    expect(document.activeElement).not.toBe(field);
    await fireEvent.submit(byId("test-form"));
    expect(field.value).toBe("");
    await settle();
    expect(sent).toEqual(["wrong one"]);
    expect(document.activeElement).toBe(field);
    // An empty field sends nothing.
    await fireEvent.submit(byId("test-form"));
    await settle();
    expect(sent).toEqual(["wrong one"]);
  });

  it("does not send while another intent runs", async () => {
    const sent: string[] = [];
    renderForm(async (p) => {
      sent.push(p);
      return true;
    });
    await fireEvent.input(byId("test-passphrase"), { target: { value: "river lantern" } });
    session.busy = true;
    await fireEvent.submit(byId("test-form"));
    await settle();
    expect(sent).toEqual([]);
    expect((byId("test-passphrase") as HTMLInputElement).value).toBe("river lantern");
  });

  it("without `available` shows no field and no progress, but still the error", async () => {
    renderForm(async () => true, false);
    session.busy = true;
    session.error = { code: "store.no_central_home", message: "No central office here." };
    await settle();
    expect(maybeId("test-passphrase")).toBeNull();
    expect(maybeId("test-open")).toBeNull();
    expect(maybeId("derive-progress")).toBeNull();
    expect(byId("test-error").dataset.code).toBe("store.no_central_home");
    expect(maybeId("test-header")).not.toBeNull();
    expect(maybeId("test-footer")).not.toBeNull();
  });

  it("disables the field while busy and shows the unlock progress texts by stage", async () => {
    renderForm(async () => true);
    session.busy = true;
    session.progress = "deriving_key";
    await settle();
    expect(byId("test-passphrase").closest("fieldset")?.disabled).toBe(true);
    expect(byId("derive-progress").textContent?.trim()).toBe(STRINGS["ui-unlock-working"]);
    session.progress = "opening";
    await settle();
    expect(byId("derive-progress").textContent?.trim()).toBe(STRINGS["ui-unlock-opening"]);
  });
});

describe("KeyDerivationProgress", () => {
  it("is shown only while an intent runs, as a status with the last stage", async () => {
    session.app = appState("locked");
    render(KeyDerivationProgress, { props: { working: "Working", opening: "Opening" } });
    await settle();
    expect(maybeId("derive-progress")).toBeNull();
    session.busy = true;
    session.progress = "deriving_key";
    await settle();
    const progress = byId("derive-progress");
    expect(progress.getAttribute("role")).toBe("status");
    expect(progress.dataset.stage).toBe("deriving_key");
    expect(progress.textContent?.trim()).toBe("Working");
    expect(progress.querySelector(".spinner")?.getAttribute("aria-hidden")).toBe("true");
    session.progress = "opening";
    await settle();
    expect(progress.dataset.stage).toBe("opening");
    expect(progress.textContent?.trim()).toBe("Opening");
    session.busy = false;
    await settle();
    expect(maybeId("derive-progress")).toBeNull();
  });

  it("keeps the one text at every stage when no opening text is given", async () => {
    render(KeyDerivationProgress, { props: { working: "Creating" } });
    session.busy = true;
    session.progress = "opening";
    await settle();
    expect(byId("derive-progress").textContent?.trim()).toBe("Creating");
    session.progress = null;
    await settle();
    expect(byId("derive-progress").dataset.stage).toBe("");
  });
});

describe("ErrorAlert", () => {
  it("shows the last intent error with its code under the screen's id, and nothing otherwise", async () => {
    render(ErrorAlert, { props: { id: "some-error" } });
    await settle();
    expect(maybeId("some-error")).toBeNull();
    session.error = { code: "store.wrong_passphrase", message: "Wrong passphrase." };
    await settle();
    const alert = byId("some-error");
    expect(alert.getAttribute("role")).toBe("alert");
    expect(alert.dataset.code).toBe("store.wrong_passphrase");
    expect(alert.textContent).toBe("Wrong passphrase.");
    session.error = null;
    await settle();
    expect(maybeId("some-error")).toBeNull();
  });
});
