// Passphrase strength hint shown while typing. Local and advisory only: the minimum length is
// enforced in Rust (store.passphrase_too_short). Long passphrases of several words score best.
export type Strength = "weak" | "fair" | "strong";

export function passphraseStrength(passphrase: string): Strength {
  const length = [...passphrase].length;
  const classes = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{L}\p{Nd}\s]/u, /\s/u].filter((re) =>
    re.test(passphrase),
  ).length;
  const words = passphrase.trim().split(/[\s\-_.]+/u).filter((w) => w.length >= 2).length;
  const distinct = new Set(passphrase).size;
  // Repetition ("aaaaaaaaaaaaaaaa") is as weak as a short passphrase.
  if (length < 12 || distinct < 6) return "weak";
  if (length >= 20 || (length >= 16 && (classes >= 3 || words >= 4))) return "strong";
  if (length >= 14 || classes >= 3 || words >= 3) return "fair";
  return "weak";
}
