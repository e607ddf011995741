package bridge

import (
	"sync"
)

// OnSiteOpen, when set, is called once per process when a script first
// opens a site (after its imports, as it starts working).
var OnSiteOpen func()

var siteOpenOnce sync.Once

// OnPackageLoad, when set, is called once per process when the pywikibot
// package first loads its config (the start of every bot script).
var OnPackageLoad func()

var packageLoadOnce sync.Once
