// What the planner chose for this computer (language, text size), kept in the window's local storage.
// Storage can be unavailable (tests, private modes): then nothing is remembered and nothing fails.

/** The stored value for `key`, or null when there is none or storage cannot be read. */
export function readPreference(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Remembers `value` for `key`; when storage is unavailable the choice still applies, just not next time. */
export function writePreference(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    // Not remembered this time.
  }
}
