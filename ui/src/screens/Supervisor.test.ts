// Supervisor mode (central office): the discreet entry, the central passphrase, import with
// per-file progress and localised rejections, the review list and one interview's review.
import { fireEvent } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import detailJson from "../fixtures/review_detail.json";
import reviewsJson from "../fixtures/reviews.json";
import homeJson from "../fixtures/supervisor_home.json";
import { session } from "../lib/session.svelte";
import type { AppState, DeviceRow, ImportFileEvent, ImportReport, ReviewDetail, ReviewRow, SupervisorHome } from "../lib/types";
import { appState, byId, deferred, ipc, maybeId, renderAt, settle, STRINGS, testid } from "../test/harness";

type ChannelArg = { id: number };
const reviews = (): ReviewRow[] => structuredClone(reviewsJson) as ReviewRow[];
const detail = (): ReviewDetail => structuredClone(detailJson) as ReviewDetail;
const home = (): SupervisorHome => structuredClone(homeJson) as SupervisorHome;

function send(channel: unknown, index: number, message: unknown) {
  const internals = (window as unknown as { __TAURI_INTERNALS__: { runCallback: (id: number, data: unknown) => void } })
    .__TAURI_INTERNALS__;
  internals.runCallback((channel as ChannelArg).id, { index, message });
}

async function renderSupervisor(extra: { detail?: ReviewDetail; rows?: ReviewRow[] } = {}) {
  session.mode = "supervisor";
  session.supervisorHome = home();
  session.reviews = extra.rows ?? reviews();
  session.detail = extra.detail ?? null;
  return renderAt("supervisor", { app: appState("locked", { phase: "supervisor", central_home: true }) });
}

const imported = (index: number, total: number, file: string): ImportFileEvent => ({
  index,
  total,
  file,
  outcome: "imported",
  summary: {
    bundle_id: "b".repeat(64),
    device_id: "dev-0f4c2a9e5b7d4c1e8a3f6b2d9c0e7a15",
    seq: index,
    records: 2,
    applied: 2,
    unchanged: 0,
    stale: 0,
    conflicts: 0,
    resent_seq: false,
    key_pinned: false,
    identity_kept: 0,
    identity_discarded: 0,
    identity_deleted: 0,
  },
  error: null,
});
const rejected = (index: number, total: number, file: string): ImportFileEvent => ({
  index,
  total,
  file,
  outcome: "rejected",
  summary: null,
  error: { code: "bundle.bad_signature", message: "This bundle has been altered or damaged. It was not imported." },
});

describe("supervisor mode: entry and passphrase", () => {
  it("the discreet entry on the unlock screen leads to the central passphrase, and back", async () => {
    await renderAt("unlock", { app: appState("locked", { central_home: true }) });
    await fireEvent.click(byId("central-office"));
    await settle();
    expect(session.view).toBe("supervisor_unlock");
    expect(maybeId("central-passphrase")).not.toBeNull();
    expect(maybeId("central-missing")).toBeNull();
    await fireEvent.click(byId("central-back"));
    await settle();
    expect(session.view).toBe("unlock");
    expect(session.mode).toBe("field");
  });

  it("the entry is on the first-run screen too; without a central home it says how one is made", async () => {
    await renderAt("first_run", { app: appState("first_run", { central_home: false }) });
    await fireEvent.click(byId("central-office"));
    await settle();
    expect(byId("central-missing").textContent).toBe(STRINGS["ui-supervisor-no-home"]);
    expect(maybeId("central-passphrase")).toBeNull();
    await fireEvent.click(byId("central-back"));
    await settle();
    expect(session.view).toBe("first_run");
  });

  it("unlocks with progress, then shows the import panel and the review list", async () => {
    const unlocked = deferred<AppState>();
    let channel: unknown = null;
    const calls = ipc({
      supervisor_unlock: (args) => {
        channel = args.onProgress;
        return unlocked.promise;
      },
      supervisor_home: () => home(),
      supervisor_reviews: () => reviews(),
    });
    session.openCentralOffice();
    await renderAt("supervisor_unlock", { app: appState("locked", { central_home: true }) });
    await fireEvent.input(byId("central-passphrase"), { target: { value: "central office passphrase" } });
    await fireEvent.submit(byId("central-unlock-form"));
    await settle();
    expect((byId("central-passphrase") as HTMLInputElement).value).toBe("");
    send(channel, 0, { stage: "deriving_key" });
    await settle();
    expect(byId("derive-progress").dataset.stage).toBe("deriving_key");
    unlocked.resolve(appState("locked", { phase: "supervisor", central_home: true }));
    await settle();
    expect(calls.map((c) => c.cmd).sort()).toEqual(["supervisor_home", "supervisor_reviews", "supervisor_unlock"]);
    expect(calls[0].args.passphrase).toBe("central office passphrase");
    expect(session.view).toBe("supervisor");
    expect(maybeId("import-inbox")).not.toBeNull();
    expect(byId("inbox-path").textContent).toBe(home().inbox);
    expect(document.querySelectorAll("[data-testid=review-row]")).toHaveLength(2);
    // Either store open: the lock button is there; the field's home button is not.
    expect(maybeId("lock-now")).not.toBeNull();
    expect(maybeId("home")).toBeNull();
  });

  it("a wrong central passphrase is shown with its code and nothing opens", async () => {
    ipc({
      supervisor_unlock: () => {
        throw { code: "store.wrong_passphrase", message: "The passphrase is not correct." };
      },
    });
    session.openCentralOffice();
    await renderAt("supervisor_unlock", { app: appState("locked", { central_home: true }) });
    await fireEvent.input(byId("central-passphrase"), { target: { value: "wrong" } });
    await fireEvent.click(byId("central-unlock"));
    await settle();
    expect(byId("central-unlock-error").dataset.code).toBe("store.wrong_passphrase");
    expect(byId("central-unlock-error").textContent).toBe("The passphrase is not correct.");
    expect(session.view).toBe("supervisor_unlock");
  });
});

