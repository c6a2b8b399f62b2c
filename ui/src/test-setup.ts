// Test setup: WebCrypto for Tauri's callback ids, and a clean IPC mock and session per test.
import { randomFillSync } from "node:crypto";
import { clearMocks } from "@tauri-apps/api/mocks";
import { afterEach } from "vitest";
import { session } from "./lib/session.svelte";

if (!window.crypto?.getRandomValues) {
  Object.defineProperty(window, "crypto", {
    value: { getRandomValues: (buffer: Uint32Array) => randomFillSync(buffer) },
  });
}

afterEach(() => {
  clearMocks();
  session.reset();
});
