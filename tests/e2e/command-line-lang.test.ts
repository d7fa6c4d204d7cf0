import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers/run-cli.js';
import { runMain } from '../helpers/run-main.js';

// A mistake on the command line is found before p06.yaml is read: it is said
// in --lang's language, with the usage hint, exit 2 and nothing on stdout.

const CWD = { cwd: fixture('reports-basic') };

describe('the command line’s own mistakes', () => {
  it.each([
    [['overdue', '--bogus', '--lang', 'vi'], "lỗi: không có tùy chọn '--bogus'\n"],
    [['overdu', '--lang', 'vi'], "lỗi: không có lệnh 'overdu'\n(có phải là overdue?)\n"],
    [['review', '--lang=vi'], "lỗi: thiếu tùy chọn bắt buộc '--base <rev>'\n"],
    [['overdue', '--format', 'pdf', '--lang', 'vi'], "lỗi: giá trị 'pdf' của tùy chọn '--format <format>' không hợp lệ; các giá trị được nhận: table, markdown, csv, json, xlsx.\n"],
  ])('%j in Vietnamese', async (args, said) => {
    expect(await runMain(args, CWD)).toEqual({ exitCode: 2, stdout: '', stderr: `${said}chạy "p06 --help" để xem hướng dẫn sử dụng\n` });
  });

  it('in English as commander words them', async () => {
    expect(await runMain(['overdu'], CWD)).toEqual({ exitCode: 2, stdout: '', stderr: "error: unknown command 'overdu'\n(Did you mean overdue?)\nrun \"p06 --help\" for usage\n" });
  });
});
