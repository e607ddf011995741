//go:build unix

// Unix signals only: on Windows this is left out of the build (gowikibot is
// tested on Linux; it builds for Windows).

package gomods

import (
	"os"
	"os/signal"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/go-python/gpython/py"
	"github.com/gowikibot/gowikibot/pyshim/python/gil"
)

// Signal dispositions as _gwb_signal.set takes them.
const (
	sigDefault  = 0  // SIG_DFL
	sigIgnore   = 1  // SIG_IGN
	sigPython   = 2  // a Python handler, run by the dispatcher
	sigKeyboard = -1 // SIGINT's default_int_handler: KeyboardInterrupt
)

// sigState is the process's signal dispositions set from Python.
var sigState = struct {
	sync.Mutex
	mode     map[int]int
	chans    map[int]chan os.Signal
	dispatch py.Object // the Python function that runs the handler of a signum
	alarm    *time.Timer
	alarmAt  time.Time
}{mode: map[int]int{}, chans: map[int]chan os.Signal{}}

// handled counts the Python handlers run (signal.pause waits for one).
var handled atomic.Int64

// deliver queues the Python handler of signum to run at the next call
// boundary.
func deliver(signum int) {
	sigState.Lock()
	d := sigState.dispatch
	sigState.Unlock()
	if d == nil {
		return
	}
	gil.Post(func() error {
		defer handled.Add(1)
		_, err := py.Call(d, py.Tuple{py.Int(signum)}, nil)
		return err
	})
}

// interceptSigint decides for the runtime what a Ctrl-C does.
func interceptSigint() bool {
	sigState.Lock()
	mode, set := sigState.mode[int(syscall.SIGINT)]
	sigState.Unlock()
	if !set {
		return false
	}
	switch mode {
	case sigPython:
		deliver(int(syscall.SIGINT))
		return true
	case sigIgnore:
		return true
	case sigDefault:
		signal.Reset(syscall.SIGINT)
		_ = syscall.Kill(os.Getpid(), syscall.SIGINT)
		return true
	}
	return false
}

// signalSet(signum, mode, dispatcher) installs a disposition.
func signalSet(self py.Object, args py.Tuple) (py.Object, error) {
	var so, mo, d py.Object
	if err := py.UnpackTuple(args, nil, "set", 3, 3, &so, &mo, &d); err != nil {
		return nil, err
	}
	signum, err := toInt(so)
	if err != nil {
		return nil, err
	}
	mode, err := toInt(mo)
	if err != nil {
		return nil, err
	}
	sig := syscall.Signal(signum)
	sigState.Lock()
	defer sigState.Unlock()
	sigState.dispatch = d
	sigState.mode[signum] = mode
	if ch := sigState.chans[signum]; ch != nil {
		signal.Stop(ch)
		close(ch)
		delete(sigState.chans, signum)
	}
	if sig == syscall.SIGINT {
		// The runtime's own Ctrl-C handling stays; interceptSigint
		// decides per press.
		gil.InterceptSigint(interceptSigint)
		if mode == sigIgnore {
			signal.Ignore(sig)
		}
		return py.None, nil
	}
	switch mode {
	case sigDefault:
		signal.Reset(sig)
	case sigIgnore:
		signal.Ignore(sig)
	case sigPython:
		ch := make(chan os.Signal, 4)
		signal.Notify(ch, sig)
		sigState.chans[signum] = ch
		go func() {
			for range ch {
				deliver(signum)
			}
		}()
	}
	return py.None, nil
}

// raiseSignal sends signum to the process itself.
func raiseSignal(self py.Object, so py.Object) (py.Object, error) {
	signum, err := toInt(so)
	if err != nil {
		return nil, err
	}
	sigState.Lock()
	mode, set := sigState.mode[signum]
	sigState.Unlock()
	if signum == int(syscall.SIGINT) && (!set || mode == sigKeyboard) {
		return nil, py.ExceptionNewf(py.KeyboardInterrupt, "")
	}
	if set && mode == sigPython {
		// Run the handler before returning, as CPython does.
		deliver(signum)
		return py.None, gil.RunPosted()
	}
	if set && mode == sigIgnore {
		return py.None, nil
	}
	signal.Reset(syscall.Signal(signum))
	if err := syscall.Kill(os.Getpid(), syscall.Signal(signum)); err != nil {
		return nil, py.ExceptionNewf(py.OSError, "[Errno 22] Invalid argument")
	}
	gil.Blocking(func() { time.Sleep(50 * time.Millisecond) })
	return py.None, nil
}

// alarm(seconds) schedules SIGALRM and returns the seconds left of the
// previous alarm (0 if none).
func signalAlarm(self py.Object, so py.Object) (py.Object, error) {
	secs, err := toInt(so)
	if err != nil {
		return nil, err
	}
	sigState.Lock()
	defer sigState.Unlock()
	prev := 0
	if sigState.alarm != nil && sigState.alarm.Stop() {
		left := time.Until(sigState.alarmAt)
		prev = int((left + time.Second - 1) / time.Second)
		if prev < 1 {
			prev = 1
		}
	}
	sigState.alarm = nil
	if secs > 0 {
		sigState.alarmAt = time.Now().Add(time.Duration(secs) * time.Second)
		sigState.alarm = time.AfterFunc(time.Duration(secs)*time.Second, func() {
			sigState.Lock()
			mode, set := sigState.mode[int(syscall.SIGALRM)]
			sigState.Unlock()
			switch {
			case set && mode == sigPython:
				deliver(int(syscall.SIGALRM))
			case set && mode == sigIgnore:
			default:
				signal.Reset(syscall.SIGALRM)
				_ = syscall.Kill(os.Getpid(), syscall.SIGALRM)
			}
		})
	}
	return py.Int(prev), nil
}

// pause waits for a signal handled in Python.
func signalPause(self py.Object) (py.Object, error) {
	start := handled.Load()
	for {
		gil.Blocking(func() { time.Sleep(20 * time.Millisecond) })
		if err := gil.RunPosted(); err != nil {
			return nil, err
		}
		if handled.Load() != start {
			return py.None, nil
		}
	}
}

func strsignal(self py.Object, so py.Object) (py.Object, error) {
	signum, err := toInt(so)
	if err != nil {
		return nil, err
	}
	if signum < 1 || signum > 64 {
		return nil, py.ExceptionNewf(py.ValueError, "signal number out of range")
	}
	s := syscall.Signal(signum).String()
	if len(s) > 0 {
		s = string(s[0]-'a'+'A') + s[1:]
	}
	return py.String(s), nil
}

func signalModule() (map[string]any, py.StringDict) {
	return map[string]any{
		"set": signalSet, "raise_signal": raiseSignal, "alarm": signalAlarm,
		"pause": signalPause, "strsignal": strsignal,
	}, nil
}

func init() { registerGo("_gwb_signal", "Signal dispositions for signal (os/signal).", signalModule) }
