package family

import (
	"errors"
	"sync"

	"github.com/gowikibot/gowikibot/userconfig"
)

// PyLoader evaluates Python family files (*_family.py) in an interpreter
// it owns; one PyLoader serves one Registry.
type PyLoader interface {
	// Load runs the family file at path for the family name and
	// evaluates its URL methods for every code. warn receives
	// FamilyMaintenanceWarnings. Errors are *FileError or
	// *UnknownFamilyError.
	Load(name, path string, warn func(string)) (*Static, error)
	// Close releases the interpreter.
	Close()
}

// PyLoaderMaker makes a PyLoader whose family files see cfg as
// pywikibot.config (pywikibot's defaults when cfg is nil).
type PyLoaderMaker func(cfg *userconfig.Config) (PyLoader, error)

var (
	pyLoaderMu  sync.RWMutex
	newPyLoader PyLoaderMaker
)

// RegisterPyLoader installs the maker of PyLoaders. The package
// github.com/gowikibot/gowikibot/pyshim/pyconfig registers the embedded
// interpreter's when it is linked; without it, built-in families and
// AutoFamily URLs still work.
func RegisterPyLoader(fn PyLoaderMaker) {
	pyLoaderMu.Lock()
	newPyLoader = fn
	pyLoaderMu.Unlock()
}

func registeredPyLoader() PyLoaderMaker {
	pyLoaderMu.RLock()
	defer pyLoaderMu.RUnlock()
	return newPyLoader
}

// ErrNoPyLoader is the error (wrapped in a *FileError) when a Python family
// file is needed but no Python evaluator is linked.
var ErrNoPyLoader = errors.New("loading a Python family file needs gowikibot's Python evaluator, which this program does not include " +
	"(link it with: import _ \"github.com/gowikibot/gowikibot/pyshim/pyconfig\"); built-in families and family_files URLs (AutoFamily) need no Python")
