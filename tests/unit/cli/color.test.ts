import { describe, expect, it } from 'vitest';
import { decideColor } from '../../../src/cli/color.js';

describe('decideColor', () => {
  // --color/--no-color, environment, stdout is a TTY → colour?
  it.each([
    [undefined, {}, true, true],
    [undefined, {}, false, false],
    [false, {}, true, false],
    [true, {}, false, true],
    [undefined, { NO_COLOR: '1' }, true, false],
    [true, { NO_COLOR: '1' }, false, false],
    [undefined, { NO_COLOR: '' }, true, true],
    [undefined, { FORCE_COLOR: '0' }, true, false],
    [undefined, { FORCE_COLOR: 'false' }, true, false],
    [undefined, { FORCE_COLOR: '1' }, false, true],
    [undefined, { FORCE_COLOR: '' }, false, true],
    [true, { FORCE_COLOR: '0' }, false, true],
    [false, { FORCE_COLOR: '1' }, true, false],
    [undefined, { FORCE_COLOR: '1', NO_COLOR: '1' }, true, false],
    [undefined, { TERM: 'dumb' }, true, false],
    [undefined, { TERM: 'xterm-256color' }, true, true],
    [true, { TERM: 'dumb' }, true, true],
    [undefined, { TERM: 'dumb', FORCE_COLOR: '1' }, true, true],
  ] as [boolean | undefined, Record<string, string>, boolean, boolean][])('flag %s, env %j, TTY %s → %s', (flag, env, tty, expected) => {
    expect(decideColor(flag, env, tty)).toBe(expected);
  });
});