describe("supervisor mode: import", () => {
  it("imports the inbox with a real progress bar and a per-file result list, then refreshes the list", async () => {
    const done = deferred<ImportReport>();
    let channel: unknown = null;
    const calls = ipc({
      supervisor_import_inbox: (args) => {
        channel = args.onProgress;
        return done.promise;
      },
      supervisor_reviews: () => reviews().slice(0, 1),
    });
    await renderSupervisor({ rows: [] });
    expect(maybeId("review-empty")).not.toBeNull();
    await fireEvent.click(byId("import-inbox"));
    await settle();
    expect(calls[0].cmd).toBe("supervisor_import_inbox");
    expect((byId("import-inbox") as HTMLButtonElement).disabled).toBe(true);
    const events = [imported(1, 3, "a.bundle"), rejected(2, 3, "b.bundle"), { ...imported(3, 3, "c.bundle"), outcome: "duplicate" as const, summary: null }];
    send(channel, 0, events[0]);
    await settle();
    const bar = byId("import-progress");
    expect(bar.dataset.answered).toBe("1");
    expect(bar.dataset.applicable).toBe("3");
    expect(bar.querySelector("[role=progressbar]")?.getAttribute("aria-valuenow")).toBe("1");
    send(channel, 1, events[1]);
    await settle();
    expect(byId("import-progress").dataset.answered).toBe("2");
    const rejectedRow = document.querySelector<HTMLElement>("[data-testid=import-file][data-outcome=rejected]");
    expect(rejectedRow?.dataset.code).toBe("bundle.bad_signature");
    expect(rejectedRow?.querySelector("[data-testid=import-reason]")?.textContent).toBe(
      "This bundle has been altered or damaged. It was not imported.",
    );
    send(channel, 2, events[2]);
    done.resolve({ total: 3, imported: 1, duplicates: 1, rejected: 1, files: events, interrupted: false });
    await settle();
    expect(byId("import-progress").dataset.answered).toBe("3");
    const outcomes = [...document.querySelectorAll<HTMLElement>("[data-testid=import-file]")].map((e) => e.dataset.outcome);
    expect(outcomes).toEqual(["imported", "rejected", "duplicate"]);
    expect(byId("import-results").textContent).toContain(STRINGS["ui-supervisor-outcome-duplicate"]);
    expect(calls.map((c) => c.cmd)).toEqual(["supervisor_import_inbox", "supervisor_reviews"]);
    expect(document.querySelectorAll("[data-testid=review-row]")).toHaveLength(1);
  });

  it("an empty inbox says so; a lock during the import says the import stopped", async () => {
    ipc({
      supervisor_import_inbox: () => ({ total: 0, imported: 0, duplicates: 0, rejected: 0, files: [], interrupted: false }),
      supervisor_import_files: () => ({
        total: 2,
        imported: 1,
        duplicates: 0,
        rejected: 0,
        files: [imported(1, 2, "a.bundle")],
        interrupted: true,
      }),
      supervisor_reviews: () => reviews(),
    });
    await renderSupervisor();
    await fireEvent.click(byId("import-inbox"));
    await settle();
    expect(maybeId("import-none")).not.toBeNull();
    await fireEvent.click(byId("import-files"));
    await settle();
    expect(maybeId("import-none")).toBeNull();
    expect(maybeId("import-interrupted")).not.toBeNull();
    expect(byId("import-progress").dataset.answered).toBe("1");
    expect(byId("import-progress").dataset.applicable).toBe("2");
  });

  it("the central office locked underneath: back to the central passphrase, content gone", async () => {
    ipc({
      supervisor_import_inbox: () => {
        throw { code: "central.locked", message: "The central office is locked." };
      },
    });
    await renderSupervisor({ detail: detail() });
    await fireEvent.click(byId("import-inbox"));
    await settle();
    expect(session.view).toBe("supervisor_unlock");
    expect(session.reviews).toBeNull();
    expect(session.detail).toBeNull();
    expect(byId("lock-cause").dataset.cause).toBe("expired");
  });
});

