/**
 * Colour is decided once, here (chalk's own detection is never consulted).
 * Strongest first: --no-color, then NO_COLOR (chalk does not look at it),
 * then --color, then FORCE_COLOR (0 or false: never; any other value:
 * always, as chalk and Node read it), then TERM=dumb (a terminal that
 * cannot show colour), else only on a TTY.
 */
export function decideColor(flag: boolean | undefined, env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  if (flag === false) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (flag === true) return true;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.TERM === 'dumb') return false;
  return isTTY;
}
