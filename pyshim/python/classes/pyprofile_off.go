//go:build !pyprofile

package classes

import "github.com/go-python/gpython/py"

// pyProfiling is true in builds with the pyprofile tag (pyprofile_on.go).
const pyProfiling = false

func pyProfileEnter(*py.Code) {}
func pyProfileExit()          {}
