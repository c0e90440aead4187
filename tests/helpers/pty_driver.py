#!/usr/bin/env python3
"""Drive an interactive interpreter through a real pseudo-terminal and print what the screen shows.

Usage: pty_driver.py SESSION_FILE [--cwd DIR] [--home DIR] [--raw] -- COMMAND [ARG ...]

COMMAND runs in DIR (default: the session file's folder) with a clean environment: no PYTHON*
variables but PYTHONHASHSEED=0, HOME a fresh temporary folder (history files start empty; --home
gives one to use and keep),
TERM=xterm, LC_ALL=C.UTF-8, on a 132x50 terminal.

The session file (tests/repl/*.txt) holds keystrokes, one line of typing per line:
  - `#! args: ...` header lines give the interpreter's arguments (after COMMAND's own);
    `#! env: NAME=VALUE` sets an environment variable; `#! prompt: TEXT` adds a prompt to wait for
    (`\s` for a space); lines starting with `##` are comments (a single `#` is typed).
  - Each other line is typed, then Enter (a carriage return, as a terminal sends it), unless it
    ends with a key. Keys: <ENTER>, <TAB>, <C-C>, <C-D>, <ESC>, <UP>, <DOWN>, <LEFT>, <RIGHT>, <BS>,
    <DEL>, <HOME>, <END>, <C-A>, <C-E>, <C-K>, <C-U>, <C-W>, and <NOENTER> (nothing: ends a line
    without Enter). Before a key the driver lets the output settle, since a ^C flushes the
    terminal's unread input.
  - <WAIT N> at the end: after the line, wait N ms instead of waiting for a prompt (code that runs on).
  - `#! history: LINE` (repeatable) puts LINE in the history files of both interpreters
    (~/.python_history, ~/.typhon_history) before the session starts.
After each line the driver waits until the cursor line ends with a prompt (">>> ", "... " or one
from the header) and the output has been quiet for a moment, or the process has ended; after a
line ending with an editing key it waits for the output to settle.

The output is the screen as a terminal would show it (a small VT100 emulator applies carriage
returns, backspaces, cursor moves and erases; colours and modes are dropped), each line stripped of
trailing blanks, then `[exit N]` with the exit status (or `[timeout]`). Normalised are only what must
differ between implementations: a first line that is CPython's or Typhon's banner becomes `<banner>`,
and the session file's folder is written `$DIR`. With --raw the bytes the program wrote are printed
first (for debugging).
"""
import codecs
import fcntl
import os
import pty
import re
import select
import shlex
import shutil
import signal
import struct
import tempfile
import sys
import termios
import time

COLS = 132
ROWS = 50
QUIET_MS = 60        # output silence that ends a step once a prompt is showing
STEP_TIMEOUT = 30.0  # seconds a step may take before the driver gives up waiting for its prompt
KEYS = {'ENTER': '\r', 'TAB': '\t', 'C-C': '\x03', 'C-D': '\x04', 'ESC': '\x1b', 'UP': '\x1b[A', 'DOWN': '\x1b[B',
        'RIGHT': '\x1b[C', 'LEFT': '\x1b[D', 'BS': '\x7f', 'DEL': '\x1b[3~', 'HOME': '\x1b[H', 'END': '\x1b[F',
        'C-A': '\x01', 'C-E': '\x05', 'C-K': '\x0b', 'C-U': '\x15', 'C-W': '\x17', 'NOENTER': ''}