describe("supervisor mode: review", () => {
  it("lists each interview with result, age group, review state and a conflict marker", async () => {
    await renderSupervisor();
    const rows = [...document.querySelectorAll<HTMLElement>("#review-list [data-testid=review-row]")];
    expect(rows.map((r) => r.dataset.id)).toEqual(reviews().map((r) => r.interview_id));
    expect(rows.map((r) => r.dataset.result)).toEqual(["indicators_met", "insufficient_information"]);
    expect(rows.map((r) => r.dataset.state)).toEqual(["new", "needs_follow_up"]);
    expect(rows.map((r) => r.dataset.conflict)).toEqual(["false", "true"]);
    expect(rows[0].textContent).toContain("#T3V5");
    expect(rows[0].textContent).toContain(STRINGS["ui-assessment-profile-adult"]);
    expect(rows[1].textContent).toContain(STRINGS["ui-assessment-profile-child"]);
    expect(rows[1].textContent).toContain(STRINGS["ui-supervisor-state-follow-up"]);
    expect(rows[0].querySelector("[data-testid=conflict-marker]")).toBeNull();
    expect(rows[1].querySelector("[data-testid=conflict-marker]")).not.toBeNull();
    expect(maybeId("review-select-hint")).not.toBeNull();
  });

  it("selecting a row shows the assessment, the language timeline and the review form", async () => {
    const calls = ipc({ supervisor_interview: () => detail() });
    await renderSupervisor();
    await fireEvent.click(document.querySelector("[data-testid=review-row] [data-action=open]") as HTMLElement);
    await settle();
    expect(calls).toEqual([{ cmd: "supervisor_interview", args: { id: "01jd3f2a7q9xk4m8n2p6r0t3v5" } }]);
    expect(byId("review-detail").dataset.id).toBe("01jd3f2a7q9xk4m8n2p6r0t3v5");
    expect(byId("review-result").dataset.result).toBe("indicators_met");
    expect(testid("dimension-DR")?.dataset.state).toBe("positive");
    expect(testid("dimension-CR")?.dataset.state).toBe("negative");
    const indicators = [...document.querySelectorAll<HTMLElement>("[data-testid=indicator]")];
    expect(indicators.map((i) => [i.dataset.indicator, i.dataset.counted])).toEqual([
      ["DR1", "true"],
      ["AVD3", "false"],
    ]);
    expect(indicators[0].querySelector("[data-testid=evidence]")?.textContent).toContain("What work were you promised?");
    expect(indicators[1].querySelector("[data-testid=indicator-not-counted]")).not.toBeNull();
    expect(document.querySelectorAll("[data-testid=timeline-entry]")).toHaveLength(2);
    expect(maybeId("review-catalogue-unverified")).not.toBeNull();
    expect((byId("review-state") as HTMLSelectElement).value).toBe("new");
    expect((byId("review-note") as HTMLTextAreaElement).value).toBe("");
    expect(document.querySelector("tr.selected")?.getAttribute("data-id")).toBe("01jd3f2a7q9xk4m8n2p6r0t3v5");
  });

  it("texts that fell back to another language are marked in the detail too (domain rule)", async () => {
    const d = detail();
    d.dimensions[0].name = { ...d.dimensions[0].name, fell_back: true, locale: "en" };
    d.indicators[0].label = { ...d.indicators[0].label, fell_back: true, locale: "en" };
    d.notices = [{ text: "Screening, not identification.", locale: "en", fell_back: true }];
    ipc({ supervisor_interview: () => d });
    await renderSupervisor();
    await fireEvent.click(document.querySelector("[data-testid=review-row] [data-action=open]") as HTMLElement);
    await settle();
    expect(testid("dimension-DR")?.querySelector("[data-testid=fallback-notice]")).not.toBeNull();
    const first = document.querySelector<HTMLElement>("[data-testid=indicator]");
    expect(first?.querySelector("strong [data-testid=fallback-notice]")).not.toBeNull();
    expect(testid("review-notice")?.querySelector("[data-testid=fallback-notice]")).not.toBeNull();
    // Texts in the requested language carry no mark.
    expect(testid("dimension-CR")?.querySelector("[data-testid=fallback-notice]")).toBeNull();
  });

  it("saves the review state and note with set_review and shows what Rust stored", async () => {
    const stored = detail();
    stored.row.review_state = "needs_follow_up";
    stored.row.has_note = true;
    stored.note = "Call the shelter about the reflection period.";
    const calls = ipc({ supervisor_set_review: () => stored });
    await renderSupervisor({ detail: detail() });
    await fireEvent.change(byId("review-state"), { target: { value: "needs_follow_up" } });
    await fireEvent.input(byId("review-note"), { target: { value: "Call the shelter about the reflection period." } });
    await fireEvent.click(byId("review-save"));
    await settle();
    expect(calls).toEqual([
      {
        cmd: "supervisor_set_review",
        args: {
          id: "01jd3f2a7q9xk4m8n2p6r0t3v5",
          state: "needs_follow_up",
          note: "Call the shelter about the reflection period.",
        },
      },
    ]);
    expect(maybeId("review-saved")).not.toBeNull();
    const row = document.querySelector<HTMLElement>("[data-testid=review-row][data-id='01jd3f2a7q9xk4m8n2p6r0t3v5']");
    expect(row?.dataset.state).toBe("needs_follow_up");
    expect((byId("review-note") as HTMLTextAreaElement).value).toBe("Call the shelter about the reflection period.");
  });

  it("a failed save shows the localised error and keeps what was typed", async () => {
    ipc({
      supervisor_set_review: () => {
        throw { code: "central.not_found", message: "The record was not found in the central office." };
      },
    });
    await renderSupervisor({ detail: detail() });
    await fireEvent.input(byId("review-note"), { target: { value: "draft note" } });
    await fireEvent.click(byId("review-save"));
    await settle();
    expect(byId("supervisor-error").dataset.code).toBe("central.not_found");
    expect((byId("review-note") as HTMLTextAreaElement).value).toBe("draft note");
    expect(maybeId("review-saved")).toBeNull();
  });

  it("quick-hide replaces the supervisor screen at once and drops the review content", async () => {
    const calls = ipc({ quick_hide: () => appState("locked", { central_home: true }) });
    await renderSupervisor({ detail: detail() });
    await fireEvent.click(byId("quick-hide"));
    await settle();
    expect(maybeId("neutral-screen")).not.toBeNull();
    expect(maybeId("review-list")).toBeNull();
    expect(session.reviews).toBeNull();
    expect(session.detail).toBeNull();
    expect(calls.map((c) => c.cmd)).toEqual(["quick_hide"]);
  });

  it("locking from supervisor mode returns to the central passphrase", async () => {
    ipc({ lock: () => appState("locked", { central_home: true }) });
    await renderSupervisor({ detail: detail() });
    await fireEvent.click(byId("lock-now"));
    await settle();
    expect(session.view).toBe("supervisor_unlock");
    expect(maybeId("central-passphrase")).not.toBeNull();
    expect(session.detail).toBeNull();
  });
});

