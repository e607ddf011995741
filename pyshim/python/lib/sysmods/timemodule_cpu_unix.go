//go:build unix

package sysmods

import (
	"syscall"

	"github.com/go-python/gpython/py"
)

// time.process_time and time.thread_time as CPython's: the CPU time (user
// and system) of the process, from getrusage(2); a Python thread is a
// goroutine, so thread_time is the process's too.
func init() {
	cpu := func() int64 {
		var ru syscall.Rusage
		if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
			return 0
		}
		return ru.Utime.Nano() + ru.Stime.Nano()
	}
	seconds := func(self py.Object) (py.Object, error) { return py.Float(float64(cpu()) / 1e9), nil }
	nanos := func(self py.Object) (py.Object, error) { return py.Int(cpu()), nil }
	extendModule("time", map[string]interface{}{
		"process_time":    seconds,
		"process_time_ns": nanos,
		"thread_time":     seconds,
		"thread_time_ns":  nanos,
	}, nil)
}
