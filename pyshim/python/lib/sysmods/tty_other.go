//go:build !linux && !darwin

package sysmods

// isTerminal: terminals are detected on Linux and macOS only (see
// tty_linux.go); elsewhere output is treated as not a terminal.
func isTerminal(fd int) bool { return false }

// terminalSize is unknown here (os.get_terminal_size falls back).
func terminalSize(fd int) (cols, rows int, ok bool) { return 0, 0, false }
