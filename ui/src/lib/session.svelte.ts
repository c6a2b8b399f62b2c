// The app's in-memory session: which view is shown, the last view-models received from Rust,
// and the intents that move between them. It keeps no answers of its own: every screen it shows
// is the one Rust returned. Across a lock it remembers only the id of the open interview.
import { api } from "./api";
import {
  asIpcError,
  type AnswerKey,
  type AnswerValue,
  type AppState,
  type Assessment,
  type Consent,
  type ConsentPurpose,
  type Emergency,
  type Home,
  type ImportFileEvent,
  type ImportReport,
  type InterpreterEntry,
  type IpcError,
  type LocaleTag,
  type Progress,
  type Review,
  type ReviewDetail,
  type ReviewRow,
  type ReviewState,
  type Screen,
  type StopReason,
  type SupervisorHome,
} from "./types";

export type View =
  | "loading"
  | "first_run"
  | "unlock"
  | "neutral"
  | "home"
  | "interview"
  | "review"
  | "assessment"
  | "supervisor_unlock"
  | "supervisor";

/** Field mode (the outreach worker's profile) or supervisor mode (the central office). */
export type Mode = "field" | "supervisor";

/** Why the unlock screen is shown, so it can say so (no content, just the cause). */
export type LockCause = "start" | "manual" | "auto" | "hidden" | "expired";

/** How long an intent may run before its controls look disabled (see `Session.busyShown`). */
export const BUSY_SHOWN_AFTER_MS = 250;

class Session {
  app = $state<AppState | null>(null);
  view = $state<View>("loading");
  home = $state<Home | null>(null);
  /** The interpreter registry (from the home screen; updated when one is added). */
  interpreters = $state<InterpreterEntry[]>([]);
  screen = $state<Screen | null>(null);
  review = $state<Review | null>(null);
  assessment = $state<Assessment | null>(null);
  /** The consent dialog of one interview (home screen), while open. */
  consent = $state<Consent | null>(null);
  emergency = $state<Emergency | null>(null);
  emergencyOpen = $state(false);
  /** The panel was opened by an answer that signalled danger (not by the button). */
  emergencyAlert = $state(false);
  emergencyError = $state<IpcError | null>(null);
  busy = $state(false);
  /**
   * Controls look disabled only once an intent has been awaited for `BUSY_SHOWN_AFTER_MS`. A save
   * takes a few milliseconds; disabling every control at once repainted the whole screen, and
   * without GPU compositing that repaint delayed the reply itself. `busy` still guards at once.
   */
  busyShown = $state(false);
  error = $state<IpcError | null>(null);
  lockCause = $state<LockCause>("start");
  progress = $state<Progress["stage"] | null>(null);
  mode = $state<Mode>("field");
  // Supervisor mode: what Rust returned last. Cleared on lock and hide like field content.
  supervisorHome = $state<SupervisorHome | null>(null);
  reviews = $state<ReviewRow[] | null>(null);
  detail = $state<ReviewDetail | null>(null);
  importEvents = $state<ImportFileEvent[]>([]);
  importReport = $state<ImportReport | null>(null);
  importing = $state(false);
  reviewSaved = $state(false);
  /** The only thing kept across a lock: which interview to reopen after unlocking. */
  openInterviewId: string | null = null;

  reset(): void {
    this.app = null;
    this.view = "loading";
    this.clearContent();
    this.emergency = null;
    this.emergencyOpen = false;
    this.emergencyError = null;
    this.busy = false;
    this.busyShown = false;
    this.error = null;
    this.lockCause = "start";
    this.progress = null;
    this.openInterviewId = null;
    this.mode = "field";
  }

  /**
   * Bumped whenever case content is dropped (lock, hide, expiry): a reply that was in flight
   * then belongs to the screen she hid and is dropped when it arrives, so it cannot paint the
   * interview over the neutral screen.
   */
  private epoch = 0;

