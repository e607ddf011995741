package sysmods

import (
	"embed"
	"strings"
)

//go:embed pysrc/*.py
var pySources embed.FS

// registerPySources registers every module written in Python (pysrc/NAME.py
// is module NAME; a double underscore in the file name is a dot).
func registerPySources() {
	ents, err := pySources.ReadDir("pysrc")
	if err != nil {
		panic(err)
	}
	for _, e := range ents {
		data, err := pySources.ReadFile("pysrc/" + e.Name())
		if err != nil {
			panic(err)
		}
		name := strings.ReplaceAll(strings.TrimSuffix(e.Name(), ".py"), "__", ".")
		registerSource(name, string(data))
	}
}

func init() { registerPySources() }
