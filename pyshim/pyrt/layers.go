package pyrt

import (
	"github.com/gowikibot/gowikibot/pyshim/pyrt/classes"
	"github.com/gowikibot/gowikibot/pyshim/pyrt/lib/pyre"
	"github.com/gowikibot/gowikibot/pyshim/pyrt/lib/sysmods"
	"github.com/gowikibot/gowikibot/pyshim/pyrt/lib/textmods"
	"github.com/gowikibot/gowikibot/pyshim/pyrt/methods"
	"github.com/gowikibot/gowikibot/pyshim/pyrt/prepass"
	"github.com/gowikibot/gowikibot/pyshim/pyrt/pyobj"
)

// The compatibility layers, installed into every new context in this order.
func init() {
	AddInstaller(pyobj.Install)
	AddInstaller(classes.Install)
	AddInstaller(methods.Install)
	AddInstaller(prepass.Install)
	AddInstaller(pyre.Install)
	AddInstaller(textmods.Install)
	AddInstaller(sysmods.Install)
}
