package sysmods

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/go-python/gpython/py"
)

func copyFile(src, dst string, mode bool) (string, error) {
	if st, err := os.Stat(dst); err == nil && st.IsDir() {
		dst = filepath.Join(dst, filepath.Base(src))
	}
	in, err := os.Open(src)
	if err != nil {
		return "", osError(err, src)
	}
	defer in.Close()
	st, err := in.Stat()
	if err != nil {
		return "", osError(err, src)
	}
	if st.IsDir() {
		return "", osError(syscall.EISDIR, src)
	}
	out, err := os.Create(dst)
	if err != nil {
		return "", osError(err, dst)
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return "", osError(err, dst)
	}
	if err := out.Close(); err != nil {
		return "", osError(err, dst)
	}
	if mode {
		_ = os.Chmod(dst, st.Mode().Perm())
	}
	return dst, nil
}

func copyTree(src, dst string) error {
	if _, err := os.Stat(dst); err == nil {
		return osError(syscall.EEXIST, dst)
	}
	return filepath.Walk(src, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return osError(err, p)
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if info.IsDir() {
			if err := os.MkdirAll(target, info.Mode().Perm()); err != nil {
				return osError(err, target)
			}
			return nil
		}
		_, err = copyFile(p, target, true)
		return err
	})
}

func shutilInit() {
	two := func(name string, fn func(a, b string) (py.Object, error)) func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if len(args) != 2 {
				return nil, py.ExceptionNewf(py.TypeError, "%s() missing required arguments", name)
			}
			a, err := fspath(args[0])
			if err != nil {
				return nil, err
			}
			b, err := fspath(args[1])
			if err != nil {
				return nil, err
			}
			return fn(a, b)
		}
	}
	register("shutil", "Utility functions for copying and archiving files and directory trees.", map[string]interface{}{
		"copyfile": two("copyfile", func(a, b string) (py.Object, error) {
			_, err := copyFile(a, b, false)
			return py.String(b), err
		}),
		"copy": two("copy", func(a, b string) (py.Object, error) {
			d, err := copyFile(a, b, true)
			return py.String(d), err
		}),
		"copy2": two("copy2", func(a, b string) (py.Object, error) {
			d, err := copyFile(a, b, true)
			return py.String(d), err
		}),
		"copytree": two("copytree", func(a, b string) (py.Object, error) { return py.String(b), copyTree(a, b) }),
		"move": two("move", func(a, b string) (py.Object, error) {
			if st, err := os.Stat(b); err == nil && st.IsDir() {
				b = filepath.Join(b, filepath.Base(a))
			}
			if err := os.Rename(a, b); err != nil {
				return nil, osError(err, a)
			}
			return py.String(b), nil
		}),
		"rmtree": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var p, ignore, onerr py.Object = nil, py.False, py.None
			if err := py.ParseTupleAndKeywords(args, kwargs, "O|OO:rmtree", []string{"path", "ignore_errors", "onerror"}, &p, &ignore, &onerr); err != nil {
				return nil, err
			}
			s, err := fspath(p)
			if err != nil {
				return nil, err
			}
			ig, _ := boolOf(ignore)
			if _, err := os.Lstat(s); err != nil {
				if ig {
					return py.None, nil
				}
				return nil, osError(err, s)
			}
			if err := os.RemoveAll(s); err != nil && !ig {
				return nil, osError(err, s)
			}
			return py.None, nil
		},
		"which": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var c, mode, path py.Object = nil, py.None, py.None
			if err := py.ParseTupleAndKeywords(args, kwargs, "O|OO:which", []string{"cmd", "mode", "path"}, &c, &mode, &path); err != nil {
				return nil, err
			}
			s, err := fspath(c)
			if err != nil {
				return nil, err
			}
			dirs := os.Getenv("PATH")
			if ps, ok := path.(py.String); ok {
				dirs = string(ps)
			}
			check := func(p string) bool {
				st, err := os.Stat(p)
				return err == nil && !st.IsDir() && st.Mode()&0o111 != 0
			}
			if strings.Contains(s, "/") {
				if check(s) {
					return py.String(s), nil
				}
				return py.None, nil
			}
			for _, d := range filepath.SplitList(dirs) {
				if d == "" {
					continue
				}
				p := filepath.Join(d, s)
				if check(p) {
					return py.String(p), nil
				}
			}
			return py.None, nil
		},
		"copyfileobj": shutilCopyFileObj,
		"disk_usage": func(self, p py.Object) (py.Object, error) {
			s, err := fspath(p)
			if err != nil {
				return nil, err
			}
			total, used, free, err := diskUsage(s)
			if err != nil {
				return nil, osError(err, s)
			}
			return py.Tuple{py.Int(total), py.Int(used), py.Int(free)}, nil
		},
	}, py.StringDict{"Error": py.OSError})
	extendModule("shutil", map[string]interface{}{
		"make_archive":        pyDelegate("_gwb_archive", "make_archive"),
		"unpack_archive":      pyDelegate("_gwb_archive", "unpack_archive"),
		"get_archive_formats": pyDelegate("_gwb_archive", "get_archive_formats"),
		"get_unpack_formats":  pyDelegate("_gwb_archive", "get_unpack_formats"),
	}, nil)
}