describe("supervisor: unfinished interviews (issue 18)", () => {
  it("shows each interview's status, and a draft's or a stopped interview's result as provisional", async () => {
    const rows = reviews();
    rows[1].interview_status = "stopped";
    const open = detail();
    open.row = { ...rows[1] };
    await renderSupervisor({ rows, detail: open });
    const [finished, stopped] = Array.from(document.querySelectorAll<HTMLElement>('[data-testid="review-row"]'));
    expect(finished.querySelector('[data-testid="interview-status"]')?.textContent).toContain(STRINGS["ui-status-finished"]);
    expect(finished.querySelector('[data-testid="provisional-marker"]')).toBeNull();
    expect(stopped.dataset.status).toBe("stopped");
    expect(stopped.querySelector('[data-testid="interview-status"]')?.textContent).toContain(STRINGS["ui-status-stopped"]);
    expect(stopped.querySelector('[data-testid="provisional-marker"]')?.textContent).toContain(
      STRINGS["ui-supervisor-provisional"],
    );
    expect(byId("review-provisional").textContent).toContain(STRINGS["ui-supervisor-provisional-note"]);
  });

  it("marks nothing provisional on a finished interview's review", async () => {
    await renderSupervisor({ detail: detail() });
    expect(maybeId("review-provisional")).toBeNull();
  });
});

