// Every error code a command can fail with (generated from core's `ErrorCode`) has a message of its own
// in both languages, and no message is kept for a code that no longer exists.
import { describe, expect, it } from 'vitest';
import { errorCodes } from '../generated';
import messages from './messages/errors.json';

describe('error messages', () => {
  it('explain every error code in Swedish and English', () => {
    for (const locale of ['sv', 'en'] as const) {
      const table = messages[locale] as Record<string, string>;
      const missing = errorCodes.filter((code) => !table[code]?.trim());
      expect(missing, locale).toEqual([]);
      const stray = Object.keys(table).filter((key) => !(errorCodes as readonly string[]).includes(key));
      expect(stray, locale).toEqual([]);
    }
  });
});