  /** Drop everything that shows case content (on lock and hide). */
  private clearContent(): void {
    this.epoch++;
    this.home = null;
    this.interpreters = [];
    this.consent = null;
    this.screen = null;
    this.review = null;
    this.assessment = null;
    this.supervisorHome = null;
    this.reviews = null;
    this.detail = null;
    this.importEvents = [];
    this.importReport = null;
    this.importing = false;
    this.reviewSaved = false;
  }

  t(id: string): string {
    return this.app?.strings[id] ?? id;
  }

  /** Endonym of a locale tag, from whichever locale list is at hand. */
  endonym(tag: LocaleTag | null | undefined): string {
    if (!tag) return "";
    const known = this.screen?.languages.find((l) => l.tag === tag) ?? this.app?.locales.find((l) => l.tag === tag);
    return known?.endonym ?? tag;
  }

  /**
   * Run one IPC intent: controls are disabled while it is awaited, a rejection is shown as its
   * localised message, and a `field.locked` rejection (the store was locked underneath us) leads
   * back to the unlock screen.
   */
  async run<T>(intent: () => Promise<T>): Promise<T | undefined> {
    if (this.busy) return undefined;
    this.busy = true;
    this.error = null;
    const shown = setTimeout(() => (this.busyShown = true), BUSY_SHOWN_AFTER_MS);
    const epoch = this.epoch;
    try {
      const value = await intent();
      return epoch === this.epoch ? value : undefined;
    } catch (e) {
      if (epoch !== this.epoch) return undefined;
      const err = asIpcError(e);
      if (err.code === "field.locked" || err.code === "central.locked") {
        this.toLocked("expired");
      } else {
        this.error = err;
      }
      return undefined;
    } finally {
      clearTimeout(shown);
      this.busy = false;
      this.busyShown = false;
    }
  }

  async init(): Promise<void> {
    const state = await this.run(() => api.appState());
    if (state) await this.enter(state);
  }

  /** Route from a fresh AppState to the view its phase calls for. */
  private async enter(state: AppState): Promise<void> {
    this.app = state;
    if (state.phase === "supervisor") {
      this.mode = "supervisor";
      await this.openSupervisor();
    } else if (state.phase === "first_run") {
      this.mode = "field";
      this.view = "first_run";
    } else if (state.phase === "locked") {
      this.toLocked(this.lockCause);
    } else {
      this.mode = "field";
      if (this.openInterviewId) await this.openInterview(this.openInterviewId);
      else await this.goHome();
    }
  }

  /**
   * Like `run`, but a rejection is returned to the caller (a panel that shows its own errors
   * beside its controls); `field.locked` still leads back to the unlock screen.
   */
  async runHere<T>(intent: () => Promise<T>): Promise<{ ok: T } | { error: IpcError } | undefined> {
    if (this.busy) return undefined;
    this.busy = true;
    const shown = setTimeout(() => (this.busyShown = true), BUSY_SHOWN_AFTER_MS);
    const epoch = this.epoch;
    try {
      const value = await intent();
      return epoch === this.epoch ? { ok: value } : undefined;
    } catch (e) {
      if (epoch !== this.epoch) return undefined;
      const err = asIpcError(e);
      if (err.code === "field.locked") {
        this.toLocked("expired");
        return undefined;
      }
      return { error: err };
    } finally {
      clearTimeout(shown);
      this.busy = false;
      this.busyShown = false;
    }
  }

  /** Rust locked by itself (its auto-lock backstop): drop the content, ask the passphrase. */
  lockedByRust(): void {
    if (this.view === "neutral" || this.view === "unlock" || this.view === "first_run") return;
    if (this.view === "supervisor_unlock" || this.view === "loading") return;
    this.toLocked("auto");
  }

