package sysmods

import (
	"os"
	"runtime"
	"strconv"
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
		"architecture": func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			linkage := ""
			if runtime.GOOS == "linux" {
				linkage = "ELF"
			}
			return py.Tuple{py.String(strconv.Itoa(strconv.IntSize) + "bit"), py.String(linkage)}, nil
		},
		// a static Go binary links no C library
		"libc_ver": func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			return py.Tuple{py.String(""), py.String("")}, nil
		},
		"python_compiler": str0("Go " + strings.TrimPrefix(runtime.Version(), "go")),
		"python_build": func(self py.Object) (py.Object, error) {
			return py.Tuple{py.String("main"), py.String("")}, nil
		},
		"python_branch":   str0(""),
		"python_revision": str0(""),
		"win32_ver": func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			return py.Tuple{py.String(""), py.String(""), py.String(""), py.String("")}, nil
		},
		"mac_ver": func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			return py.Tuple{py.String(""), py.Tuple{py.String(""), py.String(""), py.String("")}, py.String("")}, nil
		},
		"freedesktop_os_release": func(self py.Object) (py.Object, error) {
			for _, f := range []string{"/etc/os-release", "/usr/lib/os-release"} {
				data, err := os.ReadFile(f)
				if err != nil {
					continue
				}
				return osRelease(string(data)), nil
			}
			return nil, py.ExceptionNewf(py.OSError, "[Errno 2] No such file or directory: '/etc/os-release'")
		},
	}, nil
}

// osRelease parses an os-release file as platform.freedesktop_os_release:
// NAME=value lines (values unquoted), with NAME, ID and PRETTY_NAME
// defaulting to "Linux", "linux" and "Linux".
func osRelease(text string) py.Object {
	d := py.StringDict{"NAME": py.String("Linux"), "ID": py.String("linux"), "PRETTY_NAME": py.String("Linux")}
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		k, v, ok := strings.Cut(line, "=")
		if !ok || strings.HasPrefix(line, "#") || k == "" {
			continue
		}
		if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') && v[len(v)-1] == v[0] {
			v = v[1 : len(v)-1]
			v = strings.NewReplacer(`\\`, `\`, `\"`, `"`, `\'`, `'`, `\$`, `$`, "\\`", "`").Replace(v)
		}
		d[k] = py.String(v)
	}
	return d
}
