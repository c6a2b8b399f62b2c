// Types of the desktop IPC contract, written to match docs/ipc.md exactly.
// The UI renders these view-models and sends intents; it never evaluates questionnaire logic.

export type IpcError = { code: string; message: string };

export type LocaleTag = "en" | "sq" | "sr-Cyrl" | "sr-Latn" | "ro" | "ru" | "uk";
export type Text = { text: string; locale: LocaleTag; fell_back: boolean };
export type Bilingual = { interface: Text; interview: Text | null };
export type LocaleInfo = { tag: LocaleTag; endonym: string; draft: boolean };
/**
 * docs/ipc.md describes the key as `{ question, instance }`; the Rust side serialises it as the
 * string `"R3"` / `"J2#1"`. The UI treats a key as opaque: it sends back exactly the value it
 * received, and reads it only to label elements (`keyParts`).
 */
export type AnswerKey = { question: string; instance: number | null } | string;

export function keyParts(key: AnswerKey): { question: string; instance: number | null } {
  if (typeof key !== "string") return key;
  const [question, instance] = key.split("#");
  const n = instance === undefined ? NaN : Number(instance);
  return { question, instance: Number.isInteger(n) ? n : null };
}

export function keyString(key: AnswerKey): string {
  const { question, instance } = keyParts(key);
  return instance === null ? question : `${question}#${instance}`;
}

export type UnknownValue = "dont_know" | "declined" | "skipped";
export type ApproximateDate = { year: number; month?: number; day?: number };
export type AnswerValue =
  // The option ids of a yes_no question are sent as they are ("unsure" exists in Rust).
  | { kind: "yes_no"; value: "yes" | "no" | (string & {}) }
  | { kind: "choice"; value: string }
  | { kind: "choices"; value: string[] }
  | { kind: "number"; value: number }
  | { kind: "date"; value: ApproximateDate }
  | { kind: "text"; value: string }
  | { kind: "unknown"; value: UnknownValue };

/** `supervisor`: the central office is open (supervisor mode); the field profile is locked. */
export type Phase = "first_run" | "locked" | "unlocked" | "supervisor";
export type AppState = {
  phase: Phase;
  interface_locale: LocaleTag;
  locales: LocaleInfo[];
  draft_translation: boolean;
  strings: Record<string, string>;
  auto_lock_minutes: number;
  /** Sent by Rust: the profile uses test-strength key derivation (never for field use). */
  insecure_test_profile?: boolean;
  /** Sent by Rust: a central home exists on this computer (supervisor mode can be opened). */
  central_home?: boolean;
};

export type ProgressStage = "deriving_key" | "opening" | "done";
export type Progress = { stage: ProgressStage };

export type InterviewStatus = "draft" | "stopped" | "finished" | "exported" | "purged";
export type InterviewCard = {
  id: string;
  short_label: string;
  status: InterviewStatus;
  started_at: number;
  updated_at: number;
  progress: { answered: number; applicable: number };
  interview_locale: LocaleTag;
};
/** An interpreter registry entry: interviews name interpreters only by these. */
export type InterpreterEntry = { id: string; display_name: string; languages: string[]; organisation: string };

export type Home = {
  drafts: InterviewCard[];
  finished: InterviewCard[];
  exported: InterviewCard[];
  interpreters?: InterpreterEntry[];
};

export type ConsentPurpose = "assistance" | "sharing" | "police" | "statistics";
/** Unknown is never yes and never no. */
export type ConsentValue = "yes" | "no" | "unknown";
export type ConsentPurposeView = {
  purpose: ConsentPurpose;
  name: Text;
  value: ConsentValue;
  value_text: Text;
  withdrawable: boolean;
};
export type Consent = {
  interview_id: string;
  short_label: string;
  purposes: ConsentPurposeView[];
  identity_travels: boolean;
  notice: Text | null;
};

export type Option = { id: string; label: Bilingual; exclusive: boolean };
export type AnswerType =
  | "yes_no"
  | "single_choice"
  | "multiple_choice"
  | "number"
  | "approximate_date"
  | "free_text"
  | "observation";
