// Package pyconfig evaluates pywikibot's Python configuration with the
// embedded interpreter: user-config.py (run as pywikibot runs it: the whole
// interpreter and standard library, with `from pywikibot import config`
// bound to the config being built) and family files (*_family.py, which
// import the same pywikibot package sources scripts see: pywikibot.family,
// pywikibot.tools, ...).
//
// The data model (userconfig.Config, family.Static) needs no Python;
// linking this package (import _ "github.com/gowikibot/gowikibot/pyshim/pyconfig")
// registers its evaluators with userconfig.RegisterEvaluator and
// family.RegisterPyLoader. It also holds the one converter from Go config
// values to Python objects (ToPy, used by the script bridge too) and back
// (FromPy), and Repr, the interpreter's repr() of a Go value.
package pyconfig

import (
	"github.com/gowikibot/gowikibot/family"
	"github.com/gowikibot/gowikibot/pyshim/pywikibot"
	"github.com/gowikibot/gowikibot/userconfig"
)

func init() {
	pywikibot.Register()
	userconfig.RegisterEvaluator(evalUserConfig)
	family.RegisterPyLoader(newFamilyLoader)
}
