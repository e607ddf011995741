package gomods

import (
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"syscall"
	"time"

	"github.com/go-python/gpython/py"
	"github.com/gowikibot/gowikibot/pyshim/python/gil"
	"github.com/gowikibot/gowikibot/pyshim/python/lib/sysmods"
)

// The special values of Popen's stdin/stdout/stderr arguments, as
// CPython's subprocess numbers them.
const (
	procPipe    = -1
	procStdout  = -2
	procDevnull = -3
)

// ProcType is the type of _gwb_proc's process handles (subprocess.Popen
// is Python built on them).
var ProcType = py.NewType("_gwb_proc.Proc", "A child process started by os/exec.")

// Proc is a running or finished child process.
type Proc struct {
	cmd     *exec.Cmd
	done    chan struct{} // closed when the process has been waited for
	code    int
	stdin   *os.File // parent's ends of pipes (nil when not PIPE)
	stdout  *os.File
	stderr  *os.File
	streams [3]*Stream // file objects handed to Python, by fd
	outBuf  *bytes.Buffer
	errBuf  *bytes.Buffer
	readers chan struct{} // closed when the communicate readers have finished
	started bool          // the communicate readers were started
	pyctx   py.Context    // the interpreter that spawned it (Ctrl-C ends its waits)
}

// Type returns ProcType.
func (p *Proc) Type() *py.Type { return ProcType }

// spawn(args, executable, cwd, env, stdin, stdout, stderr) starts a child.
// args is the argv list (the shell's when shell=True was resolved in
// Python); env is None or a list of "K=V".
func procSpawn(self py.Object, args py.Tuple) (py.Object, error) {
	var argv, executable, cwd, env, in, out, errw py.Object
	if err := py.UnpackTuple(args, nil, "spawn", 7, 7, &argv, &executable, &cwd, &env, &in, &out, &errw); err != nil {
		return nil, err
	}
	av, err := strList(argv, "args")
	if err != nil {
		return nil, err
	}
	if len(av) == 0 {
		return nil, py.ExceptionNewf(py.IndexError, "list index out of range")
	}
	prog := av[0]
	if s, ok := executable.(py.String); ok {
		prog = string(s)
	}
	path := prog
	if !containsSlash(prog) {
		var lerr error
		var envPath *string
		if !isNone(env) {
			envs, _ := strList(env, "env")
			for _, kv := range envs {
				if len(kv) > 5 && kv[:5] == "PATH=" {
					v := kv[5:]
					envPath = &v
				}
			}
		}
		path, lerr = lookPath(prog, envPath)
		if lerr != nil {
			return nil, sysmods.OSError(syscall.ENOENT, prog)
		}
	}
	cmd := &exec.Cmd{Path: path, Args: av}
	if s, ok := cwd.(py.String); ok {
		cmd.Dir = string(s)
		if st, err := os.Stat(cmd.Dir); err != nil {
			return nil, sysmods.OSError(err, cmd.Dir)
		} else if !st.IsDir() {
			return nil, sysmods.OSError(syscall.ENOTDIR, cmd.Dir)
		}
	}
	if !isNone(env) {
		if cmd.Env, err = strList(env, "env"); err != nil {
			return nil, err
		}
		if cmd.Env == nil {
			cmd.Env = []string{}
		}
	}
	p := &Proc{cmd: cmd, done: make(chan struct{})}
	if m, ok := self.(*py.Module); ok {
		p.pyctx = m.Context
	}
	var closeAfter []*os.File
	fail := func(err error) (py.Object, error) {
		for _, f := range closeAfter {
			f.Close()
		}
		for _, f := range []*os.File{p.stdin, p.stdout, p.stderr} {
			if f != nil {
				f.Close()
			}
		}
		return nil, err
	}
	// stdin
	switch v, err := spec(in); {
	case err != nil:
		return fail(err)
	case v == nil:
		cmd.Stdin = os.Stdin
	case *v == procPipe:
		r, w, err := os.Pipe()
		if err != nil {
			return fail(sysmods.OSError(err, ""))
		}
		cmd.Stdin, p.stdin = r, w
		closeAfter = append(closeAfter, r)
	case *v == procDevnull:
		cmd.Stdin = nil
	default:
		cmd.Stdin = os.NewFile(uintptr(*v), "fd")
	}
	// stdout, stderr
	outs := []*os.File{nil, nil}
	for i, o := range []py.Object{out, errw} {
		v, err := spec(o)
		var target *os.File
		switch {
		case err != nil:
			return fail(err)
		case v == nil:
			target = []*os.File{os.Stdout, os.Stderr}[i]
		case *v == procPipe:
			r, w, err := os.Pipe()
			if err != nil {
				return fail(sysmods.OSError(err, ""))
			}
			target = w
			closeAfter = append(closeAfter, w)
			if i == 0 {
				p.stdout = r
			} else {
				p.stderr = r
			}
		case *v == procDevnull:
			target = nil
		case *v == procStdout && i == 1:
			target = outs[0]
			if target == nil && cmd.Stdout == nil {
				target = nil
			}
		default:
			target = os.NewFile(uintptr(*v), "fd")
		}
		outs[i] = target
		if target != nil {
			if i == 0 {
				cmd.Stdout = target
			} else {
				cmd.Stderr = target
			}
		}
	}
	if err := cmd.Start(); err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			return fail(sysmods.OSError(pe.Err, prog))
		}
		return fail(sysmods.OSError(err, prog))
	}
	for _, f := range closeAfter {
		f.Close()
	}
	go func() {
		err := cmd.Wait()
		p.code = exitCode(cmd, err)
		close(p.done)
	}()
	return p, nil
}

