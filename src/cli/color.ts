/**
 * Colour is decided once, here: never with --no-color or NO_COLOR set (chalk
 * does not look at NO_COLOR itself), always with --color, else only on a TTY.
 */
export function decideColor(flag: boolean | undefined, env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  if (flag === false) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (flag === true) return true;
  return isTTY;
}
