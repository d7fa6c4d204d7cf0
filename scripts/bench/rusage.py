# Runs one command for `npm run bench` and writes what the kernel counted for
# it to OUT: wall ms (from just before the fork to the reap), CPU ms (user +
# system, microsecond resolution, from wait4) and peak RSS in KiB. CPU time
# is what the command itself used, so it moves far less than wall time on a
# machine that others are loading. Exits with the command's exit code.
#
#   python3 scripts/bench/rusage.py OUT COMMAND [ARGS...]
import os
import sys
import time

out, cmd = sys.argv[1], sys.argv[2:]
start = time.perf_counter()
pid = os.fork()
if pid == 0:
    try:
        os.execvp(cmd[0], cmd)
    finally:
        os._exit(127)
_, status, usage = os.wait4(pid, 0)
wall = (time.perf_counter() - start) * 1000
with open(out, 'w') as f:
    f.write(f'{wall:.3f} {(usage.ru_utime + usage.ru_stime) * 1000:.3f} {usage.ru_maxrss}\n')
sys.exit(os.waitstatus_to_exitcode(status) if hasattr(os, 'waitstatus_to_exitcode') else status >> 8)
