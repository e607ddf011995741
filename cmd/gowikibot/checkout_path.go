package main

import (
	"os"
	"path/filepath"
)

// checkoutRoot returns the root of the pywikibot checkout that holds the
// script directory dir (a directory with pwb.py and pywikibot/ whose
// scripts/ tree contains dir), or "" when dir is not in one. pwb.py puts
// that root on sys.path, so its scripts may import each other as
// scripts.maintenance.NAME (pywikibot 8.6.0's maintenance/unidata does);
// "gowikibot python CHECKOUT/scripts/.../x.py" does the same. Our own
// pywikibot package still wins over the checkout's (embedded modules are
// found before sys.path).
func checkoutRoot(dir string) string {
	for d := dir; ; {
		parent := filepath.Dir(d)
		if parent == d {
			return ""
		}
		if filepath.Base(d) == "scripts" && isFile(filepath.Join(parent, "pwb.py")) &&
			isDir(filepath.Join(parent, "pywikibot")) {
			return parent
		}
		d = parent
	}
}

func isFile(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.Mode().IsRegular()
}

func isDir(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}
