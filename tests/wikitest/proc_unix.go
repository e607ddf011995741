//go:build unix

package wikitest

import (
	"os/exec"
	"syscall"
)

// ownGroup starts cmd in its own process group, so that Stop ends the
// server's workers too (see proc_linux.go for dying with the test).
func ownGroup(cmd *exec.Cmd, detach bool) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	dieWithParent(cmd.SysProcAttr, detach)
}

// signalGroup sends sig to the process group pgid (0: only checks that
// it exists).
func signalGroup(pgid int, sig syscall.Signal) error { return syscall.Kill(-pgid, sig) }
