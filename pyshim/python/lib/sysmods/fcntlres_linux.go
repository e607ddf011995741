//go:build linux

package sysmods

import (
	"syscall"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"
)

// (Linux) fcntl (flock, lockf, fcntl with integer arguments: the lock files of bots
// run from cron) and resource (getrusage, getrlimit, setrlimit,
// getpagesize) over golang.org/x/sys/unix.
func init() {
	register("fcntl", "File control and I/O control on file descriptors.", map[string]interface{}{
		"flock": func(self py.Object, args py.Tuple) (py.Object, error) {
			var f, op py.Object
			if err := py.UnpackTuple(args, nil, "flock", 2, 2, &f, &op); err != nil {
				return nil, err
			}
			fd, err := fdOf(f)
			if err != nil {
				return nil, err
			}
			how, err := toInt(op, "")
			if err != nil {
				return nil, err
			}
			if err := unix.Flock(fd, how); err != nil {
				return nil, osError(err, "")
			}
			return py.None, nil
		},
		"lockf": func(self py.Object, args py.Tuple) (py.Object, error) {
			var f, op py.Object
			var length, start, whence py.Object = py.Int(0), py.Int(0), py.Int(0)
			if err := py.UnpackTuple(args, nil, "lockf", 2, 5, &f, &op, &length, &start, &whence); err != nil {
				return nil, err
			}
			fd, err := fdOf(f)
			if err != nil {
				return nil, err
			}
			how, err := toInt(op, "")
			if err != nil {
				return nil, err
			}
			n, err1 := toInt(length, "")
			s, err2 := toInt(start, "")
			w, err3 := toInt(whence, "")
			for _, e := range []error{err1, err2, err3} {
				if e != nil {
					return nil, e
				}
			}
			lk := unix.Flock_t{Whence: int16(w), Start: int64(s), Len: int64(n)}
			switch how &^ unix.LOCK_NB {
			case unix.LOCK_UN:
				lk.Type = unix.F_UNLCK
			case unix.LOCK_SH:
				lk.Type = unix.F_RDLCK
			case unix.LOCK_EX:
				lk.Type = unix.F_WRLCK
			default:
				return nil, py.ExceptionNewf(py.ValueError, "unrecognized lockf argument")
			}
			cmd := unix.F_SETLKW
			if how&unix.LOCK_NB != 0 {
				cmd = unix.F_SETLK
			}
			if err := unix.FcntlFlock(uintptr(fd), cmd, &lk); err != nil {
				return nil, osError(err, "")
			}
			return py.None, nil
		},
		"fcntl": func(self py.Object, args py.Tuple) (py.Object, error) {
			var f, c py.Object
			var arg py.Object = py.Int(0)
			if err := py.UnpackTuple(args, nil, "fcntl", 2, 3, &f, &c, &arg); err != nil {
				return nil, err
			}
			fd, err := fdOf(f)
			if err != nil {
				return nil, err
			}
			cmd, err := toInt(c, "")
			if err != nil {
				return nil, err
			}
			a, ok := arg.(py.Int)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "fcntl() with a buffer argument is not supported here")
			}
			r, err := unix.FcntlInt(uintptr(fd), cmd, int(a))
			if err != nil {
				return nil, osError(err, "")
			}
			return py.Int(r), nil
		},
	}, py.StringDict{
		"LOCK_SH": py.Int(unix.LOCK_SH), "LOCK_EX": py.Int(unix.LOCK_EX), "LOCK_NB": py.Int(unix.LOCK_NB), "LOCK_UN": py.Int(unix.LOCK_UN),
		"F_GETFD": py.Int(unix.F_GETFD), "F_SETFD": py.Int(unix.F_SETFD), "F_GETFL": py.Int(unix.F_GETFL), "F_SETFL": py.Int(unix.F_SETFL),
		"F_GETLK": py.Int(unix.F_GETLK), "F_SETLK": py.Int(unix.F_SETLK), "F_SETLKW": py.Int(unix.F_SETLKW),
		"F_DUPFD": py.Int(unix.F_DUPFD), "F_DUPFD_CLOEXEC": py.Int(unix.F_DUPFD_CLOEXEC), "FD_CLOEXEC": py.Int(unix.FD_CLOEXEC),
		"F_RDLCK": py.Int(unix.F_RDLCK), "F_WRLCK": py.Int(unix.F_WRLCK), "F_UNLCK": py.Int(unix.F_UNLCK),
	})

	rusageFields := []string{"ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt", "ru_majflt",
		"ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw"}
	limit := func(v uint64) py.Object {
		if v == unix.RLIM_INFINITY {
			return py.Int(-1)
		}
		return py.Int(int64(v))
	}
	resourceArg := func(o py.Object) (int, error) {
		r, err := toInt(o, "")
		if err != nil {
			return 0, err
		}
		if r < 0 || r >= rlimNLimits {
			return 0, py.ExceptionNewf(py.ValueError, "invalid resource specified")
		}
		return r, nil
	}
	register("resource", "Resource usage limits and measurements of the process.", map[string]interface{}{
		"getrusage": func(self, who py.Object) (py.Object, error) {
			w, err := toInt(who, "")
			if err != nil {
				return nil, err
			}
			var ru unix.Rusage
			if err := unix.Getrusage(w, &ru); err != nil {
				if err == syscall.EINVAL {
					return nil, py.ExceptionNewf(py.ValueError, "invalid who parameter")
				}
				return nil, osError(err, "")
			}
			tv := func(t unix.Timeval) py.Object { return py.Float(float64(t.Sec) + float64(t.Usec)*1e-6) }
			return newStructSeq("resource.struct_rusage", rusageFields, py.Tuple{tv(ru.Utime), tv(ru.Stime),
				py.Int(ru.Maxrss), py.Int(ru.Ixrss), py.Int(ru.Idrss), py.Int(ru.Isrss), py.Int(ru.Minflt), py.Int(ru.Majflt),
				py.Int(ru.Nswap), py.Int(ru.Inblock), py.Int(ru.Oublock), py.Int(ru.Msgsnd), py.Int(ru.Msgrcv),
				py.Int(ru.Nsignals), py.Int(ru.Nvcsw), py.Int(ru.Nivcsw)}), nil
		},
		"getrlimit": func(self, res py.Object) (py.Object, error) {
			r, err := resourceArg(res)
			if err != nil {
				return nil, err
			}
			var rl unix.Rlimit
			if err := unix.Getrlimit(r, &rl); err != nil {
				return nil, osError(err, "")
			}
			return py.Tuple{limit(rl.Cur), limit(rl.Max)}, nil
		},
		"setrlimit": func(self py.Object, args py.Tuple) (py.Object, error) {
			var res, lim py.Object
			if err := py.UnpackTuple(args, nil, "setrlimit", 2, 2, &res, &lim); err != nil {
				return nil, err
			}
			r, err := resourceArg(res)
			if err != nil {
				return nil, err
			}
			t, ok := lim.(py.Tuple)
			if !ok || len(t) != 2 {
				return nil, py.ExceptionNewf(py.ValueError, "expected a tuple of 2 integers")
			}
			var vals [2]uint64
			for i, o := range t {
				n, err := toInt(o, "")
				if err != nil {
					return nil, err
				}
				if n < 0 {
					vals[i] = unix.RLIM_INFINITY
				} else {
					vals[i] = uint64(n)
				}
			}
			if err := unix.Setrlimit(r, &unix.Rlimit{Cur: vals[0], Max: vals[1]}); err != nil {
				if err == syscall.EINVAL {
					return nil, py.ExceptionNewf(py.ValueError, "current limit exceeds maximum limit")
				}
				return nil, osError(err, "")
			}
			return py.None, nil
		},
		"getpagesize": func(self py.Object) (py.Object, error) { return py.Int(unix.Getpagesize()), nil },
	}, py.StringDict{
		"RLIMIT_CPU": py.Int(unix.RLIMIT_CPU), "RLIMIT_FSIZE": py.Int(unix.RLIMIT_FSIZE), "RLIMIT_DATA": py.Int(unix.RLIMIT_DATA),
		"RLIMIT_STACK": py.Int(unix.RLIMIT_STACK), "RLIMIT_CORE": py.Int(unix.RLIMIT_CORE), "RLIMIT_NOFILE": py.Int(unix.RLIMIT_NOFILE),
		"RLIMIT_AS": py.Int(unix.RLIMIT_AS), "RLIMIT_RSS": py.Int(unix.RLIMIT_RSS), "RLIMIT_NPROC": py.Int(unix.RLIMIT_NPROC),
		"RLIMIT_MEMLOCK": py.Int(unix.RLIMIT_MEMLOCK), "RLIM_INFINITY": py.Int(-1),
		"RUSAGE_SELF": py.Int(unix.RUSAGE_SELF), "RUSAGE_CHILDREN": py.Int(unix.RUSAGE_CHILDREN), "RUSAGE_THREAD": py.Int(unix.RUSAGE_THREAD),
		"error": py.OSError,
	})
}

// rlimNLimits is Linux's RLIM_NLIMITS: resources are 0 to 15.
const rlimNLimits = 16
