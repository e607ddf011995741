//go:build unix && !linux

package wikitest

import "syscall"

// dieWithParent: only Linux has a parent-death signal; elsewhere a server
// outlives a test process that is killed.
func dieWithParent(*syscall.SysProcAttr, bool) {}