class Screen:
    """Enough of a VT100/xterm to replay what readline libraries write."""

    def __init__(self, cols):
        self.cols = cols
        self.lines = [[]]
        self.row = 0
        self.col = 0
        self.pending_wrap = False
        self.decoder = codecs.getincrementaldecoder('utf-8')('replace')
        self.state = 'text'
        self.seq = ''

    def line(self, r):
        while len(self.lines) <= r:
            self.lines.append([])
        return self.lines[r]

    def put(self, ch):
        if self.pending_wrap:
            self.pending_wrap = False
            self.row += 1
            self.col = 0
        ln = self.line(self.row)
        while len(ln) < self.col:
            ln.append(' ')
        if self.col < len(ln):
            ln[self.col] = ch
        else:
            ln.append(ch)
        if self.col == self.cols - 1:
            self.pending_wrap = True
        else:
            self.col += 1

    def feed(self, data):
        for ch in self.decoder.decode(data):
            self.feed_char(ch)

    def feed_char(self, ch):
        if self.state == 'esc':
            if ch == '[':
                self.state, self.seq = 'csi', ''
            elif ch == ']':
                self.state = 'osc'
            elif ch in '()':
                self.state = 'charset'
            else:
                self.state = 'text'  # ESC =, ESC >, ESC 7/8...: modes without a visible effect here
            return
        if self.state == 'charset':
            self.state = 'text'
            return
        if self.state == 'osc':
            if ch == '\x07':
                self.state = 'text'
            elif ch == '\x1b':
                self.state = 'esc'  # ESC \ (string terminator) ends the OSC
            return
        if self.state == 'csi':
            if '\x40' <= ch <= '\x7e':
                self.csi(self.seq, ch)
                self.state = 'text'
            else:
                self.seq += ch
            return
        if ch == '\x1b':
            self.state = 'esc'
        elif ch == '\r':
            self.col = 0
            self.pending_wrap = False
        elif ch == '\n':
            self.row += 1
            self.line(self.row)
            self.pending_wrap = False
        elif ch == '\b':
            if self.pending_wrap:
                self.pending_wrap = False
            elif self.col > 0:
                self.col -= 1
        elif ch == '\t':
            self.col = min(self.cols - 1, (self.col // 8 + 1) * 8)
        elif ch == '\x07' or ord(ch) < 32 or ch == '\x7f':
            pass
        else:
            self.put(ch)

    def csi(self, params, final):
        private = params.startswith('?') or params.startswith('>')
        nums = [int(p) if p.isdigit() else 0 for p in params.lstrip('?>').split(';')] if params else []
        n = nums[0] if nums and nums[0] > 0 else 1
        self.pending_wrap = False if final in 'ABCDGHfKJ' else self.pending_wrap
        if private or final in 'mhlrtsnc':
            return
        ln = self.line(self.row)
        if final == 'A':
            self.row = max(0, self.row - n)
        elif final == 'B':
            self.row += n
            self.line(self.row)
        elif final == 'C':
            self.col = min(self.cols - 1, self.col + n)
        elif final == 'D':
            self.col = max(0, self.col - n)
        elif final == 'G':
            self.col = min(self.cols - 1, n - 1)
        elif final in 'Hf':
            # Absolute positions count from the top of the visible screen.
            r = nums[0] if nums and nums[0] > 0 else 1
            c = nums[1] if len(nums) > 1 and nums[1] > 0 else 1
            top = max(0, len(self.lines) - ROWS)
            self.row, self.col = top + r - 1, c - 1
            self.line(self.row)
        elif final == 'K':
            mode = nums[0] if nums else 0
            if mode == 0:
                del ln[self.col:]
            elif mode == 1:
                for i in range(min(self.col + 1, len(ln))):
                    ln[i] = ' '
            else:
                ln.clear()
        elif final == 'J':
            mode = nums[0] if nums else 0
            if mode == 0:
                del ln[self.col:]
                del self.lines[self.row + 1:]
            elif mode == 2:
                top = max(0, len(self.lines) - ROWS)
                for r in range(top, len(self.lines)):
                    self.lines[r] = []
        elif final == 'P':
            del ln[self.col:self.col + n]
        elif final == '@':
            if self.col <= len(ln):
                ln[self.col:self.col] = [' '] * n
        elif final == 'X':
            for i in range(self.col, min(self.col + n, len(ln))):
                ln[i] = ' '

    def cursor_text(self):
        return ''.join(self.line(self.row)[:self.col])

    def text(self):
        out = [''.join(ln).rstrip() for ln in self.lines]
        while out and out[-1] == '':
            out.pop()
        return '\n'.join(out)


def parse_session(path):
    """The header (args, env, prompts) and the actions: ('send', text), ('quiet', ms), ('prompt',), ('sleep', ms)."""
    args, env, prompts, actions, history = [], {}, ['>>> ', '... '], [], []
    key_re = re.compile(r'<(' + '|'.join(re.escape(k) for k in KEYS) + r')>')
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    if lines and lines[-1] == '':
        lines.pop()  # the file's final newline
    for raw in lines:
        if raw.startswith('#!'):
            key, _, val = raw[2:].partition(':')
            key, val = key.strip(), val.strip()
            if key == 'args':
                args += shlex.split(val)
            elif key == 'env':
                k, _, v = val.partition('=')
                env[k] = v
            elif key == 'prompt':
                prompts.append(val.replace('\\s', ' '))
            elif key == 'history':
                history.append(raw[2:].partition(':')[2][1:])
            continue
        if raw.startswith('##'):
            continue
        wait = None
        m = re.search(r'<WAIT (\d+)>$', raw)
        if m:
            wait = int(m.group(1))
            raw = raw[:m.start()]
        pieces = key_re.split(raw)  # text, key, text, key, ..., text
        for i, piece in enumerate(pieces):
            if i % 2 == 0:
                if piece:
                    actions.append(('send', piece))
                continue
            if i > 1 or pieces[0]:
                # Let the line discipline and the line editor take what came before: a ^C flushes
                # the terminal's unread input, and editors treat a burst of bytes as a paste.
                actions.append(('quiet', 100))
            actions.append(('send', KEYS[piece]))
            last = i == len(pieces) - 2 and pieces[-1] == ''
            if piece in ('C-C', 'C-D', 'ENTER') and not last:
                actions.append(('prompt',))
            elif not last:
                actions.append(('quiet', 250))
        ends_with_key = len(pieces) > 1 and pieces[-1] == ''
        if not ends_with_key:
            actions.append(('send', '\r'))
        if wait is not None:
            actions.append(('sleep', wait))
        elif ends_with_key and pieces[-2] not in ('C-C', 'C-D', 'ENTER'):
            actions.append(('quiet', 250))
        else:
            actions.append(('prompt',))
    return args, env, prompts, actions, history


def main():
    argv = sys.argv[1:]
    raw_out = '--raw' in argv
    if raw_out:
        argv.remove('--raw')
    keep_home = None
    if '--home' in argv:
        i = argv.index('--home')
        keep_home = argv[i + 1]
        del argv[i:i + 2]
    cwd = None
    if '--cwd' in argv:
        i = argv.index('--cwd')
        cwd = argv[i + 1]
        del argv[i:i + 2]
    sep = argv.index('--')
    session, command = argv[0], argv[sep + 1:]
    if cwd is None:
        cwd = os.path.dirname(os.path.abspath(session))
    args, extra_env, prompts, actions, history = parse_session(session)
    home = keep_home if keep_home is not None else tempfile.mkdtemp(prefix='repl-home-')
    if history:
        for name in ('.python_history', '.typhon_history'):
            with open(os.path.join(home, name), 'w', encoding='utf-8') as f:
                f.write(''.join(line + '\n' for line in history))
    env = {k: v for k, v in os.environ.items() if not k.startswith('PYTHON') and k != 'NODE_TEST_CONTEXT'}
    env.update({'TERM': 'xterm', 'COLUMNS': str(COLS), 'LINES': str(ROWS), 'HOME': home,
                'PYTHONHASHSEED': '0', 'LC_ALL': 'C.UTF-8'})
    env.update(extra_env)
    try:
        text = run(command + args, env, cwd, prompts, actions, raw_out)
    finally:
        if keep_home is None:
            shutil.rmtree(home, ignore_errors=True)
    sys.stdout.write(normalise(text, cwd))


BANNERS = [re.compile(r'Python 3\.11\.\d+ \(.*\) \[.*\] on \w+'),
           re.compile(r'Typhon \S+ \(Python 3\.11\.\d+-compatible\) \[.*\] on \w+')]


def normalise(text, folder):
    lines = text.split('\n')
    if lines and any(b.fullmatch(lines[0]) for b in BANNERS):
        lines[0] = '<banner>'
    return '\n'.join(lines).replace(os.path.realpath(folder), '$DIR').replace(os.path.abspath(folder), '$DIR')


def run(argv, env, cwd, prompts, actions, raw_out):
    pid, fd = pty.fork()
    if pid == 0:
        # The size is set before the program starts, which reads it once.
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack('HHHH', ROWS, COLS, 0, 0))
        os.chdir(cwd)
        try:
            os.execvpe(argv[0], argv, env)
        finally:
            os._exit(127)
    screen = Screen(COLS)
    raw = bytearray()

    def pump(timeout):
        """Read what is available within timeout seconds; False once the program has closed the pty."""
        r, _, _ = select.select([fd], [], [], timeout)
        if not r:
            return True
        try:
            data = os.read(fd, 65536)
        except OSError:
            return False
        if not data:
            return False
        raw.extend(data)
        screen.feed(data)
        return True

    alive = True

    sent_at = 0  # len(raw) when the last keys were sent

    def wait_for(prompt_needed, quiet_ms):
        """Wait for quiet output (and a prompt at the cursor that came after the keys were sent)."""
        nonlocal alive
        deadline = time.monotonic() + STEP_TIMEOUT
        last = time.monotonic()
        seen = len(raw)
        while alive and time.monotonic() < deadline:
            alive = pump(0.01)
            if len(raw) != seen:
                seen = len(raw)
                last = time.monotonic()
                continue
            if (time.monotonic() - last) * 1000 < quiet_ms:
                continue
            if not prompt_needed:
                return
            # A prompt still showing from before the keys (an empty line typed at "... ") is not it.
            if len(raw) > sent_at and any(screen.cursor_text().endswith(p) for p in prompts):
                return

    wait_for(True, QUIET_MS)
    for action in actions:
        if not alive:
            break
        if action[0] == 'send':
            sent_at = len(raw)
            os.write(fd, action[1].encode('utf-8'))
        elif action[0] == 'quiet':
            wait_for(False, action[1])
        elif action[0] == 'prompt':
            wait_for(True, QUIET_MS)
        else:
            end = time.monotonic() + action[1] / 1000
            while alive and time.monotonic() < end:
                alive = pump(max(0.0, min(0.02, end - time.monotonic())))
    # The session should have ended the program; give it time to exit, then collect the rest.
    deadline = time.monotonic() + STEP_TIMEOUT
    while alive and time.monotonic() < deadline:
        alive = pump(0.05)
    if alive:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        tail = '[timeout]'
    else:
        _, st = os.waitpid(pid, 0)
        tail = f'[exit {os.waitstatus_to_exitcode(st)}]'
    os.close(fd)
    if raw_out:
        sys.stdout.write(repr(bytes(raw)) + '\n')
    return screen.text() + '\n' + tail + '\n'


if __name__ == '__main__':
    main()