func containsSlash(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '/' {
			return true
		}
	}
	return false
}

// lookPath finds prog on PATH (the child's PATH when env sets one).
func lookPath(prog string, envPath *string) (string, error) {
	if envPath == nil {
		return exec.LookPath(prog)
	}
	old := os.Getenv("PATH")
	os.Setenv("PATH", *envPath)
	defer os.Setenv("PATH", old)
	return exec.LookPath(prog)
}

// spec decodes a stdin/stdout/stderr argument: nil for None (inherit),
// else a descriptor or one of the special values.
func spec(o py.Object) (*int, error) {
	if isNone(o) {
		return nil, nil
	}
	if i, ok := o.(py.Int); ok {
		v := int(i)
		return &v, nil
	}
	fn, err := py.GetAttrString(o, "fileno")
	if err != nil {
		return nil, py.ExceptionNewf(py.TypeError, "stdio argument must be None, an int or a file object, not %s", typeName(o))
	}
	r, err := py.Call(fn, nil, nil)
	if err != nil {
		return nil, err
	}
	v, err := toInt(r)
	return &v, err
}

// exitCode is CPython's returncode: the exit status, or -N for a child
// killed by signal N.
func exitCode(cmd *exec.Cmd, err error) int {
	if cmd.ProcessState == nil {
		return 255
	}
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		return -int(ws.Signal())
	}
	return cmd.ProcessState.ExitCode()
}

func procSelf(self py.Object) (*Proc, error) {
	p, ok := self.(*Proc)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "expected a process handle, not %s", typeName(self))
	}
	return p, nil
}

// waitFor waits for ch for at most timeout seconds (forever when
// timeout < 0) with the interpreter lock released; false on timeout. A
// Ctrl-C ends the wait with the KeyboardInterrupt (in the main thread).
func (p *Proc) waitFor(ch <-chan struct{}, timeout float64) (bool, error) {
	var cancel <-chan struct{}
	if p.pyctx != nil && sysmods.WaitContext != nil && gil.ThreadIdent() == gil.MainIdent {
		cancel = sysmods.WaitContext(p.pyctx).Done()
	}
	ok, interrupted := true, false
	gil.Blocking(func() {
		var timer <-chan time.Time
		if timeout >= 0 {
			t := time.NewTimer(time.Duration(timeout * float64(time.Second)))
			defer t.Stop()
			timer = t.C
		}
		select {
		case <-ch:
		case <-timer:
			ok = false
		case <-cancel:
			interrupted = true
		}
	})
	if interrupted {
		if err := interruptCheck(p.pyctx); err != nil {
			return false, err
		}
		return p.waitFor(ch, timeout)
	}
	return ok, nil
}

func timeoutArg(o py.Object) (float64, error) {
	if isNone(o) {
		return -1, nil
	}
	f, err := toFloat(o)
	if err != nil {
		return 0, err
	}
	if f < 0 {
		f = 0
	}
	return f, nil
}

// startCommunicate starts feeding input and draining the pipes (once).
func (p *Proc) startCommunicate(input []byte) {
	if p.started {
		return
	}
	p.started = true
	p.readers = make(chan struct{})
	var pending []chan struct{}
	drain := func(f *os.File, s *Stream) *bytes.Buffer {
		buf := &bytes.Buffer{}
		ch := make(chan struct{})
		pending = append(pending, ch)
		var r io.Reader = f
		if s != nil {
			r = s.r // a stream handed out may hold buffered bytes
		}
		go func() {
			_, _ = io.Copy(buf, r)
			close(ch)
		}()
		return buf
	}
	if p.stdout != nil {
		p.outBuf = drain(p.stdout, p.streams[1])
	}
	if p.stderr != nil {
		p.errBuf = drain(p.stderr, p.streams[2])
	}
	if p.stdin != nil {
		in := p.stdin
		go func() {
			if len(input) > 0 {
				_, _ = in.Write(input)
			}
			in.Close()
		}()
	}
	go func() {
		for _, ch := range pending {
			<-ch
		}
		close(p.readers)
	}()
}

