//go:build windows

package wikitest

import (
	"os"
	"os/exec"
	"syscall"
)

// The test wiki is run on Linux only; on Windows these let the package
// build: no process group, and the server process alone is signalled.
func ownGroup(*exec.Cmd, bool) {}

func signalGroup(pid int, sig syscall.Signal) error {
	p, err := os.FindProcess(pid)
	if err != nil {
		return err
	}
	if sig == 0 {
		return nil
	}
	return p.Kill()
}
