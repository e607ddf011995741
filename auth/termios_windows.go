//go:build windows

package auth

// On Windows gowikibot does not drive the console: stdin is treated as
// not a terminal, so a missing password is an error rather than a prompt
// (the project is tested on Linux only).
func isTerminalFd(fd int) bool { return false }

func echoOff(fd int) (restore func(), ok bool) { return nil, false }
