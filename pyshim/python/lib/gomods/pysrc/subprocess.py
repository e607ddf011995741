"""Subprocesses with accessible I/O streams (gowikibot: os/exec underneath)."""

import os
import sys
import _gwb_proc

__all__ = ['Popen', 'PIPE', 'STDOUT', 'DEVNULL', 'call', 'check_call', 'check_output',
           'run', 'CalledProcessError', 'CompletedProcess', 'SubprocessError',
           'TimeoutExpired', 'getoutput', 'getstatusoutput']

PIPE = _gwb_proc.PIPE
STDOUT = _gwb_proc.STDOUT
DEVNULL = _gwb_proc.DEVNULL


class SubprocessError(Exception):
    pass


def _signal_name(num):
    try:
        import signal
        return repr(signal.Signals(num))
    except Exception:
        return 'signal %d' % num


class CalledProcessError(SubprocessError):
    """Raised when a process run by check_call(), check_output() or run(check=True) fails."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        SubprocessError.__init__(self, returncode, cmd, output, stderr)
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            return "Command '%s' died with %s." % (self.cmd, _signal_name(-self.returncode))
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """Raised when the timeout expires while waiting for a child process."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        SubprocessError.__init__(self, cmd, timeout, output, stderr)
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    """A process that has finished running (returned by run())."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        parts = ['args=%r' % (self.args,), 'returncode=%r' % (self.returncode,)]
        if self.stdout is not None:
            parts.append('stdout=%r' % (self.stdout,))
        if self.stderr is not None:
            parts.append('stderr=%r' % (self.stderr,))
        return 'CompletedProcess(%s)' % ', '.join(parts)

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def _fspath(a):
    if isinstance(a, (str, bytes)):
        return a.decode() if isinstance(a, bytes) else a
    if hasattr(a, '__fspath__'):
        return a.__fspath__()
    raise TypeError('expected str, bytes or os.PathLike object, not %s' % type(a).__name__)


def _translate(data, encoding, errors):
    if data is None:
        return None
    text = data.decode(encoding, errors)
    return text.replace('\r\n', '\n').replace('\r', '\n')


class Popen:
    """Execute a child program in a new process."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None,
                 stderr=None, preexec_fn=None, close_fds=True, shell=False, cwd=None,
                 env=None, universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(),
                 text=None, encoding=None, errors=None, user=None, group=None,
                 extra_groups=None, umask=-1, pipesize=-1, process_group=None):
        self.args = args
        self.returncode = None
        self._text = bool(text or universal_newlines or encoding or errors)
        self.encoding = encoding
        self.errors = errors
        self._encoding = encoding or 'utf-8'
        self._errors = errors or 'strict'
        if isinstance(args, (str, bytes)) or hasattr(args, '__fspath__'):
            argv = [_fspath(args)]
        else:
            argv = [_fspath(a) for a in args]
        if shell:
            argv = ['/bin/sh', '-c'] + argv
            if executable is None:
                executable = '/bin/sh'
        if executable is not None:
            executable = _fspath(executable)
        if cwd is not None:
            cwd = _fspath(cwd)
        envlist = None
        if env is not None:
            envlist = ['%s=%s' % (k, v) for k, v in env.items()]
        for name, f in (('stdout', sys.stdout), ('stderr', sys.stderr)):
            try:
                f.flush()
            except Exception:
                pass
        self._proc = _gwb_proc.spawn(argv, executable, cwd, envlist, stdin, stdout, stderr)
        self.pid = self._proc.pid
        self.stdin = self._proc.stream(0, self._text)
        self.stdout = self._proc.stream(1, self._text)
        self.stderr = self._proc.stream(2, self._text)

    def __repr__(self):
        return '<Popen: returncode: %s args: %r>' % (self.returncode, self.args)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        for f in (self.stdout, self.stderr, self.stdin):
            if f is not None:
                try:
                    f.close()
                except Exception:
                    pass
        self.wait()
        return False

    def poll(self):
        if self.returncode is None:
            self.returncode = self._proc.poll()
        return self.returncode

    def wait(self, timeout=None):
        code = self._proc.wait(timeout)
        if code is None:
            raise TimeoutExpired(self.args, timeout)
        self.returncode = code
        return code

    def communicate(self, input=None, timeout=None):
        if input is not None and self._text and isinstance(input, str):
            input = input.encode(self._encoding, self._errors)
        done, out, err = self._proc.communicate(input, timeout)
        if not done:
            raise TimeoutExpired(self.args, timeout)
        self.returncode = self._proc.wait(None)
        if self._text:
            out = _translate(out, self._encoding, self._errors)
            err = _translate(err, self._encoding, self._errors)
        return (out, err)

    def send_signal(self, sig):
        if self.returncode is None:
            self._proc.send_signal(sig)

    def terminate(self):
        self.send_signal(15)

    def kill(self):
        self.send_signal(9)


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run a command, wait for it and return a CompletedProcess."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired as exc:
            process.kill()
            out, err = process.communicate()
            exc.output, exc.stderr = out, err
            raise
        except BaseException:
            # KeyboardInterrupt and the like: the child goes too.
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def call(*popenargs, timeout=None, **kwargs):
    """Run a command and return its exit status."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except Exception:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Run a command; raise CalledProcessError when its exit status is not 0."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get('args')
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run a command and return its output; CalledProcessError on failure."""
    if 'stdout' in kwargs:
        raise ValueError('stdout argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        kwargs['input'] = '' if (kwargs.get('text') or kwargs.get('universal_newlines') or kwargs.get('encoding')) else b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd):
    """Return (exitcode, output) of running cmd in a shell."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd):
    """Return the output (stdout and stderr) of running cmd in a shell."""
    return getstatusoutput(cmd)[1]



def list2cmdline(seq):
    """Join arguments into one command line as the Microsoft C runtime
    parses it: an argument with a space or tab (or an empty one) is put in
    double quotes, a double quote is escaped with a backslash, and the
    backslashes before a double quote (or the closing quote) are doubled."""
    out = []
    for arg in seq:
        arg = os.fsdecode(arg)
        if out:
            out.append(' ')
        quote = not arg or ' ' in arg or '\t' in arg
        if quote:
            out.append('"')
        slashes = 0
        for c in arg:
            if c == '\\':
                slashes += 1
                continue
            if c == '"':
                out.append('\\' * (slashes * 2 + 1) + '"')
            else:
                out.append('\\' * slashes + c)
            slashes = 0
        if quote:
            out.append('\\' * (slashes * 2) + '"')
        else:
            out.append('\\' * slashes)
    return ''.join(out)
