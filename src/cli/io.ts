/** Everything the CLI touches outside itself, so tests can pass buffers, a fixed clock and env. */
export interface Stream {
  write(text: string | Uint8Array): void;
  isTTY: boolean;
  columns?: number;
}

export interface IO {
  stdout: Stream;
  stderr: Stream;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  now(): Date;
}

function stream(s: NodeJS.WriteStream): Stream {
  // `p06 list | head`: the reader may go away before everything is written.
  // Like any Unix filter, stop writing then; an unhandled EPIPE would end the
  // process with a stack trace. Any other write error is reported in a line.
  let closed = false;
  s.on('error', (error: NodeJS.ErrnoException) => {
    closed = true;
    if (error.code === 'EPIPE') return;
    process.exitCode = 70;
    if (s !== process.stderr) process.stderr.write(`p06: cannot write the output: ${error.message}\n`);
  });
  return {
    write: (text) => {
      if (!closed) s.write(text);
    },
    get isTTY() {
      return s.isTTY === true;
    },
    get columns() {
      return s.columns;
    },
  };
}

export function nodeIO(): IO {
  return {
    stdout: stream(process.stdout),
    stderr: stream(process.stderr),
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
  };
}
