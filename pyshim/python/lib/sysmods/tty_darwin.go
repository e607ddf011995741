package sysmods

import "golang.org/x/sys/unix"

// isTerminal reports whether fd is a terminal (tcgetattr succeeds).
func isTerminal(fd int) bool {
	_, err := unix.IoctlGetTermios(fd, unix.TIOCGETA)
	return err == nil
}

// terminalSize returns the window size of fd, or ok=false.
func terminalSize(fd int) (cols, rows int, ok bool) {
	ws, err := unix.IoctlGetWinsize(fd, unix.TIOCGWINSZ)
	if err != nil || ws.Col == 0 {
		return 0, 0, false
	}
	return int(ws.Col), int(ws.Row), true
}