func init() {
	ProcType.Dict["pid"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		p, err := procSelf(self)
		if err != nil {
			return nil, err
		}
		return py.Int(p.cmd.Process.Pid), nil
	}}
	// stream(fd, text) is the file object of a PIPE end (None otherwise).
	ProcType.Dict["stream"] = method("stream", func(self py.Object, args py.Tuple) (py.Object, error) {
		p, err := procSelf(self)
		if err != nil {
			return nil, err
		}
		var fdo, texto py.Object
		if err := py.UnpackTuple(args, nil, "stream", 2, 2, &fdo, &texto); err != nil {
			return nil, err
		}
		fd, err := toInt(fdo)
		if err != nil || fd < 0 || fd > 2 {
			return nil, py.ExceptionNewf(py.ValueError, "bad fd")
		}
		if p.streams[fd] != nil {
			return p.streams[fd], nil
		}
		text := texto == py.True
		f := []*os.File{p.stdin, p.stdout, p.stderr}[fd]
		if f == nil {
			return py.None, nil
		}
		var s *Stream
		if fd == 0 {
			s = newStream(nil, f, f.Close, text, py.Int(f.Fd()), "wb")
		} else {
			s = newStream(f, nil, f.Close, text, py.Int(f.Fd()), "rb")
		}
		s.blocking = true
		p.streams[fd] = s
		return s, nil
	})
	// communicate(input, timeout) -> (finished, out, err)
	ProcType.Dict["communicate"] = method("communicate", func(self py.Object, args py.Tuple) (py.Object, error) {
		p, err := procSelf(self)
		if err != nil {
			return nil, err
		}
		var inp, to py.Object
		if err := py.UnpackTuple(args, nil, "communicate", 2, 2, &inp, &to); err != nil {
			return nil, err
		}
		var input []byte
		if !isNone(inp) {
			if input, err = bytesArg(inp, "input"); err != nil {
				return nil, err
			}
			if p.stdin == nil && len(input) > 0 {
				return nil, py.ExceptionNewf(py.ValueError, "stdin was not opened with PIPE")
			}
		}
		timeout, err := timeoutArg(to)
		if err != nil {
			return nil, err
		}
		if p.streams[0] != nil && !p.started {
			p.streams[0].closed = true
		}
		p.startCommunicate(input)
		start := time.Now()
		if ok, err := p.waitFor(p.readers, timeout); err != nil {
			return nil, err
		} else if !ok {
			return py.Tuple{py.False, py.None, py.None}, nil
		}
		if timeout >= 0 {
			timeout -= time.Since(start).Seconds()
			if timeout < 0 {
				timeout = 0
			}
		}
		if ok, err := p.waitFor(p.done, timeout); err != nil {
			return nil, err
		} else if !ok {
			return py.Tuple{py.False, py.None, py.None}, nil
		}
		var o, e py.Object = py.None, py.None
		if p.outBuf != nil {
			o = newBytes(p.outBuf.Bytes())
		}
		if p.errBuf != nil {
			e = newBytes(p.errBuf.Bytes())
		}
		return py.Tuple{py.True, o, e}, nil
	})
	// wait(timeout) -> returncode, or None on timeout
	ProcType.Dict["wait"] = method("wait", func(self py.Object, to py.Object) (py.Object, error) {
		p, err := procSelf(self)
		if err != nil {
			return nil, err
		}
		timeout, err := timeoutArg(to)
		if err != nil {
			return nil, err
		}
		if ok, err := p.waitFor(p.done, timeout); err != nil {
			return nil, err
		} else if !ok {
			return py.None, nil
		}
		return py.Int(p.code), nil
	})
	ProcType.Dict["poll"] = method("poll", func(self py.Object) (py.Object, error) {
		p, err := procSelf(self)
		if err != nil {
			return nil, err
		}
		select {
		case <-p.done:
			return py.Int(p.code), nil
		default:
			return py.None, nil
		}
	})
	ProcType.Dict["send_signal"] = method("send_signal", func(self py.Object, sig py.Object) (py.Object, error) {
		p, err := procSelf(self)
		if err != nil {
			return nil, err
		}
		n, err := toInt(sig)
		if err != nil {
			return nil, err
		}
		select {
		case <-p.done:
			return py.None, nil // already reaped: nothing to signal, as CPython
		default:
		}
		if err := p.cmd.Process.Signal(syscall.Signal(n)); err != nil && !errors.Is(err, os.ErrProcessDone) {
			return nil, sysmods.OSError(err, "")
		}
		return py.None, nil
	})
}

func procModule() (map[string]any, py.StringDict) {
	return map[string]any{"spawn": procSpawn}, py.StringDict{
		"PIPE": py.Int(procPipe), "STDOUT": py.Int(procStdout), "DEVNULL": py.Int(procDevnull),
	}
}

func init() { registerGo("_gwb_proc", "Child processes for subprocess (os/exec).", procModule) }
