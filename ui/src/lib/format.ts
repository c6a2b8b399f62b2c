// Presentation helpers: dates and the recovery key layout. Message texts themselves always come
// finished from Rust; this only lays out numbers and dates in the interface locale.
import type { LocaleTag } from "./types";

export function formatDateTime(ms: number, locale: LocaleTag | undefined): string {
  try {
    return new Intl.DateTimeFormat(locale ?? "en", { dateStyle: "medium", timeStyle: "short" }).format(ms);
  } catch {
    return new Date(ms).toISOString().slice(0, 16).replace("T", " ");
  }
}

export function formatTime(ms: number, locale: LocaleTag | undefined): string {
  try {
    return new Intl.DateTimeFormat(locale ?? "en", { timeStyle: "short" }).format(ms);
  } catch {
    return new Date(ms).toISOString().slice(11, 16);
  }
}

export function monthNames(locale: LocaleTag | undefined): string[] {
  const names: string[] = [];
  for (let m = 0; m < 12; m++) {
    try {
      names.push(new Intl.DateTimeFormat(locale ?? "en", { month: "long", timeZone: "UTC" }).format(Date.UTC(2001, m, 1)));
    } catch {
      names.push(String(m + 1));
    }
  }
  return names;
}

/**
 * Split the recovery key's display text into groups for reading aloud and writing down.
 * Rust may already separate groups with spaces or dashes; a single long run is cut into fours.
 */
export function recoveryKeyGroups(key: string): string[] {
  const parts = key.trim().split(/[\s-]+/u).filter(Boolean);
  if (parts.length > 1) return parts;
  const single = parts[0] ?? "";
  const groups: string[] = [];
  for (let i = 0; i < single.length; i += 4) groups.push(single.slice(i, i + 4));
  return groups;
}
