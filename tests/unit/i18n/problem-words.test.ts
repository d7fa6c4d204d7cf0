import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { problem } from '../../../src/domain/problem.js';
import { en } from '../../../src/i18n/en.js';
import { problemsEn } from '../../../src/i18n/en-problems.js';
import { vi } from '../../../src/i18n/vi.js';
import { problemMessage, worded } from '../../../src/i18n/worded.js';
import { problemLine } from '../../../src/render/render-problems.js';
import { ROOT } from '../../helpers/run-cli.js';

const AT = { line: 4, column: 7 };

describe('a problem worded in the reader’s language', () => {
  it('keeps its English message for machines and words it again from its key for a person', () => {
    const p = problem('data/moj.yaml', AT, 'unknown-dependency', worded('unknownDependency', 'MOJ-9', 'MOJ-09'), 'MOJ-02');
    expect(p.message).toBe('depends on MOJ-9, which no task has; did you mean MOJ-09?');
    expect(problemMessage(p, en)).toBe(p.message);
    expect(problemLine(p, vi)).toBe('data/moj.yaml:4:7: lỗi: phụ thuộc vào MOJ-9, nhưng không có nhiệm vụ nào mang mã này; có phải là MOJ-09? [unknown-dependency]');
    expect(problemLine(p)).toBe('data/moj.yaml:4:7: error: depends on MOJ-9, which no task has; did you mean MOJ-09? [unknown-dependency]');
  });

  it('words the same after a trip through the cache, where an absent fact comes back as null', () => {
    const p = problem('data/moj.yaml', AT, 'unknown-dependency', worded('unknownDependency', 'MOJ-9', undefined));
    const cached = JSON.parse(JSON.stringify(p));
    expect(cached.says.params).toEqual(['MOJ-9', null]);
    expect(problemMessage(cached, vi)).toBe(problemMessage(p, vi));
    expect(problemMessage(cached, vi)).toBe('phụ thuộc vào MOJ-9, nhưng không có nhiệm vụ nào mang mã này');
  });

  it('a message with no key (the YAML parser’s own words) follows the rule’s Vietnamese name', () => {
    const p = problem('data/moj.yaml', AT, 'yaml-syntax', 'unexpected end of the stream');
    expect(problemLine(p, vi)).toBe('data/moj.yaml:4:7: lỗi: lỗi cú pháp YAML: unexpected end of the stream [yaml-syntax]');
  });

  it('facts that cannot be worded (an edited cache) fall back to the English message, never a crash', () => {
    const p = { ...problem('data/moj.yaml', AT, 'file-name', worded('fileName', 'justice', 'MOJ')), says: { key: 'fileName', params: ['justice', 42] } };
    expect(problemMessage(p, vi)).toBe('file is named "justice" but holds MOJ; name it moj.yaml');
  });

  it('the schema’s own sentences are Vietnamese; one the table does not know keeps its words after the rule’s name', () => {
    expect(vi.problem.schemaMessage('owner must be text', 'owner', false, '42')).toBe('owner phải là chuỗi ký tự (giá trị đang ghi: 42)');
    expect(vi.problem.schemaMessage('a deadline is YYYY-MM-DD, YYYY-MM, YYYY-Qn (quarter), YYYY-Hn (half year) or YYYY', 'deadline', false, '"2024-13"')).toBe(
      'thời hạn có dạng YYYY-MM-DD, YYYY-MM, YYYY-Qn (quý), YYYY-Hn (6 tháng) hoặc YYYY (giá trị đang ghi: "2024-13")',
    );
    expect(vi.problem.schemaMessage('Invalid input', 'x', false, null)).toBe('sai cấu trúc dữ liệu: Invalid input');
  });

  it('every key of the catalogue is said somewhere in the program (no dead entry), and every rule has a Vietnamese name', () => {
    const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
    const source = files(join(ROOT, 'src')).filter((f) => !f.includes('/i18n/')).map((f) => readFileSync(f, 'utf8')).join('\n');
    const unused = Object.keys(problemsEn).filter((k) => !source.includes(`worded('${k}'`));
    expect(unused).toEqual([]);
    for (const rule of Object.keys(en.rule)) expect(vi.rule[rule as keyof typeof vi.rule]).toMatch(/[à-ỹđ]/);
  });
});
