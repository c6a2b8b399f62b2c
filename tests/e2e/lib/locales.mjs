// Reads single-line messages from locales/<locale>/*.ftl, so that tests can check that the app
// shows the localised text of a message (not its id, not another language).
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./driver.mjs";

const cache = new Map();

export function message(locale, id) {
  if (!cache.has(locale)) {
    const dir = path.join(ROOT, "locales", locale);
    const map = new Map();
    for (const f of fs.readdirSync(dir).filter((n) => n.endsWith(".ftl"))) {
      for (const line of fs.readFileSync(path.join(dir, f), "utf8").split("\n")) {
        const m = line.match(/^([a-zA-Z][\w-]*)\s*=\s*(.+)$/);
        if (m) map.set(m[1], m[2].trim());
      }
    }
    cache.set(locale, map);
  }
  const text = cache.get(locale).get(id);
  if (text === undefined) throw new Error(`no single-line message ${id} in locales/${locale}`);
  return text;
}

/** Text as shown, without Unicode bidi isolation marks and with collapsed spaces. */
export const plain = (s) => s.replace(/[\u2066-\u2069]/g, "").replace(/\s+/g, " ").trim();
