import { spawn } from 'node:child_process';

// Object contents from one `git cat-file --batch`, consumed as git writes
// them: each object is copied once into a buffer of its own size and handed
// on, so nothing ever holds git's whole output (a buffered run needed a
// maxBuffer of the sum of every object, and a copy of it per name). The
// ids asked for are distinct: an object listed under many names is read once.

export interface StreamOptions {
  /** The most bytes of content read in all; past it git is stopped and the read fails. */
  maxTotal: number;
  /** What to say when git itself is missing. */
  notInstalled: string;
  /** Said when an object's content arrives, before the next is read (the caller may parse and drop it); `index` is its name's place in `names`. */
  onObject(oid: string, type: string, bytes: Uint8Array, index: number): void;
}

export type StreamResult = { ok: true; read: number } | { ok: false; message: string; overTotal?: boolean; notFound?: boolean };

/** Reads `names` (object ids or `<rev>:<path>`) in order; a missing one is skipped. */
export function streamObjects(cwd: string, names: readonly string[], options: StreamOptions): Promise<StreamResult> {
  if (names.length === 0) return Promise.resolve({ ok: true, read: 0 });
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
    let settled = false;
    const finish = (result: StreamResult) => {
      if (settled) return;
      settled = true;
      if (!result.ok && child.exitCode === null) child.kill();
      resolve(result);
    };
    // A caller's exception (a bug) is the promise's, not an uncaught one in a stream handler.
    const deliver = (done: { oid: string; type: string; bytes: Buffer; index: number }) => {
      try {
        options.onObject(done.oid, done.type, done.bytes, done.index);
      } catch (error) {
        settled = true;
        child.kill();
        reject(error);
      }
    };
    let total = 0;
    let answered = 0;
    // Between objects: the header line so far. Inside one: its buffer and how much of it is filled.
    let header: Buffer[] = [];
    let body: { oid: string; type: string; bytes: Buffer; filled: number; index: number } | undefined;
    let skipNewline = false;
    const stderr: Buffer[] = [];

    child.on('error', (error: NodeJS.ErrnoException) => finish(error.code === 'ENOENT' ? { ok: false, notFound: true, message: options.notInstalled } : { ok: false, message: `git cat-file failed: ${error.message}` }));
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 16) stderr.push(chunk);
    });
    // git stops reading its input when it fails; the write error is then its exit status's to explain.
    child.stdin.on('error', () => undefined);
    child.stdout.on('data', (chunk: Buffer) => {
      let at = 0;
      while (at < chunk.length && !settled) {
        if (skipNewline) {
          skipNewline = false;
          at++;
          continue;
        }
        if (body !== undefined) {
          const n = Math.min(body.bytes.length - body.filled, chunk.length - at);
          chunk.copy(body.bytes, body.filled, at, at + n);
          body.filled += n;
          at += n;
          if (body.filled === body.bytes.length) {
            const done = body;
            body = undefined;
            skipNewline = true;
            answered++;
            deliver(done);
          }
          continue;
        }
        const eol = chunk.indexOf(0x0a, at);
        if (eol < 0) {
          header.push(chunk.subarray(at));
          at = chunk.length;
          continue;
        }
        header.push(chunk.subarray(at, eol));
        at = eol + 1;
        const line = Buffer.concat(header).toString('latin1');
        header = [];
        const [oid, type, size] = line.split(' ');
        if (size === undefined) {
          answered++; // "<name> missing" or "<name> ambiguous"
          continue;
        }
        const n = Number(size);
        total += n;
        if (total > options.maxTotal) {
          finish({ ok: false, overTotal: true, message: `over ${options.maxTotal} bytes` });
          return;
        }
        body = { oid: oid!, type: type!, bytes: Buffer.allocUnsafe(n), filled: 0, index: answered };
        if (n === 0) {
          const done = body;
          body = undefined;
          skipNewline = true;
          answered++;
          deliver(done);
        }
      }
    });
    child.on('close', (code, signal) => {
      if (settled) return;
      if (code !== 0) {
        const said = Buffer.concat(stderr).toString('utf8').split('\n').find((l) => l.trim() !== '');
        finish({ ok: false, message: said?.trim() ?? `git cat-file exited with ${code ?? signal}` });
      } else if (answered < names.length || body !== undefined) finish({ ok: false, message: 'git cat-file stopped before answering every object' });
      else finish({ ok: true, read: total });
    });
    child.stdin.end(names.map((n) => `${n}\n`).join(''));
  });
}
