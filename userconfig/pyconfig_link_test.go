package userconfig_test

// The tests of this package read user-config.py and family files, which
// needs the Python evaluator: linking pyshim/pyconfig registers it.
import _ "github.com/gowikibot/gowikibot/pyshim/pyconfig"
