package python

import (
	"github.com/gowikibot/gowikibot/pyshim/python/classes"
	"github.com/gowikibot/gowikibot/pyshim/python/coro"
	"github.com/gowikibot/gowikibot/pyshim/python/lib/gomods"
	"github.com/gowikibot/gowikibot/pyshim/python/lib/pyre"
	"github.com/gowikibot/gowikibot/pyshim/python/lib/sysmods"
	"github.com/gowikibot/gowikibot/pyshim/python/lib/textmods"
	"github.com/gowikibot/gowikibot/pyshim/python/methods"
	"github.com/gowikibot/gowikibot/pyshim/python/prepass"
	"github.com/gowikibot/gowikibot/pyshim/python/pyobj"
)

// The compatibility layers, installed into every new context in this order.
func init() {
	gomods.FormatTraceback = FormatTraceback
	AddInstaller(pyobj.Install)
	AddInstaller(classes.Install)
	AddInstaller(methods.Install)
	AddInstaller(prepass.Install)
	AddInstaller(coro.Install)
	AddInstaller(pyre.Install)
	AddInstaller(textmods.Install)
	AddInstaller(sysmods.Install)
}
