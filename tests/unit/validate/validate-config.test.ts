import { describe, expect, it } from 'vitest';
import { parseSource } from '../../../src/load/parse-source.js';
import { DEFAULT_SETTINGS } from '../../../src/validate/settings.js';
import { validateConfig } from '../../../src/validate/validate-config.js';

function check(text: string) {
  const bytes = Buffer.from(text, 'utf8');
  return validateConfig(parseSource({ file: 'p06.yaml', size: bytes.length, bytes }, 1024 * 1024));
}

/** "LINE:COL [rule] message" of each problem. */
const problemsOf = (text: string) => check(text).problems.map((p) => `${p.line}:${p.column} [${p.rule}] ${p.message}`);

describe('validateConfig: p06.yaml is validated like the data', () => {
  it.each([
    ['unknown key, with the nearest', 'timezon: Asia/Ho_Chi_Minh\n', '1:1 [schema] unknown key "timezon"; did you mean "timezone"?'],
    ['unknown key, nothing near', 'colour: red\n', '1:1 [schema] unknown key "colour"'],
    ['unknown time zone', 'timezone: Asia/Hanoi\n', '1:11 [schema] unknown time zone "Asia/Hanoi"; use an IANA name such as Asia/Ho_Chi_Minh'],
    ['at_risk_days not a number', 'at_risk_days: soon\n', '1:15 [schema] at_risk_days must be a whole number of days (found "soon")'],
    ['at_risk_days not whole', 'at_risk_days: 1.5\n', '1:15 [schema] at_risk_days must be a whole number of days (found 1.5)'],
    ['at_risk_days negative', 'at_risk_days: -1\n', '1:15 [schema] at_risk_days must be a whole number of days (found -1)'],
    ['an agency code in lower case', 'agencies:\n  sbv: State Bank of Vietnam\n', '2:3 [schema] key "sbv": an agency code is 2 to 16 capital letters or digits'],
    ['an agency without a name', 'agencies:\n  SBV: ""\n', '2:8 [schema] an agency name must not be empty'],
    ['data not text', 'data: [a, b]\n', '1:7 [schema] data must be text'],
    ['max_file_bytes zero', 'max_file_bytes: 0\n', '1:17 [schema] max_file_bytes'],
    // 600 MB was accepted, and then the parser ran out of memory (exit 70).
    ['max_file_bytes over 16 MiB', 'max_file_bytes: 600000000\n', '1:17 [schema] max_file_bytes is at most 16777216 (16 MiB): larger files need more memory than the parser can have'],
    ['max_file_bytes in hexadecimal', 'max_file_bytes: 0x100000\n', '1:17 [schema] max_file_bytes must be a number of bytes'],
    ['duplicate key', 'timezone: UTC\ntimezone: Asia/Ho_Chi_Minh\n', '2:1 [duplicate-key] duplicate key'],
    ['YAML syntax', 'agencies: {SBV: State Bank\n', '2:1 [yaml-syntax] '],
  ])('%s', (_name, text, expected) => {
    const problems = problemsOf(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(expected);
  });

  it.each([
    ['a list', '- timezone: UTC\n', '1:1 [schema] p06.yaml is a mapping of settings'],
    ['text', 'UTC\n', '1:1 [schema] p06.yaml is a mapping of settings'],
  ])('a file that is %s', (_name, text, expected) => {
    expect(problemsOf(text)).toEqual([expect.stringContaining(expected)]);
  });

  it('names an unknown time zone beside the other problems', () => {
    expect(problemsOf('timezone: Asia/Hanoi\ncolour: red\n')).toEqual([
      '1:11 [schema] unknown time zone "Asia/Hanoi"; use an IANA name such as Asia/Ho_Chi_Minh',
      '2:1 [schema] unknown key "colour"',
    ]);
  });

  it('never hands on an unknown time zone (asking Intl for today there would throw)', () => {
    expect(check('timezone: Asia/Hanoi\nat_risk_days: 3\n').settings).toEqual({ ...DEFAULT_SETTINGS, atRiskDays: 3 });
  });

  it('reads the settings', () => {
    const { settings, problems } = check(
      'data: tasks\ntimezone: Asia/Ho_Chi_Minh\nat_risk_days: 7\nmax_file_bytes: 2048\nagencies:\n  SBV: State Bank of Vietnam\nrequire_leader: true\nescalate_after_days: 60\n',
    );
    expect(problems).toEqual([]);
    expect(settings).toEqual({
      data: 'tasks',
      timezone: 'Asia/Ho_Chi_Minh',
      atRiskDays: 7,
      maxFileBytes: 2048,
      agencies: { SBV: 'State Bank of Vietnam' },
      requireLeader: true,
      escalateAfterDays: 60,
    });
  });

  it('defaults: no leader required, escalation after 90 days', () => {
    expect(check('at_risk_days: 3\n').settings).toMatchObject({ requireLeader: false, escalateAfterDays: 90 });
  });

  it('require_leader is true or false', () => {
    expect(problemsOf('require_leader: yes\n')).toEqual(['1:17 [schema] require_leader is true or false (found "yes")']);
  });

  it.each([
    ['an empty file', ''],
    ['only comments', '# yaml-language-server: $schema=schemas/config.schema.json\n'],
  ])('%s means the defaults, without a problem', (_name, text) => {
    expect(check(text)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });
});
