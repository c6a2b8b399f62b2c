// The central-office panel on the home screen: enrolment, Send now with progress and its
// outcome in words, a refused sending with its localised reason, the USB route.
import { fireEvent } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import type { OfficeView, Text } from "../lib/types";
import { byId, deferred, homeFixture, ipc, maybeId, officeNotEnrolled, renderAt, settle, STRINGS } from "../test/harness";

const text = (t: string): Text => ({ text: t, locale: "en", fell_back: false });

function enrolled(extra: Partial<OfficeView> = {}): OfficeView {
  return {
    ...officeNotEnrolled(),
    enrolment: {
      device_id: "dev-0123456789abcdef0123456789abcdef",
      device_key: "lantern-device-pk1qqqq",
      device_fingerprint: "AB12-CD34",
      node_id: "central-office-tirana",
      central_fingerprint: "EF56-7890",
      recipient_fingerprint: "1234-5678",
      purge: "after_receipt",
    },
    online: true,
    inbox_url: "https://192.0.2.10:8443",
    due: 2,
    connected: text("Connected to the central office central-office-tirana."),
    lines: [text("Interviews waiting to be sent: 2"), text("Of these, interviews whose identifying answers stay on this laptop: 1")],
    ...extra,
  };
}

function send(channel: unknown, index: number, message: unknown) {
  const internals = (window as unknown as { __TAURI_INTERNALS__: { runCallback: (id: number, data: unknown) => void } })
    .__TAURI_INTERNALS__;
  internals.runCallback((channel as { id: number }).id, { index, message });
}

describe("central office panel", () => {
  it("a laptop not yet enrolled is asked for the enrolment file, then shows what waits", async () => {
    let office = officeNotEnrolled();
    const calls = ipc({
      office: () => office,
      enrol_from_file: () => {
        office = enrolled();
        return office;
      },
      home: () => homeFixture(),
    });
    await renderAt("home", { home: homeFixture() });
    await settle();
    expect(byId("office-not-enrolled").textContent).toBe(STRINGS["ui-office-not-enrolled"]);
    expect(maybeId("office-send")).toBeNull();
    await fireEvent.click(byId("office-enrol"));
    await settle();
    expect(calls.map((c) => c.cmd)).toContain("enrol_from_file");
    expect(byId("office-connected").textContent).toContain("central-office-tirana");
    const lines = [...document.querySelectorAll("[data-testid=office-line]")].map((l) => l.textContent);
    expect(lines).toEqual(["Interviews waiting to be sent: 2", "Of these, interviews whose identifying answers stay on this laptop: 1"]);
    expect(byId("office-device-key").textContent).toBe("lantern-device-pk1qqqq");
  });

  it("sends only when pressed, to the address from the enrolment, with progress and the outcome in words", async () => {
    const done = deferred<unknown>();
    let channel: unknown = null;
    let office = enrolled();
    const calls = ipc({
      office: () => office,
      send_now: (args) => {
        channel = args.onProgress;
        return done.promise;
      },
      home: () => homeFixture(),
    });
    await renderAt("home", { home: homeFixture() });
    await settle();
    expect(calls.filter((c) => c.cmd === "send_now")).toEqual([]);
    expect((byId("office-url") as HTMLInputElement).value).toBe("https://192.0.2.10:8443");
    await fireEvent.click(byId("office-send"));
    await settle();
    expect(calls.find((c) => c.cmd === "send_now")?.args.url).toBe("https://192.0.2.10:8443");
    expect((byId("office-send") as HTMLButtonElement).disabled).toBe(true);
    send(channel, 0, { step: "exported", bundle_id: "b1", records: 3 });
    send(channel, 1, { step: "sending", bundle_id: "b1", sent: 4096, total: 8192 });
    await settle();
    expect(byId("office-progress").dataset.answered).toBe("4096");
    expect(byId("office-progress").dataset.applicable).toBe("8192");
    office = enrolled({ due: 0, lines: [text("Interviews waiting to be sent: 0")] });
    done.resolve({ sent: 1, acknowledged: 1, purged: 2, notice: text("Sent: 1. Confirmed by the office: 1. Removed from this laptop after confirmation: 2.") });
    await settle();
    expect(byId("office-notice").textContent).toContain("Removed from this laptop after confirmation: 2");
    expect(maybeId("office-sending")).toBeNull();
    expect(document.querySelector("[data-testid=office-line]")?.textContent).toBe("Interviews waiting to be sent: 0");
    // The interview lists are read again: purged interviews leave them.
    expect(calls.filter((c) => c.cmd === "home").length).toBe(1);
  });

  it("a refused sending shows its localised reason beside the button, and nothing else changes", async () => {
    const calls = ipc({
      office: () => enrolled(),
      send_now: () => {
        throw { code: "sync.device_not_approved", message: "The office has not approved this device yet." };
      },
    });
    await renderAt("home", { home: homeFixture() });
    await settle();
    await fireEvent.input(byId("office-url"), { target: { value: "  https://10.0.0.5:8443 " } });
    await fireEvent.click(byId("office-send"));
    await settle();
    expect(calls.find((c) => c.cmd === "send_now")?.args.url).toBe("https://10.0.0.5:8443");
    const error = byId("office-error");
    expect(error.dataset.code).toBe("sync.device_not_approved");
    expect(error.textContent).toBe("The office has not approved this device yet.");
    expect(maybeId("office-notice")).toBeNull();
    expect(calls.filter((c) => c.cmd === "home")).toEqual([]);
  });

  it("an enrolment without an inbox offers only the USB route; refused receipts are listed with their reason", async () => {
    ipc({
      office: () => enrolled({ online: false, inbox_url: null }),
      apply_receipt_files: () => ({
        applied: 1,
        purged: 0,
        refused: [{ file: "/media/usb/x.receipt", code: "bundle.bad_signature", message: "This receipt was altered." }],
        notice: text("Receipts read: 1. Removed from this laptop after confirmation: 0."),
      }),
      home: () => homeFixture(),
    });
    await renderAt("home", { home: homeFixture() });
    await settle();
    expect(byId("office-no-online").textContent).toBe(STRINGS["ui-office-no-online"]);
    expect(maybeId("office-send")).toBeNull();
    await fireEvent.click(byId("office-receipts"));
    await settle();
    expect(byId("office-notice").textContent).toContain("Receipts read: 1");
    const refused = byId("office-refused").querySelector("li");
    expect(refused?.dataset.code).toBe("bundle.bad_signature");
    expect(refused?.textContent).toContain("This receipt was altered.");
  });
});
