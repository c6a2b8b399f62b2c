// Keyboard quick-hide: Ctrl+Shift+H, or Escape pressed twice within ESCAPE_WINDOW_MS.
export const ESCAPE_WINDOW_MS = 800;

export function quickHideKeys(onHide: () => void, now: () => number = () => Date.now()) {
  let lastEscape = -Infinity;
  return (event: KeyboardEvent): void => {
    if (event.ctrlKey && event.shiftKey && !event.altKey && event.key.toLowerCase() === "h") {
      event.preventDefault();
      onHide();
      return;
    }
    if (event.key === "Escape") {
      const at = now();
      if (at - lastEscape <= ESCAPE_WINDOW_MS) {
        lastEscape = -Infinity;
        event.preventDefault();
        onHide();
      } else {
        lastEscape = at;
      }
    }
  };
}
