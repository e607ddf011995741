package sysmods

import (
	"embed"
	"strings"

	"github.com/go-python/gpython/py"
	"github.com/gowikibot/gowikibot/pyshim/python/lazymod"
)

//go:embed pysrc/*.py
var pySources embed.FS

// registerPySources registers (lazily) every module written in Python (pysrc/NAME.py
// is module NAME; a double underscore in the file name is a dot, except in a
// dunder name such as __future__.py).
func registerPySources() {
	ents, err := pySources.ReadDir("pysrc")
	if err != nil {
		panic(err)
	}
	for _, e := range ents {
		file := "pysrc/" + e.Name()
		name := strings.TrimSuffix(e.Name(), ".py")
		if !strings.HasPrefix(name, "__") || !strings.HasSuffix(name, "__") {
			name = strings.ReplaceAll(name, "__", ".")
		}
		lazymod.Register(name, func() *py.ModuleImpl {
			data, err := pySources.ReadFile(file)
			if err != nil {
				panic(err) // the file was listed by ReadDir of the same FS
			}
			return sourceImpl(name, string(data))
		})
	}
}

func init() { registerPySources() }

// pySourceOf returns the source of the module written in Python named name
// (pysrc/NAME.py, a dot written as a double underscore), or "".
func pySourceOf(name string) string {
	file := name
	if !strings.HasPrefix(name, "__") || !strings.HasSuffix(name, "__") {
		file = strings.ReplaceAll(name, ".", "__")
	}
	data, err := pySources.ReadFile("pysrc/" + file + ".py")
	if err != nil {
		return ""
	}
	return string(data)
}