  private toLocked(cause: LockCause): void {
    this.clearContent();
    this.emergencyOpen = false;
    this.lockCause = cause;
    if (this.app) this.app = { ...this.app, phase: this.app.phase === "first_run" ? "first_run" : "locked" };
    if (this.view !== "neutral") this.view = this.mode === "supervisor" ? "supervisor_unlock" : "unlock";
  }

  async setInterfaceLocale(locale: LocaleTag): Promise<void> {
    const state = await this.run(() => api.setInterfaceLocale(locale));
    if (!state) return;
    this.app = state;
    // Screens carry texts in the interface language: fetch the current one again.
    if (this.view === "interview" && this.screen) await this.openInterview(this.screen.interview_id);
    else if (this.view === "home") await this.goHome();
    else if (this.view === "supervisor") await this.openSupervisor(this.detail?.row.interview_id);
  }

  async setAutoLock(minutes: number): Promise<void> {
    const state = await this.run(() => api.setAutoLock(minutes));
    if (state) this.app = state;
  }

  async createProfile(passphrase: string, confirmation: string): Promise<string | undefined> {
    this.progress = null;
    const created = await this.run(() =>
      api.createProfile(passphrase, confirmation, (p) => (this.progress = p.stage)),
    );
    this.progress = null;
    return created?.recovery_key;
  }

  /** After the recovery key was acknowledged: continue with whatever phase Rust reports. */
  async afterProfileCreated(): Promise<void> {
    const state = await this.run(() => api.appState());
    if (state) await this.enter(state);
  }

  async unlock(passphrase: string): Promise<boolean> {
    this.progress = null;
    const state = await this.run(() => api.unlock(passphrase, (p) => (this.progress = p.stage)));
    this.progress = null;
    if (!state) return false;
    this.lockCause = "start";
    await this.enter(state);
    return true;
  }

  /** The recovery key and a new passphrase: Rust resets the passphrase and unlocks. */
  async recover(recoveryKey: string, newPassphrase: string): Promise<boolean> {
    const state = await this.run(() => api.recover(recoveryKey, newPassphrase));
    if (!state) return false;
    this.lockCause = "start";
    await this.enter(state);
    return true;
  }

  async lock(cause: LockCause = "manual"): Promise<void> {
    this.toLocked(cause);
    try {
      this.app = await api.lock();
    } catch {
      // Already locked on the Rust side; the UI is locked either way.
    }
  }

  /**
   * Quick-hide: the neutral screen replaces everything synchronously, before any IPC, so
   * nothing stays visible while Rust locks. Only the open interview id survives.
   */
  quickHide(): void {
    this.view = "neutral";
    this.clearContent();
    this.emergencyOpen = false;
    this.emergency = null;
    this.error = null;
    this.lockCause = "hidden";
    api.quickHide().then(
      (state) => (this.app = state),
      () => undefined,
    );
  }

  /** Leave the neutral screen: always through the passphrase (or first run, if no profile yet). */
  async leaveNeutral(): Promise<void> {
    let state: AppState | undefined;
    try {
      state = await api.appState();
      if (state.phase === "unlocked") state = await api.lock();
    } catch {
      state = undefined;
    }
    if (state) this.app = state;
    this.view =
      this.mode === "supervisor" ? "supervisor_unlock" : this.app?.phase === "first_run" ? "first_run" : "unlock";
  }

  /** Crypto-erases the open profile; then the app is where a new laptop starts. */
  async eraseProfile(): Promise<void> {
    const state = await this.run(() => api.eraseProfile());
    if (!state) return;
    this.clearContent();
    this.openInterviewId = null;
    this.app = state;
    this.view = "first_run";
  }

  /** Reads the interview lists again after a panel changed them (sent, purged), in place. */
  async refreshHome(): Promise<void> {
    const epoch = this.epoch;
    try {
      const home = await api.home();
      if (epoch === this.epoch && this.view === "home") {
        this.home = home;
        this.interpreters = home.interpreters ?? [];
      }
    } catch {
      // The next intent shows whatever went wrong.
    }
  }

