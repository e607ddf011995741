package testbin

import (
	"fmt"
	"os"
	"syscall"
	"testing"

	"golang.org/x/sys/unix"
)

// OpenPTY opens a pseudo-terminal pair, closed when the test ends; without
// one the test is skipped, or fails under CI=true. The master is used
// through its RawConn, not Fd() (which would make it blocking and its read
// deadlines ineffective).
func OpenPTY(t *testing.T) (master, slave *os.File) {
	t.Helper()
	fail := func(err error) {
		if os.Getenv("CI") == "true" {
			t.Fatalf("pseudo-terminal required (CI=true): %v", err)
		}
		t.Skipf("no pseudo-terminal: %v", err)
	}
	m, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		fail(err)
	}
	rc, err := m.SyscallConn()
	if err != nil {
		m.Close()
		fail(err)
	}
	var n int
	cerr := rc.Control(func(fd uintptr) {
		if err = unix.IoctlSetPointerInt(int(fd), unix.TIOCSPTLCK, 0); err == nil {
			n, err = unix.IoctlGetInt(int(fd), unix.TIOCGPTN)
		}
	})
	if err == nil {
		err = cerr
	}
	if err != nil {
		m.Close()
		fail(err)
	}
	s, err := os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		m.Close()
		fail(err)
	}
	t.Cleanup(func() { m.Close(); s.Close() })
	return m, s
}
