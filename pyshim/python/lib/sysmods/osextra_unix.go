//go:build unix

package sysmods

import (
	"os"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"
)

// The os functions of CPython's posix module that scripts use and the
// Go-written os lacked: getlogin, uname, times, the process's ids,
// strerror, getloadavg, umask, truncate, fsync, isatty, chown, renames,
// get_exec_path, popen (our Python, _gwb_popen, over subprocess) and the
// O_* flags.
func init() {
	start := time.Now()
	intFn := func(f func() int) func(self py.Object) (py.Object, error) {
		return func(self py.Object) (py.Object, error) { return py.Int(f()), nil }
	}
	extendModule("os", map[string]interface{}{
		"getlogin": func(self py.Object) (py.Object, error) {
			name, err := getlogin()
			if err != nil {
				return nil, osError(err, "")
			}
			return py.String(name), nil
		},
		"uname": func(self py.Object) (py.Object, error) {
			var u unix.Utsname
			if err := unix.Uname(&u); err != nil {
				return nil, osError(err, "")
			}
			s := func(b []byte) py.Object { return py.String(unix.ByteSliceToString(b)) }
			return newStructSeq("posix.uname_result", []string{"sysname", "nodename", "release", "version", "machine"},
				py.Tuple{s(u.Sysname[:]), s(u.Nodename[:]), s(u.Release[:]), s(u.Version[:]), s(u.Machine[:])}), nil
		},
		"times": func(self py.Object) (py.Object, error) {
			var self_, children syscall.Rusage
			_ = syscall.Getrusage(syscall.RUSAGE_SELF, &self_)
			_ = syscall.Getrusage(syscall.RUSAGE_CHILDREN, &children)
			sec := func(t syscall.Timeval) py.Object {
				return py.Float(float64(t.Sec) + float64(t.Usec)/1e6)
			}
			return newStructSeq("posix.times_result", []string{"user", "system", "children_user", "children_system", "elapsed"},
				py.Tuple{sec(self_.Utime), sec(self_.Stime), sec(children.Utime), sec(children.Stime),
					py.Float(time.Since(start).Seconds())}), nil
		},
		"getgid":  intFn(os.Getgid),
		"getegid": intFn(os.Getegid),
		"geteuid": intFn(os.Geteuid),
		"getpgrp": intFn(syscall.Getpgrp),
		"getpgid": func(self, arg py.Object) (py.Object, error) {
			pid, err := toInt(arg, "")
			if err != nil {
				return nil, err
			}
			g, err := syscall.Getpgid(int(pid))
			if err != nil {
				return nil, osError(err, "")
			}
			return py.Int(g), nil
		},
		"getsid": func(self, arg py.Object) (py.Object, error) {
			pid, err := toInt(arg, "")
			if err != nil {
				return nil, err
			}
			s, err := unix.Getsid(int(pid))
			if err != nil {
				return nil, osError(err, "")
			}
			return py.Int(s), nil
		},
		"strerror": func(self, arg py.Object) (py.Object, error) {
			n, err := toInt(arg, "")
			if err != nil {
				return nil, err
			}
			if n == 0 {
				return py.String("Success"), nil
			}
			if n < 0 || n >= 134 {
				return py.String("Unknown error " + strconv.Itoa(int(n))), nil
			}
			return py.String(errnoMessage(syscall.Errno(n))), nil
		},
		"getloadavg": func(self py.Object) (py.Object, error) {
			data, err := os.ReadFile("/proc/loadavg")
			f := strings.Fields(string(data))
			if err != nil || len(f) < 3 {
				return nil, py.ExceptionNewf(py.OSError, "Load averages are unobtainable")
			}
			out := make(py.Tuple, 3)
			for i := range out {
				v, _ := strconv.ParseFloat(f[i], 64)
				out[i] = py.Float(v)
			}
			return out, nil
		},
		"umask": func(self, arg py.Object) (py.Object, error) {
			m, err := toInt(arg, "")
			if err != nil {
				return nil, err
			}
			return py.Int(syscall.Umask(int(m))), nil
		},
		"truncate": func(self py.Object, args py.Tuple) (py.Object, error) {
			var p, n py.Object
			if err := py.UnpackTuple(args, nil, "truncate", 2, 2, &p, &n); err != nil {
				return nil, err
			}
			size, err := toInt(n, "")
			if err != nil {
				return nil, err
			}
			if fd, ok := p.(py.Int); ok {
				if err := syscall.Ftruncate(int(fd), int64(size)); err != nil {
					return nil, osError(err, "")
				}
				return py.None, nil
			}
			s, err := fspath(p)
			if err != nil {
				return nil, err
			}
			if err := os.Truncate(s, int64(size)); err != nil {
				return nil, osError(err, s)
			}
			return py.None, nil
		},
		"fsync": func(self, arg py.Object) (py.Object, error) {
			fd, err := fdOf(arg)
			if err != nil {
				return nil, err
			}
			if err := unix.Fsync(fd); err != nil {
				return nil, osError(err, "")
			}
			return py.None, nil
		},
		"isatty": func(self, arg py.Object) (py.Object, error) {
			fd, err := toInt(arg, "")
			if err != nil {
				return nil, err
			}
			return py.NewBool(isTerminal(int(fd))), nil
		},
		"chown": func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			var p, u, g py.Object
			if err := py.ParseTupleAndKeywords(args, kw, "OOO:chown", []string{"path", "uid", "gid"}, &p, &u, &g); err != nil {
				return nil, err
			}
			s, err := fspath(p)
			if err != nil {
				return nil, err
			}
			uid, err := toInt(u, "")
			if err != nil {
				return nil, err
			}
			gid, err := toInt(g, "")
			if err != nil {
				return nil, err
			}
			if err := os.Chown(s, int(uid), int(gid)); err != nil {
				return nil, osError(err, s)
			}
			return py.None, nil
		},
		"renames": func(self py.Object, args py.Tuple) (py.Object, error) {
			a, err := pathArgs(args, "renames", 2, 2)
			if err != nil {
				return nil, err
			}
			if head := filepath.Dir(a[1]); head != "." && head != "/" {
				if err := os.MkdirAll(head, 0o777); err != nil {
					return nil, osError(err, head)
				}
			}
			if err := os.Rename(a[0], a[1]); err != nil {
				return nil, osError(err, a[0])
			}
			// prune the old path's now empty directories, as removedirs
			for head := filepath.Dir(a[0]); head != "." && head != "/"; head = filepath.Dir(head) {
				if syscall.Rmdir(head) != nil {
					break
				}
			}
			return py.None, nil
		},
		"get_exec_path": func(self py.Object, args py.Tuple) (py.Object, error) {
			path, ok := os.LookupEnv("PATH")
			if !ok {
				path = "/bin:/usr/bin"
			}
			var out []py.Object
			for _, d := range strings.Split(path, ":") {
				out = append(out, py.String(d))
			}
			return py.NewListFromItems(out), nil
		},
		"popen": pyDelegate("_gwb_popen", "popen"),
	}, py.StringDict{
		"DirEntry":    DirEntryType,
		"O_RDONLY":    py.Int(os.O_RDONLY),
		"O_WRONLY":    py.Int(os.O_WRONLY),
		"O_RDWR":      py.Int(os.O_RDWR),
		"O_APPEND":    py.Int(os.O_APPEND),
		"O_CREAT":     py.Int(os.O_CREATE),
		"O_EXCL":      py.Int(os.O_EXCL),
		"O_TRUNC":     py.Int(os.O_TRUNC),
		"O_SYNC":      py.Int(os.O_SYNC),
		"O_NONBLOCK":  py.Int(syscall.O_NONBLOCK),
		"O_NOCTTY":    py.Int(syscall.O_NOCTTY),
		"O_CLOEXEC":   py.Int(syscall.O_CLOEXEC),
		"O_DIRECTORY": py.Int(syscall.O_DIRECTORY),
		"O_NOFOLLOW":  py.Int(syscall.O_NOFOLLOW),
	})
}

