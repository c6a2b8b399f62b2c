// Auto-lock after a period without mouse, touch or keyboard activity.
export const ACTIVITY_EVENTS = ["mousemove", "mousedown", "keydown", "wheel", "touchstart", "pointerdown"] as const;

export class IdleTimer {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly onActivity = () => this.restart();

  constructor(
    private readonly target: EventTarget,
    private readonly minutes: number,
    private readonly onIdle: () => void,
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
