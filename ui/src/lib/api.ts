// The only module that talks to the Tauri core. One function per command of docs/ipc.md;
// argument names are exactly the contract's (Tauri maps camelCase args to snake_case in Rust).
import { Channel, invoke } from "@tauri-apps/api/core";
import type {
  DeviceRow,
  OfficeView,
  OnlineSync,
  ReceiptsApplied,
  SendProgress,
  Written,
  AnswerKey,
  AnswerValue,
  AppState,
  Assessment,
  Consent,
  ConsentPurpose,
  Emergency,
  Home,
  ImportFileEvent,
  InterpreterEntry,
  ImportReport,
  LocaleTag,
  Progress,
  Review,
  ReviewDetail,
  ReviewRow,
  ReviewState,
  Screen,
  StopReason,
  SupervisorHome,
} from "./types";

function channel<T>(onMessage: (m: T) => void): Channel<T> {
  const c = new Channel<T>();
  c.onmessage = onMessage;
  return c;
}

export const api = {
  appState: () => invoke<AppState>("app_state"),
  activity: () => invoke<void>("activity"),
  setInterfaceLocale: (locale: LocaleTag) => invoke<AppState>("set_interface_locale", { locale }),
  createProfile: (passphrase: string, confirmation: string, onProgress: (p: Progress) => void) => {
    const channel = new Channel<Progress>();
    channel.onmessage = onProgress;
    return invoke<{ recovery_key: string }>("create_profile", { passphrase, confirmation, onProgress: channel });
  },
  unlock: (passphrase: string, onProgress: (p: Progress) => void) => {
    const channel = new Channel<Progress>();
    channel.onmessage = onProgress;
    return invoke<AppState>("unlock", { passphrase, onProgress: channel });
  },
  recover: (recoveryKey: string, newPassphrase: string) => invoke<AppState>("recover", { recoveryKey, newPassphrase }),
  lock: () => invoke<AppState>("lock"),
  quickHide: () => invoke<AppState>("quick_hide"),
  eraseProfile: () => invoke<AppState>("erase_profile"),
  setAutoLock: (minutes: number) => invoke<AppState>("set_auto_lock", { minutes }),

  home: () => invoke<Home>("home"),
  startInterview: (interviewLocale: LocaleTag, interpreterId: string | null) =>
    invoke<Screen>("start_interview", { interviewLocale, interpreterId }),
  openInterview: (id: string) => invoke<Screen>("open_interview", { id }),

  answer: (id: string, key: AnswerKey, value: AnswerValue) => invoke<Screen>("answer", { id, key, value }),
  confirmPrefilled: (id: string, key: AnswerKey) => invoke<Screen>("confirm_prefilled", { id, key }),
  goBack: (id: string) => invoke<Screen>("go_back", { id }),
  edit: (id: string, key: AnswerKey) => invoke<Screen>("edit", { id, key }),
  interpreters: () => invoke<InterpreterEntry[]>("interpreters"),
  registerInterpreter: (entry: InterpreterEntry) => invoke<InterpreterEntry[]>("register_interpreter", { entry }),
  switchLanguage: (id: string, locale: LocaleTag, interpreterId: string | null) =>
    invoke<Screen>("switch_language", { id, locale, interpreterId }),
  stop: (id: string, reason: StopReason) => invoke<Screen>("stop", { id, reason }),
  resume: (id: string) => invoke<Screen>("resume", { id }),
  addInstance: (id: string, group: string) => invoke<Screen>("add_instance", { id, group }),
  closeGroup: (id: string, group: string) => invoke<Screen>("close_group", { id, group }),
  emergency: (id: string | null) => invoke<Emergency>("emergency", { id }),

  review: (id: string) => invoke<Review>("review", { id }),
  finish: (id: string) => invoke<Assessment>("finish", { id }),
  assessment: (id: string) => invoke<Assessment>("assessment", { id }),
  consent: (id: string) => invoke<Consent>("consent", { id }),
  withdrawConsent: (id: string, purpose: ConsentPurpose) => invoke<Consent>("withdraw_consent", { id, purpose }),

  // Supervisor mode (central office). The file dialog is opened by Rust, never by the webview.
  supervisorUnlock: (passphrase: string, onProgress: (p: Progress) => void) =>
    invoke<AppState>("supervisor_unlock", { passphrase, onProgress: channel(onProgress) }),
  supervisorHome: () => invoke<SupervisorHome>("supervisor_home"),
  supervisorImportInbox: (onProgress: (e: ImportFileEvent) => void) =>
    invoke<ImportReport>("supervisor_import_inbox", { onProgress: channel(onProgress) }),
  supervisorImportFiles: (onProgress: (e: ImportFileEvent) => void) =>
    invoke<ImportReport>("supervisor_import_files", { onProgress: channel(onProgress) }),
  supervisorReviews: () => invoke<ReviewRow[]>("supervisor_reviews"),
  supervisorInterview: (id: string) => invoke<ReviewDetail>("supervisor_interview", { id }),
  supervisorSetReview: (id: string, state: ReviewState, note: string) =>
    invoke<ReviewDetail>("supervisor_set_review", { id, state, note }),

  supervisorDevices: () => invoke<DeviceRow[]>("supervisor_devices"),
  supervisorApproveDevice: (deviceId: string, binding: string) =>
    invoke<DeviceRow[]>("supervisor_approve_device", { deviceId, binding }),
  supervisorRevokeDevice: (deviceId: string) => invoke<DeviceRow[]>("supervisor_revoke_device", { deviceId }),

  office: () => invoke<OfficeView>("office"),
  enrolFromFile: () => invoke<OfficeView>("enrol_from_file"),
  exportToFolder: () => invoke<Written | null>("export_to_folder"),
  applyReceiptFiles: () => invoke<ReceiptsApplied>("apply_receipt_files"),
  sendNow: (url: string, onProgress: (p: SendProgress) => void) =>
    invoke<OnlineSync>("send_now", { url, onProgress: channel(onProgress) }),
};