// fdOf is the file descriptor arg is or has (fileno()).
func fdOf(arg py.Object) (int, error) {
	if n, ok := arg.(py.Int); ok {
		return int(n), nil
	}
	f, err := py.GetAttrString(arg, "fileno")
	if err != nil {
		return 0, py.ExceptionNewf(py.TypeError, "argument must be an int, or have a fileno() method.")
	}
	r, err := py.Call(f, nil, nil)
	if err != nil {
		return 0, err
	}
	n, ok := r.(py.Int)
	if !ok {
		return 0, py.ExceptionNewf(py.TypeError, "fileno() returned a non-integer")
	}
	return int(n), nil
}

// getlogin is glibc's getlogin(3): the user of the process's login uid
// (/proc/self/loginuid), else the user utmp records on standard input's
// terminal, else ENXIO.
func getlogin() (string, error) {
	if data, err := os.ReadFile("/proc/self/loginuid"); err == nil {
		if uid := strings.TrimSpace(string(data)); uid != "" && uid != "4294967295" {
			if u, err := user.LookupId(uid); err == nil {
				return u.Username, nil
			}
		}
	}
	tty, err := os.Readlink("/proc/self/fd/0")
	if err != nil || !strings.HasPrefix(tty, "/dev/") {
		return "", syscall.ENXIO
	}
	line := strings.TrimPrefix(tty, "/dev/")
	utmp, err := os.ReadFile("/var/run/utmp")
	if err != nil {
		return "", syscall.ENXIO
	}
	// struct utmp (glibc, 384 bytes): ut_type (short) at 0, ut_line at
	// 8, ut_user at 44, 32 bytes each; USER_PROCESS is 7
	for off := 0; off+384 <= len(utmp); off += 384 {
		rec := utmp[off : off+384]
		if rec[0] != 7 || rec[1] != 0 {
			continue
		}
		if unix.ByteSliceToString(rec[8:40]) == line {
			return unix.ByteSliceToString(rec[44:76]), nil
		}
	}
	return "", syscall.ENXIO
}
