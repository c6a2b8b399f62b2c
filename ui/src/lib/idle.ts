// Auto-lock after a period without mouse, touch or keyboard activity.
export const ACTIVITY_EVENTS = ["mousemove", "mousedown", "keydown", "wheel", "touchstart", "pointerdown"] as const;

/** How often at most the webview tells Rust that she is active (Rust's auto-lock backstop). */
export const PING_EVERY_MS = 30_000;

export class IdleTimer {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastPing = -Infinity;
  private readonly onActivity = () => {
    this.restart();
    const now = Date.now();
    if (this.ping && now - this.lastPing >= PING_EVERY_MS) {
      this.lastPing = now;
      this.ping();
    }
  };

  constructor(
    private readonly target: EventTarget,
    private readonly minutes: number,
    private readonly onIdle: () => void,
    private readonly ping?: () => void,
  ) {}

  start(): void {
    if (this.minutes <= 0) return;
    for (const name of ACTIVITY_EVENTS) this.target.addEventListener(name, this.onActivity, { passive: true });
    this.restart();
  }

  stop(): void {
    for (const name of ACTIVITY_EVENTS) this.target.removeEventListener(name, this.onActivity);
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private restart(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.stop();
      this.onIdle();
    }, this.minutes * 60_000);
  }
}
