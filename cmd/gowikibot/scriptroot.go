package main

import (
	"os"
	"path/filepath"
)

// packageRoot returns the folder above the package a script file is in
// (dir holds an __init__.py: scripts/, or scripts/maintenance/ whose
// parent is a package too), or "" when dir is no package. pwb.py runs
// pywikibot's scripts with the checkout's root on sys.path, so they
// import their siblings as the package "scripts" (`from scripts.welcome
// import ...`); gowikibot puts that root at the end of the import path.
func packageRoot(dir string) string {
	root := ""
	for {
		if _, err := os.Stat(filepath.Join(dir, "__init__.py")); err != nil {
			return root
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return root
		}
		root, dir = parent, parent
	}
}

// withPackageRoot appends the package root of dir (see packageRoot) to
// paths when there is one.
func withPackageRoot(paths []string, dir string) []string {
	if root := packageRoot(dir); root != "" {
		return append(paths, root)
	}
	return paths
}
