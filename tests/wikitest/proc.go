package wikitest

import (
	"os/exec"
	"syscall"
)

// OwnProcessGroup starts cmd (a helper server of a test) in its own
// process group, killed with the test process where the system allows.
func OwnProcessGroup(cmd *exec.Cmd) { ownGroup(cmd, false) }

// KillProcessGroup kills the process group pgid (from OwnProcessGroup).
func KillProcessGroup(pgid int) { _ = signalGroup(pgid, syscall.SIGKILL) }
