//go:build !linux && !darwin

package sysmods

import "os"

// statTimesSys: elsewhere only the modification time is known (os.stat
// reports it for all three).
func statTimesSys(os.FileInfo) (ns [3]int64, ok bool) { return ns, false }
