/** Everything the CLI touches outside itself, so tests can pass buffers, a fixed clock and env. */
export interface Stream {
  write(text: string): void;
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
  return {
    write: (text) => void s.write(text),
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
