// Package i18n holds gowikibot's own message bundles for the bundled
// scripts, in pywikibot's layout: <bundle>/<lang>.json (qqq.json documents
// each message). The files are embedded in the binary and registered with
// the pywikibot package's i18n (pyshim/bridge) when this package is linked.
package i18n

import (
	"embed"

	"github.com/gowikibot/gowikibot/pyshim/bridge"
)

// FS holds every <bundle>/<lang>.json message file.
//
//go:embed */*.json
var FS embed.FS

func init() { bridge.RegisterMessages(FS) }
