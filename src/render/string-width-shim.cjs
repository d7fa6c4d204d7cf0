// Stands in for the string-width package inside the bundle (build.mjs aliases
// it): cli-table3 measures every cell with it, and string-width runs a very
// large emoji expression on each. Same answer as our own column widths.
const { displayWidth } = require('./display-width.ts');

const ANSI = /\u001b\[[0-9;]*m/g;

module.exports = function stringWidth(text) {
  return typeof text === 'string' ? displayWidth(text.replace(ANSI, '')) : 0;
};
