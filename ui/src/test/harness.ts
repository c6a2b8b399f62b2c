// Shared test harness: fixtures typed as the IPC contract, and an IPC mock that records every
// call and answers from per-command handlers (a handler may throw an IpcError to reject).
import { mockIPC } from "@tauri-apps/api/mocks";
import { render } from "@testing-library/svelte";
import { tick } from "svelte";
import App from "../App.svelte";
import appFirstRun from "../fixtures/app_state.first_run.json";
import appLocked from "../fixtures/app_state.locked.json";
import appUnlocked from "../fixtures/app_state.unlocked.json";
import assessmentJson from "../fixtures/assessment.json";
import emergencyJson from "../fixtures/emergency.json";
import homeJson from "../fixtures/home.json";
import reviewJson from "../fixtures/review.json";
import strings from "../fixtures/strings.en.json";
import { session, type View } from "../lib/session.svelte";
import type {
  InterpreterEntry,
  AppState,
  Assessment,
  Emergency,
  Home,
  OfficeView,
  Phase,
  Review,
  Screen,
} from "../lib/types";

export const STRINGS: Record<string, string> = strings;

export function appState(phase: Phase, extra: Partial<AppState> = {}): AppState {
  const base = phase === "first_run" ? appFirstRun : phase === "locked" ? appLocked : appUnlocked;
  return { ...(structuredClone(base) as AppState), strings: { ...STRINGS }, ...extra };
}

const screens = import.meta.glob<{ default: unknown }>("../fixtures/screen.*.json", { eager: true });

export function screenFixture(name: string): Screen {
  const module = screens[`../fixtures/screen.${name}.json`];
  if (!module) throw new Error(`no screen fixture ${name}`);
  return structuredClone(module.default) as Screen;
}

export const homeFixture = (): Home => structuredClone(homeJson) as Home;
export const reviewFixture = (): Review => structuredClone(reviewJson) as Review;
export const assessmentFixture = (): Assessment => structuredClone(assessmentJson) as Assessment;
export const emergencyFixture = (): Emergency => structuredClone(emergencyJson) as Emergency;

export type Call = { cmd: string; args: Record<string, unknown> };
export type Handler = (args: Record<string, unknown>) => unknown;

const listeners = new Map<string, number>();
let activityPings = 0;

/** How many activity pings reached "Rust" since the last `ipc(...)`. */
export const pings = (): number => activityPings;

/** Sends `event` from "Rust" to the app's listener (e.g. the auto-lock backstop's). */
export function emitFromRust(event: string, payload: unknown = null): void {
  const handler = listeners.get(event);
  if (handler === undefined) throw new Error(`nobody listens to ${event}`);
  const internals = (window as unknown as { __TAURI_INTERNALS__: { runCallback: (id: number, data: unknown) => void } })
    .__TAURI_INTERNALS__;
  internals.runCallback(handler, { event, id: 1, payload });
}

/** The home screen's central-office panel as a not-yet-enrolled laptop sees it. */
export const officeNotEnrolled = (): OfficeView => ({
  enrolment: null,
  online: false,
  inbox_url: null,
  due: 0,
  identity_withheld: 0,
  consent_changes: 0,
  waiting_bundles: 0,
  connected: null,
  lines: [{ text: "Interviews waiting to be sent: 0", locale: "en", fell_back: false }],
});

/**
 * Install mockIPC; unknown commands reject with a recognisable IpcError. The home screen's panel
 * reads `office` and the supervisor's devices card `supervisor_devices` by themselves: unless a
 * test handles them, they answer "not enrolled" and "no devices" and are left out of the
 * recorded calls (tests of other screens assert their own calls exactly).
 */
export function ipc(handlers: Record<string, Handler>): Call[] {
  const calls: Call[] = [];
  activityPings = 0;
  mockIPC((cmd, args) => {
    const payload = (args ?? {}) as Record<string, unknown>;
    // Event subscriptions (Rust's lock event): kept apart, so a test can send the event.
    if (cmd === "plugin:event|listen") {
      const { event, handler } = payload as { event: string; handler: number };
      listeners.set(event, handler);
      return handler;
    }
    if (cmd === "plugin:event|unlisten") return null;
    if (cmd === "activity" && !handlers.activity) {
      activityPings++;
      return null;
    }
    if (cmd === "office" && !handlers.office) return officeNotEnrolled();
    if (cmd === "supervisor_devices" && !handlers.supervisor_devices) return [];
    calls.push({ cmd, args: payload });
    const handler = handlers[cmd];
    if (!handler) throw { code: "test.unhandled", message: `unhandled ${cmd}` };
    return handler(payload);
  });
  return calls;
}

/** A promise with its resolve exposed, to hold an IPC answer until the test releases it. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Render the whole app already in a given state (no startup IPC). */
export async function renderAt(
  view: View,
  state: {
    app?: AppState;
    screen?: Screen;
    home?: Home;
    review?: Review;
    assessment?: Assessment;
    interpreters?: InterpreterEntry[];
  } = {},
) {
  session.app = state.app ?? appState("unlocked");
  session.interpreters = state.interpreters ?? state.home?.interpreters ?? [];
  if (state.screen) {
    session.screen = state.screen;
    session.openInterviewId = state.screen.interview_id;
  }
  if (state.home) session.home = state.home;
  if (state.review) session.review = state.review;
  if (state.assessment) session.assessment = state.assessment;
  session.view = view;
  const result = render(App, { props: { autoInit: false } });
  await tick();
  return result;
}

/** Let pending promises and Svelte updates settle. */
export async function settle(rounds = 5) {
  for (let i = 0; i < rounds; i++) {
    await Promise.resolve();
    await tick();
  }
  await new Promise((r) => setTimeout(r, 0));
  await tick();
}

export const byId = (id: string) => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} not found`);
  return el;
};
export const maybeId = (id: string) => document.getElementById(id);
export const testid = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
