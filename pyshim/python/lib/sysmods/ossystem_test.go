package sysmods

import "testing"

func TestRunSystemStatus(t *testing.T) {
	for cmd, want := range map[string]int{
		"true":           0,
		"exit 3":         3 << 8,
		"sh -c 'exit 7'": 7 << 8,
		"kill -TERM $$":  15,
		"kill -KILL $$":  9,
	} {
		if got := runSystem(cmd); got != want {
			t.Errorf("runSystem(%q) = %d, want %d", cmd, got, want)
		}
	}
}
