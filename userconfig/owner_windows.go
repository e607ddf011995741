//go:build windows

package userconfig

import "os"

// fileOwner: Windows files have no Unix owner, so pywikibot's check that
// user-config.py belongs to the user is skipped there.
func fileOwner(os.FileInfo) (uid int, ok bool) { return 0, false }