  async goHome(): Promise<void> {
    const home = await this.run(() => api.home());
    if (!home) return;
    this.openInterviewId = null;
    this.screen = null;
    this.review = null;
    this.assessment = null;
    this.home = home;
    this.interpreters = home.interpreters ?? [];
    this.view = "home";
  }

  /** Adds an interpreter to the registry; true once Rust has recorded it. */
  async registerInterpreter(entry: InterpreterEntry): Promise<boolean> {
    const list = await this.run(() => api.registerInterpreter(entry));
    if (!list) return false;
    this.interpreters = list;
    return true;
  }

  private showScreen(screen: Screen): void {
    // An answer that signals danger puts the emergency route in front of the worker at once.
    if (screen.emergency_alert?.length) {
      this.emergency = screen.emergency;
      this.emergencyError = null;
      this.emergencyAlert = true;
      this.emergencyOpen = true;
    }
    this.screen = screen;
    this.openInterviewId = screen.interview_id;
    this.review = null;
    this.assessment = null;
    this.view = "interview";
  }

  /** Await an intent that returns a Screen, then show that Screen. */
  private async screenIntent(intent: () => Promise<Screen>): Promise<void> {
    const screen = await this.run(intent);
    if (screen) this.showScreen(screen);
  }

  startInterview(locale: LocaleTag, interpreterId: string | null) {
    return this.screenIntent(() => api.startInterview(locale, interpreterId));
  }
  openInterview(id: string) {
    return this.screenIntent(() => api.openInterview(id));
  }

  private get id(): string {
    return this.screen?.interview_id ?? this.review?.interview_id ?? this.openInterviewId ?? "";
  }

  answer(key: AnswerKey, value: AnswerValue) {
    return this.screenIntent(() => api.answer(this.id, key, value));
  }
  confirmPrefilled(key: AnswerKey) {
    return this.screenIntent(() => api.confirmPrefilled(this.id, key));
  }
  goBack() {
    return this.screenIntent(() => api.goBack(this.id));
  }
  edit(key: AnswerKey) {
    return this.screenIntent(() => api.edit(this.id, key));
  }
  switchLanguage(locale: LocaleTag, interpreterId: string | null) {
    return this.screenIntent(() => api.switchLanguage(this.id, locale, interpreterId));
  }
  stop(reason: StopReason) {
    return this.screenIntent(() => api.stop(this.id, reason));
  }
  resume() {
    return this.screenIntent(() => api.resume(this.id));
  }
  addInstance(group: string) {
    return this.screenIntent(() => api.addInstance(this.id, group));
  }
  closeGroup(group: string) {
    return this.screenIntent(() => api.closeGroup(this.id, group));
  }

  async openReview(id: string = this.id): Promise<void> {
    const review = await this.run(() => api.review(id));
    if (!review) return;
    this.openInterviewId = review.interview_id;
    this.screen = null;
    this.assessment = null;
    this.review = review;
    this.view = "review";
  }

  /** Call only after the worker confirmed that the interviewee has left the screen. */
  async finish(): Promise<void> {
    const id = this.id;
    const assessment = await this.run(() => api.finish(id));
    if (assessment) this.showAssessment(assessment);
  }

  async openAssessment(id: string): Promise<void> {
    const assessment = await this.run(() => api.assessment(id));
    if (assessment) this.showAssessment(assessment);
  }

  private showAssessment(assessment: Assessment): void {
    // A finished interview is not "open": after a lock the app returns home, not to the result.
    this.openInterviewId = null;
    this.screen = null;
    this.review = null;
    this.assessment = assessment;
    this.view = "assessment";
  }

  async openConsent(id: string): Promise<void> {
    const consent = await this.run(() => api.consent(id));
    if (consent) this.consent = consent;
  }