export type Question = {
  key: AnswerKey;
  module_title: Bilingual;
  text: Bilingual;
  help: Bilingual | null;
  answer_type: AnswerType;
  options: Option[];
  multiple: boolean;
  unknown_options: Option[];
  required: boolean;
  interviewer_only: boolean;
  mode: "ask" | "confirm_or_change";
  current: AnswerValue | null;
  min: number | null;
  max: number | null;
  max_length: number | null;
  group: { label: Bilingual; instance: number } | null;
};

export type StopReason = "interviewee" | "safety" | "interruption";
export const STOP_REASONS: StopReason[] = ["interviewee", "safety", "interruption"];

export type EmergencyItem = { id: string; label: Text; triggered: boolean };
export type EmergencyContact = { organisation: string; service: Text; phone: string };
export type Emergency = { title: Text; items: EmergencyItem[]; contacts: EmergencyContact[] };

export type ScreenKind = "question" | "gate" | "repeat_prompt" | "stopped" | "complete";
export type Screen = {
  interview_id: string;
  kind: ScreenKind;
  question: Question | null;
  gate: { id: string; message: Bilingual } | null;
  repeat: { group: string; prompt: Bilingual; add_label: Text; done_label: Text; instances: number } | null;
  stop_reason: StopReason | null;
  progress: { answered: number; applicable: number };
  banners: Text[];
  child_pathway: boolean;
  interface_locale: LocaleTag;
  interview_locale: LocaleTag;
  interview_locale_draft: boolean;
  /** The interpreter now; a language switch carries it over unless the worker changes it. */
  interpreter_id?: string | null;
  languages: LocaleInfo[];
  can_go_back: boolean;
  emergency: Emergency;
  /** Emergency items this answer triggered for the first time: open the emergency route now. */
  emergency_alert: string[];
};

export type ReviewItem = {
  key: AnswerKey;
  module_title: Text;
  question: Text;
  answer: Text;
  /** Her side, to go through with her: null when one language or interviewer-only. */
  question_interview: Text | null;
  answer_interview: Text | null;
  /** The repeat group's label (a journey leg); the instance is key.instance. */
  group: Text | null;
  not_applicable: boolean;
};
export type Review = { interview_id: string; items: ReviewItem[]; complete: boolean };

export type DimensionState = "positive" | "unresolved" | "negative";
export type Understood = "yes" | "no" | "unknown";
export type Referral = {
  organisation: string;
  services: Text[];
  languages: LocaleTag[];
  phone: string;
  area: string;
  last_verified: string;
  stale: boolean;
  example: boolean;
};
export type EmergencyFlag = { id: string; label: Text; shown: boolean };
export type Assessment = {
  interview_id: string;
  emergencies: EmergencyFlag[];
  profile: "adult" | "child";
  result: "indicators_met" | "insufficient_information" | "not_met";
  result_text: Text;
  dimensions: { id: string; name: Text; state: DimensionState }[];
  // tier: a tier id in docs/ipc.md; Rust sends the localised tier as a Text (or null).
  // counted: false for an indicator found but not counted by the rule (Rust addition).
  indicators: {
    id: string;
    label: Text;
    tier: string | Text | null;
    dimension: string;
    counted?: boolean;
    evidence: Text[];
  }[];
  /** Rust addition: further notices to show with the result. */
  notices?: Text[];
  rule_version: string;
  catalogue_version: string;
  catalogue_unverified_notice: Text | null;
  rights: { id: string; label: Text; explained: boolean; understood: Understood }[];
  referrals: Referral[];
  /** Rust addition: the whole referral directory is the shipped example data. */
  directory_is_example?: boolean;
  conflict_of_interest: boolean;
  language_timeline: { at: number; from: LocaleTag | null; to: LocaleTag; interpreter_id: string | null }[];
};

// ---- Supervisor mode (central office), docs/ipc.md "Supervisor mode" ----

export type ReviewState = "new" | "reviewed" | "needs_follow_up";
export const REVIEW_STATES: ReviewState[] = ["new", "reviewed", "needs_follow_up"];
export type AssessmentResult = Assessment["result"];

export type SupervisorHome = {
  node_id: string;
  central_fingerprint: string;
  inbox: string;
  insecure_test_kdf: boolean;
};

