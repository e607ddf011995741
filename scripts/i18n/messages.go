// Package i18n holds gowikibot's own message bundles for the bundled
// scripts, in pywikibot's layout: <bundle>/<lang>.json (qqq.json documents
// each message). The files are embedded in the binary; pyshim exposes them
// to pywikibot.i18n through the module _gowikibot_i18n.
package i18n

import "embed"

// FS holds every <bundle>/<lang>.json message file.
//
//go:embed */*.json
var FS embed.FS