describe("supervisor mode: field laptops", () => {
  const device = (status: "approved" | "revoked", extra: Partial<DeviceRow> = {}): DeviceRow => ({
    device_id: "dev-0f4c2a9e5b7d4c1e8a3f6b2d9c0e7a15",
    short: "#7A15",
    status,
    status_text: { text: status === "approved" ? "Approved" : "Revoked", locale: "en", fell_back: false },
    fingerprint: "ab12:cd34",
    bundles: 3,
    last_seq: 4,
    missing_seqs: [2],
    approved_at: 1764316800000,
    revoked_at: status === "revoked" ? 1764320400000 : null,
    ...extra,
  });

  it("approves a laptop by id and key, trimmed; the list shows it with what never arrived", async () => {
    const calls = ipc({
      supervisor_devices: () => [],
      supervisor_approve_device: () => [device("approved")],
    });
    await renderSupervisor();
    await settle();
    expect(maybeId("devices-empty")).not.toBeNull();
    const approve = byId("approve-device") as HTMLButtonElement;
    expect(approve.disabled).toBe(true);
    await fireEvent.input(byId("approve-id"), { target: { value: " dev-0f4c2a9e5b7d4c1e8a3f6b2d9c0e7a15 " } });
    expect(approve.disabled).toBe(true);
    await fireEvent.input(byId("approve-binding"), { target: { value: "lantern-device-pk1qqqq" } });
    await fireEvent.click(approve);
    await settle();
    expect(calls.find((c) => c.cmd === "supervisor_approve_device")?.args).toEqual({
      deviceId: "dev-0f4c2a9e5b7d4c1e8a3f6b2d9c0e7a15",
      binding: "lantern-device-pk1qqqq",
    });
    expect(byId("device-approved").textContent).toBe(STRINGS["ui-supervisor-device-approved-done"]);
    const row = testid("device");
    expect(row?.dataset.status).toBe("approved");
    expect(row?.textContent).toContain("#7A15");
    expect(testid("device-missing")?.textContent).toContain("2");
    expect((byId("approve-id") as HTMLInputElement).value).toBe("");
  });

  it("a refused approval shows its reason; revocation asks first", async () => {
    const calls = ipc({
      supervisor_devices: () => [device("approved")],
      supervisor_approve_device: () => {
        throw { code: "central.bad_fingerprint", message: "This is not a key fingerprint." };
      },
      supervisor_revoke_device: () => [device("revoked")],
    });
    await renderSupervisor();
    await settle();
    await fireEvent.input(byId("approve-id"), { target: { value: "dev-1" } });
    await fireEvent.input(byId("approve-binding"), { target: { value: "zz" } });
    await fireEvent.click(byId("approve-device"));
    await settle();
    expect(byId("devices-error").dataset.code).toBe("central.bad_fingerprint");
    await fireEvent.click(document.querySelector<HTMLElement>("[data-action=revoke]")!);
    expect(calls.filter((c) => c.cmd === "supervisor_revoke_device")).toEqual([]);
    expect(byId("revoke-dialog").textContent).toContain(STRINGS["ui-supervisor-device-revoke-explain"]);
    await fireEvent.click(byId("revoke-confirm"));
    await settle();
    expect(calls.find((c) => c.cmd === "supervisor_revoke_device")?.args).toEqual({
      deviceId: "dev-0f4c2a9e5b7d4c1e8a3f6b2d9c0e7a15",
    });
    expect(testid("device")?.dataset.status).toBe("revoked");
    expect(document.querySelector("[data-action=revoke]")).toBeNull();
  });
});

describe("supervisor mode: reading the case", () => {
  it("shows her answers module by module, each with the language it was asked in or marked as an observation", async () => {
    ipc({});
    await renderSupervisor({ detail: detail() });
    await settle();
    const answers = [...document.querySelectorAll<HTMLElement>("[data-testid=case-answer]")];
    expect(answers.map((a) => a.dataset.key)).toEqual(["A1", "A4", "J2#1"]);
    expect([...document.querySelectorAll("#case-answers h4")].map((h) => h.textContent)).toEqual(["Age and consent", "The journey"]);
    expect(answers[0].textContent).toContain("How old are you?");
    expect(answers[0].textContent).toContain("17");
    expect(answers[0].querySelector("[lang=ro]")).not.toBeNull();
    expect(answers[1].textContent).toContain(STRINGS["ui-supervisor-case-observation"]);
    expect(answers[2].textContent).toContain("Journey leg 2");
  });
});