  /** She withdraws one purpose: recorded at once; the dialog shows what it does. */
  async withdrawConsent(purpose: ConsentPurpose): Promise<void> {
    const id = this.consent?.interview_id;
    if (!id) return;
    const consent = await this.run(() => api.withdrawConsent(id, purpose));
    if (consent) this.consent = consent;
  }

  closeConsent(): void {
    this.consent = null;
    this.error = null;
  }

  /** Emergency panel: instant from the open Screen; otherwise asked from Rust. */
  async openEmergency(): Promise<void> {
    this.emergencyAlert = false;
    this.emergencyOpen = true;
    this.emergencyError = null;
    if (this.screen) {
      this.emergency = this.screen.emergency;
      return;
    }
    try {
      this.emergency = await api.emergency(this.review?.interview_id ?? this.assessment?.interview_id ?? null);
    } catch (e) {
      this.emergency = null;
      this.emergencyError = asIpcError(e);
    }
  }

  closeEmergency(): void {
    this.emergencyOpen = false;
    this.emergencyAlert = false;
  }

  // ---- Supervisor mode (central office) ----

  /** The discreet "Central office" entry: asks the central passphrase (no IPC yet). */
  openCentralOffice(): void {
    this.error = null;
    this.mode = "supervisor";
    this.lockCause = "start";
    this.view = "supervisor_unlock";
  }

  /** Back to the field unlock (or first-run) screen without opening anything. */
  leaveCentralOffice(): void {
    this.error = null;
    this.mode = "field";
    this.view = this.app?.phase === "first_run" ? "first_run" : "unlock";
  }

  async supervisorUnlock(passphrase: string): Promise<boolean> {
    this.progress = null;
    const state = await this.run(() => api.supervisorUnlock(passphrase, (p) => (this.progress = p.stage)));
    this.progress = null;
    if (!state) return false;
    this.lockCause = "start";
    await this.enter(state);
    return true;
  }

  /** The supervisor screen: the central home's facts and the review list (detail kept if asked). */
  async openSupervisor(selected?: string): Promise<void> {
    const loaded = await this.run(async () => {
      const [home, reviews] = await Promise.all([api.supervisorHome(), api.supervisorReviews()]);
      const detail = selected ? await api.supervisorInterview(selected) : null;
      return { home, reviews, detail };
    });
    if (!loaded) return;
    this.clearContent();
    this.supervisorHome = loaded.home;
    this.reviews = loaded.reviews;
    this.detail = loaded.detail;
    this.view = "supervisor";
  }

  /** Import from the inbox folder, or from files chosen in the native dialog Rust opens. */
  async importBundles(source: "inbox" | "files"): Promise<void> {
    this.importEvents = [];
    this.importReport = null;
    this.importing = true;
    const onEvent = (e: ImportFileEvent) => (this.importEvents = [...this.importEvents, e]);
    const report = await this.run(() =>
      source === "inbox" ? api.supervisorImportInbox(onEvent) : api.supervisorImportFiles(onEvent),
    );
    this.importing = false;
    if (!report) return;
    // The report is the authority; the events only showed progress while it ran.
    this.importEvents = report.files;
    this.importReport = report;
    const reviews = await this.run(() => api.supervisorReviews());
    if (reviews) this.reviews = reviews;
  }

  async selectInterview(id: string): Promise<void> {
    const detail = await this.run(() => api.supervisorInterview(id));
    if (!detail) return;
    this.reviewSaved = false;
    this.detail = detail;
  }

  async saveReview(state: ReviewState, note: string): Promise<void> {
    const id = this.detail?.row.interview_id;
    if (!id) return;
    const detail = await this.run(() => api.supervisorSetReview(id, state, note));
    if (!detail) return;
    this.detail = detail;
    this.reviews = (this.reviews ?? []).map((r) => (r.interview_id === id ? detail.row : r));
    this.reviewSaved = true;
  }
}

export const session = new Session();
export const t = (id: string): string => session.t(id);
