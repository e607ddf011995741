package sysmods

import (
	"runtime"
	"strings"

	"github.com/go-python/gpython/py"
)

func platformInit() {
	registerLazy("platform", "This module tries to retrieve as much platform-identifying data as possible.", platformModule)
}

// platformModule makes the platform module (on first import: uname is a
// system call).
func platformModule() (map[string]interface{}, py.StringDict) {
	system := strings.ToUpper(runtime.GOOS[:1]) + runtime.GOOS[1:]
	str0 := func(v string) func(self py.Object) (py.Object, error) {
		return func(self py.Object) (py.Object, error) { return py.String(v), nil }
	}
	node, release, machine := uname()
	return map[string]interface{}{
		"system":                str0(system),
		"node":                  str0(node),
		"release":               str0(release),
		"machine":               str0(machine),
		"processor":             str0(machine),
		"python_version":        str0("3.11.2"),
		"python_implementation": str0("CPython"),
		"python_version_tuple": func(self py.Object) (py.Object, error) {
			return py.Tuple{py.String("3"), py.String("11"), py.String("2")}, nil
		},
		"platform": str0(system + "-" + release + "-" + machine + "-with-gowikibot"),
		"version":  str0(""),
		"uname": func(self py.Object) (py.Object, error) {
			return py.Tuple{py.String(system), py.String(node), py.String(release), py.String(""), py.String(machine)}, nil
		},
	}, nil
}
