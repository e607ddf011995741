//go:build !linux && !darwin

package sysmods

import "os"

// statTimesSys: elsewhere only the modification time is known (os.stat
// reports it for all three).
func statTimesSys(os.FileInfo) (t [3]float64, ok bool) { return t, false }