export type ImportSummary = {
  bundle_id: string;
  device_id: string;
  seq: number;
  records: number;
  applied: number;
  unchanged: number;
  stale: number;
  conflicts: number;
  resent_seq: boolean;
  key_pinned: boolean;
  // Identity records kept apart / not kept / deleted by a consent withdrawal (counts only).
  identity_kept: number;
  identity_discarded: number;
  identity_deleted: number;
};
export type ImportOutcome = "imported" | "duplicate" | "rejected";
export type ImportFileEvent = {
  index: number; // 1-based; index === total on the last file
  total: number;
  file: string; // file name only
  outcome: ImportOutcome;
  summary: ImportSummary | null;
  error: IpcError | null; // rejected: code + localised reason
};
export type ImportReport = {
  total: number;
  imported: number;
  duplicates: number;
  rejected: number;
  files: ImportFileEvent[];
  interrupted: boolean;
};

export type ReviewRow = {
  interview_id: string;
  short_id: string;
  device_id: string;
  device_short: string;
  revision: number;
  received_at: number;
  interview_status: InterviewStatus;
  interview_locale: LocaleTag;
  result: AssessmentResult | null;
  result_text: Text | null;
  profile: "adult" | "child" | null;
  assessment_error: Text | null;
  review_state: ReviewState;
  reviewed_at: number;
  has_note: boolean;
  conflicts: number;
};
export type ReviewConflict = {
  item_id: number;
  revision: number;
  device_id: string;
  reason: "revision_conflict" | "foreign_device" | "older_revision" | (string & {});
  reason_text: Text;
  created_at: number;
};
export type ReviewDetail = {
  row: ReviewRow;
  questionnaire: string;
  answer_count: number;
  started_at: number;
  updated_at: number;
  dimensions: Assessment["dimensions"];
  indicators: { id: string; label: Text; tier: Text | null; dimension: string; counted: boolean; evidence: Text[] }[];
  notices: Text[];
  rule_version: string | null;
  catalogue_version: string | null;
  catalogue_unverified_notice: Text | null;
  language_timeline: Assessment["language_timeline"];
  note: string;
  conflicts: ReviewConflict[];
  /** The answers in questionnaire order, in the supervisor's language. */
  answers: CaseAnswer[];
};
export type CaseAnswer = ReviewItem & { asked_in: LocaleTag | null; interviewer_only: boolean };

/** Narrow an unknown rejection to the contract's IpcError; anything else becomes a generic one. */
export function asIpcError(e: unknown): IpcError {
  if (typeof e === "object" && e !== null && "code" in e && "message" in e) {
    const { code, message } = e as { code: unknown; message: unknown };
    if (typeof code === "string" && typeof message === "string") return { code, message };
  }
  return { code: "ui.unexpected", message: typeof e === "string" ? e : "" };
}

// The central office, seen from the field device (IPC `office`, `send_now`, ...).
export type PurgePolicy = "after_receipt" | "never";
export type Enrolment = {
  device_id: string;
  device_key: string;
  device_fingerprint: string;
  node_id: string;
  central_fingerprint: string;
  recipient_fingerprint: string;
  purge: PurgePolicy;
};
export type OfficeView = {
  enrolment: Enrolment | null;
  online: boolean; // the enrolment pins an inbox certificate
  inbox_url: string | null;
  due: number; // interviews the next sending carries
  identity_withheld: number;
  consent_changes: number;
  waiting_bundles: number;
  connected: Text | null; // "Connected to the central office …"
  lines: Text[]; // what waits, in words
};
export type SendProgress =
  | { step: "exported"; bundle_id: string; records: number }
  | { step: "sending"; bundle_id: string; sent: number; total: number }
  | { step: "acknowledged"; bundle_id: string };
export type OnlineSync = { sent: number; acknowledged: number; purged: number; notice: Text };
export type Written = { file: string; records: number; identity_withheld: number; notice: Text };
export type ReceiptsApplied = {
  applied: number;
  purged: number;
  refused: { file: string; code: string; message: string }[];
  notice: Text | null;
};

// The device registry in supervisor mode (IPC `supervisor_devices`, ...).
export type DeviceRow = {
  device_id: string;
  short: string;
  status: "approved" | "revoked";
  status_text: Text;
  fingerprint: string | null;
  bundles: number;
  last_seq: number | null;
  missing_seqs: number[];
  approved_at: number;
  revoked_at: number | null;
};

/** The event Rust sends when its auto-lock backstop locked (src-tauri `LOCKED_EVENT`). */
export const LOCKED_EVENT = "lantern-locked";
