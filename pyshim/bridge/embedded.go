// Package pyshim is gowikibot's pywikibot package for the embedded Python
// interpreter (pyshim/python): Python sources under pywikibot/ (embedded in
// the binary and registered as the modules pywikibot, pywikibot.page, ...)
// on top of a Go bridge module, _gowikibot, through which the Go core
// (site, auth, family, userconfig) does the HTTP, batching, throttling and
// authentication. Python-visible objects are thin.
package bridge

import "github.com/gowikibot/gowikibot/pyshim/pywikibot"

func init() {
	pywikibot.Register()
}
