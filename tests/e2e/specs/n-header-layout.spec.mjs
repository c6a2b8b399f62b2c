// (n) The header holds in every locale (issue 18). At 1366×768 and 1024×768, in each of the
// seven interface languages, on the home screen and in an interview in a draft language (the
// widest header: four buttons, the draft marker naming both languages, the test-profile mark):
// nothing overlaps, nothing leaves the window, no button's label wraps or is cut, the app's
// name is not squeezed.
import assert from "node:assert/strict";
import { createProfile, startInterview, waitState } from "../lib/ui.mjs";

const LOCALES = ["en", "sq", "sr-Cyrl", "sr-Latn", "ro", "ru", "uk"];
const SIZES = [
  [1366, 768],
  [1024, 768],
];

/** The header's boxes and what is wrong with them, measured in the page. */
function measure(b) {
  return b.execute(() => {
    const header = document.querySelector("header.topbar");
    const parts = [
      ...header.querySelectorAll(".brand .mark, .brand .name, #insecure-test-profile, #draft-marker, nav.controls button"),
    ];
    const box = (e) => e.getBoundingClientRect();
    const problems = [];
    const name = (e) => e.id || e.className || e.tagName;
    for (const e of parts) {
      const r = box(e);
      if (r.left < 0 || r.right > window.innerWidth + 0.5) problems.push(`${name(e)} leaves the window (${r.left}..${r.right} of ${window.innerWidth})`);
      if (e.scrollWidth > e.clientWidth + 1 && e.tagName === "BUTTON") problems.push(`${name(e)} is cut`);
    }
    for (let i = 0; i < parts.length; i++) {
      for (let j = i + 1; j < parts.length; j++) {
        if (parts[i].contains(parts[j]) || parts[j].contains(parts[i])) continue;
        const a = box(parts[i]);
        const c = box(parts[j]);
        const w = Math.min(a.right, c.right) - Math.max(a.left, c.left);
        const h = Math.min(a.bottom, c.bottom) - Math.max(a.top, c.top);
        if (w > 0.5 && h > 0.5) problems.push(`${name(parts[i])} overlaps ${name(parts[j])}`);
      }
    }
    for (const button of header.querySelectorAll("nav.controls button")) {
      const lines = Math.round(button.getBoundingClientRect().height / parseFloat(getComputedStyle(button).lineHeight || "20"));
      const range = document.createRange();
      range.selectNodeContents(button);
      // A second line starts below the first one's bottom (the "+" of Emergency is taller
      // than its label but on the same line).
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      const firstBottom = Math.min(...rects.map((r) => r.bottom));
      if (rects.some((r) => r.top >= firstBottom - 1)) problems.push(`${name(button)} wraps (${lines} line heights)`);
    }
    const title = header.querySelector(".brand .name");
    if (title.scrollWidth > title.clientWidth + 1 || box(title).width < 40) problems.push("the app's name is squeezed");
    return { problems, height: box(header).height };
  });
}

export default {
  name: "header-layout",
  title: "the header holds in all seven locales at 1366×768 and 1024×768 (home and interview)",
  async run(ctx) {
    const app = ctx.app();
    const { browser: b } = await ctx.launch(app, { expectView: "first_run" });
    await createProfile(b, "header layout e2e passphrase");
    const failures = [];
    for (const locale of LOCALES) {
      await waitState(b, (s) => s.view === "home", "home", 10000);
      // Chosen as the picker's change event does (the select sits below the fold at 1024×768).
      await b.execute((l) => {
        const picker = document.getElementById("interface-locale-select");
        picker.value = l;
        picker.dispatchEvent(new Event("change", { bubbles: true }));
      }, locale);
      await b.waitUntil(async () => (await b.execute(() => document.documentElement.lang)) === locale, {
        timeout: 10000,
        timeoutMsg: `interface did not switch to ${locale}`,
      });
      for (const [w, h] of SIZES) {
        await b.setWindowSize(w, h);
        await b.pause(150);
        const home = await measure(b);
        if (home.problems.length) failures.push(`${locale} ${w}×${h} home: ${home.problems.join("; ")}`);
      }
      await b.setWindowSize(1366, 768);
      await startInterview(b, "uk");
      for (const [w, h] of SIZES) {
        await b.setWindowSize(w, h);
        await b.pause(150);
        const inInterview = await measure(b);
        if (inInterview.problems.length) failures.push(`${locale} ${w}×${h} interview: ${inInterview.problems.join("; ")}`);
        if (locale === "ru" && w === 1366) await ctx.shot(b, "header-ru.png");
      }
      await b.setWindowSize(1366, 768);
      await (await b.$("#home")).click();
    }
    assert.deepEqual(failures, [], `header problems:\n${failures.join("\n")}`);
    assert.ok(await app.endSession(b), "app must exit when its session ends");
  },
};
