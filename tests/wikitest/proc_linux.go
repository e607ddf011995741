package wikitest

import "syscall"

// dieWithParent has the server killed when the test process dies first,
// unless it is detached.
func dieWithParent(a *syscall.SysProcAttr, detach bool) {
	if !detach {
		a.Pdeathsig = syscall.SIGKILL
	}
}
