//go:build unix

// Unix signals only: on Windows this is left out of the build (gowikibot is
// tested on Linux; it builds for Windows).

package gomods

import (
	"syscall"

	"github.com/go-python/gpython/py"
	"github.com/gowikibot/gowikibot/pyshim/python/lazymod"
	"github.com/gowikibot/gowikibot/pyshim/python/lib/sysmods"
)

// os.kill and os.killpg, which signal and subprocess users need.
func init() {
	impl := lazymod.ModuleImpl("os")
	if impl == nil {
		return
	}
	sig := func(name string, fn func(int, syscall.Signal) error) *py.Method {
		return py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
			var po, so py.Object
			if err := py.UnpackTuple(args, nil, name, 2, 2, &po, &so); err != nil {
				return nil, err
			}
			pid, err := toInt(po)
			if err != nil {
				return nil, err
			}
			n, err := toInt(so)
			if err != nil {
				return nil, err
			}
			if err := fn(pid, syscall.Signal(n)); err != nil {
				return nil, sysmods.OSError(err, "")
			}
			return py.None, nil
		}, 0, "Send a signal to a process ("+name+").")
	}
	for _, m := range impl.Methods {
		if m.Name == "kill" || m.Name == "killpg" {
			return // provided elsewhere
		}
	}
	impl.Methods = append(impl.Methods, sig("kill", syscall.Kill), sig("killpg", func(p int, s syscall.Signal) error { return syscall.Kill(-p, s) }))
}
