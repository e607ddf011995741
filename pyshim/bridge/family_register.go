package bridge

import (
	"path/filepath"

	"github.com/go-python/gpython/py"
)

// setFamilyFile registers args[1] (a family file's path or an API URL) as
// the family named args[0], as a script's `config.family_files[name] =
// path` does in pywikibot, whose Family.load reads config.family_files at
// each load. The Go core read family_files once, from user-config.py; a
// family a script registered at run time was unknown to it
// (UnknownFamilyError in pywikibot.Site). The entry is kept across config
// reloads (handle_args).
func (b *bridge) setFamilyFile(args []py.Object) (py.Object, error) {
	name, path := str(args[0]), str(args[1])
	if path != "" && !isURL(path) && !filepath.IsAbs(path) {
		if abs, err := filepath.Abs(path); err == nil {
			path = abs
		}
	}
	state.mu.Lock()
	defer state.mu.Unlock()
	if state.extraFamilies == nil {
		state.extraFamilies = map[string]string{}
	}
	state.extraFamilies[name] = path
	if state.cfg != nil {
		state.cfg.FamilyFiles[name] = path
	}
	return py.None, nil
}

func isURL(s string) bool {
	return len(s) > 7 && (s[:7] == "http://" || (len(s) > 8 && s[:8] == "https://"))
}
