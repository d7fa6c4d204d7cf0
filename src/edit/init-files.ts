/** What p06 ships that a new data repository copies as it is. */
export interface Shipped {
  /** schemas/*.json by file name. */
  schemas: Readonly<Record<string, string>>;
  /** The pull-request workflow (.github/workflows/data.yml). */
  workflow: string;
}

/**
 * The files of a new data repository (SPEC §12, `p06 init`), by path: the
 * configuration, one example body with one task, the schemas where the
 * modelines point, CI, code owners, editor settings and a pre-commit hook.
 * `year` dates the example task. Every file is in the canonical layout
 * (`p06 fmt --check` passes) and the whole validates.
 */
export function initFiles(year: number, shipped: Shipped): Record<string, string> {
  const files: Record<string, string> = {
    'p06.yaml': [
      '# yaml-language-server: $schema=schemas/config.schema.json',
      '# p06 settings: see "p06 --help" and the README of p06.',
      'data: data',
      'timezone: Asia/Ho_Chi_Minh',
      'at_risk_days: 14',
      '',
    ].join('\n'),
    'data/example.yaml': [
      '# yaml-language-server: $schema=../schemas/ministry.schema.json',
      '# One file per ministry, agency or province, named after its code in lower case.',
      '# Add tasks with "p06 add EXAMPLE --title ... --owner ... --deadline ...", or edit by hand.',
      'ministry:',
      '  code: EXAMPLE',
      '  name: Example Ministry',
      '  name_vi: Bộ Ví dụ',
      'tasks:',
      '  - id: EXAMPLE-01',
      "    title: Send the task force the ministry's Project 06 plan following the five clears",
      '    owner: Ministry Office',
      `    deadline: ${year}-Q4`,
      '    status: not_started',
      '    result: Plan with each task tied to a leader, a unit, a deadline and a result',
      '',
    ].join('\n'),
    '.github/workflows/data.yml': shipped.workflow,
    '.github/CODEOWNERS': [
      '# Each body\'s task file is owned by its own team: a change to it needs that',
      '# team\'s approval (the five clears, in the repository\'s own permissions).',
      '# Replace the team names with yours; add a line for each new file.',
      '*                   @your-org/p06-secretariat',
      '/data/example.yaml  @your-org/example-editors',
      '',
    ].join('\n'),
    '.vscode/settings.json':
      JSON.stringify(
        {
          'yaml.schemas': { './schemas/ministry.schema.json': 'data/**/*.yaml', './schemas/config.schema.json': 'p06.yaml' },
          'yaml.validate': true,
          'files.encoding': 'utf8',
          '[yaml]': { 'editor.insertSpaces': true, 'editor.tabSize': 2 },
        },
        null,
        2,
      ) + '\n',
    '.pre-commit-config.yaml': [
      '# https://pre-commit.com: every commit that touches a task file is checked first.',
      'repos:',
      '  - repo: local',
      '    hooks:',
      '      - id: p06-validate',
      '        name: p06 validate',
      '        entry: npx p06 validate',
      '        language: system',
      '        # The whole dataset: a dependency or a duplicate id spans files.',
      '        pass_filenames: false',
      '        files: \\.(ya?ml)$',
      '      - id: p06-fmt',
      '        name: p06 fmt --check',
      '        entry: npx p06 fmt --check',
      '        language: system',
      '        files: ^data/.*\\.ya?ml$',
      '',
    ].join('\n'),
  };
  for (const [name, text] of Object.entries(shipped.schemas)) files[`schemas/${name}`] = text;
  return files;
}
