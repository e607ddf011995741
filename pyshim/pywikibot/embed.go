// Package pywikibot holds the Python sources of gowikibot's pywikibot
// package, laid out as pywikibot's own module tree (pywikibot/date.py is
// the module pywikibot.date, page/__init__.py the package pywikibot.page,
// tools/chars.py pywikibot.tools.chars). Register makes them importable; the Go side that runs
// them is pyshim/bridge (scripts) and pyshim/pyconfig (config and family
// files).
package pywikibot

import "embed"

// FS holds every .py file of the package, at paths relative to the package
// directory (__init__.py, date.py, page/__init__.py, ...), and the
// framework's own i18n message bundle (i18n/pywikibot/<lang>.json, in
// pywikibot's i18n layout).
//
//go:embed *.py page/*.py site/*.py tools/*.py data/*.py comms/*.py userinterfaces/*.py scripts/*.py i18n
var FS embed.FS
