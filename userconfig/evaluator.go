package userconfig

import (
	"errors"
	"fmt"
	"io"
	"sync"
)

// PyInput is what an Evaluator needs to run a user-config.py as pywikibot
// does.
type PyInput struct {
	// Path is the file; Source its text.
	Path, Source string
	// FileName is the config file's base name (user-config.py or -config:).
	FileName string
	// BaseDir, Cwd and Home are the directories of this load.
	BaseDir, Cwd, Home string
	// Stdout and Stderr receive what the file prints.
	Stdout, Stderr io.Writer
	// FamilyFiles is family_files before the file runs (the families
	// folder of the base directory).
	FamilyFiles map[string]string
	// RegisterFamiliesFolder is config.register_families_folder: it adds
	// the <name>_family.py files of folder and returns family_files as it
	// then is.
	RegisterFamiliesFolder func(folder string, notExistsOK bool) (map[string]string, error)
}

// PyGlobal is one global name user-config.py left behind.
type PyGlobal struct {
	Name string
	// Value is the value as a Go value: nil, bool, int64, *big.Int,
	// float64, string, Tuple, []any or map[string]any (see Config.Vars).
	Value any
	// Type is the Python type name (type(value).__name__).
	Type string
	// Code is "function", "class", "module" or "object" when the value is
	// code or an object that is not data ("" for data).
	Code string
}

// Evaluator runs a user-config.py and returns its globals: the names the
// file bound in the order it first bound them (the order of a CPython
// dict's keys, which pywikibot's warnings follow), then the others.
// Python errors are returned as *ConfigError (file, line, traceback).
type Evaluator func(in *PyInput) ([]PyGlobal, error)

var (
	evalMu    sync.RWMutex
	evaluator Evaluator
)

// RegisterEvaluator installs the evaluator of user-config.py files. The
// package github.com/gowikibot/gowikibot/pyshim/pyconfig registers the
// embedded interpreter's when it is linked; programs without it can still
// read gowikibot.ini and pass a Config built in Go.
func RegisterEvaluator(e Evaluator) {
	evalMu.Lock()
	evaluator = e
	evalMu.Unlock()
}

func registeredEvaluator() Evaluator {
	evalMu.RLock()
	defer evalMu.RUnlock()
	return evaluator
}

// ErrNoEvaluator is the error (wrapped in a *ConfigError) when a
// user-config.py is found but no Python evaluator is linked.
var ErrNoEvaluator = errors.New("reading a Python config file needs gowikibot's Python evaluator, which this program does not include " +
	"(link it with: import _ \"github.com/gowikibot/gowikibot/pyshim/pyconfig\"), " +
	"or convert the file with \"gowikibot config migrate\" to gowikibot.ini, which needs no Python")

// noEvaluatorError names the file that could not be read.
func noEvaluatorError(path string) error {
	return &ConfigError{File: path, Msg: ErrNoEvaluator.Error(), Err: ErrNoEvaluator}
}

// Unwrap returns the underlying error, if any.
func (e *ConfigError) Unwrap() error { return e.Err }

// describe renders a PyGlobal of code for Config.Unconvertible.
func (g PyGlobal) describe() string { return fmt.Sprintf("%s (%s)", g.Name, g.Code) }
