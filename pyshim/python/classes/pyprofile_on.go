//go:build pyprofile

package classes

// A diagnostic build (go build -tags pyprofile): GOWIKIBOT_PYPROFILE=FILE
// counts the calls of every Python function run through EvalFramed and
// their inclusive and own time, and rewrites FILE with the table every
// half second (sorted by own time). Not for production builds: it takes
// two clock readings per call.

import (
	"fmt"
	"os"
	"sort"
	"sync"
	"time"

	"github.com/go-python/gpython/py"
)

const pyProfiling = true

type pyProfStat struct {
	calls     int
	incl, own time.Duration
}

type pyProfFrame struct {
	code  *py.Code
	start time.Time
	child time.Duration
}

var pyProf struct {
	sync.Mutex
	path  string
	stats map[*py.Code]*pyProfStat
	stack []pyProfFrame
}

func init() {
	pyProf.path = os.Getenv("GOWIKIBOT_PYPROFILE")
	pyProf.stats = map[*py.Code]*pyProfStat{}
	if pyProf.path == "" {
		return
	}
	go func() {
		for {
			time.Sleep(500 * time.Millisecond)
			pyProfileWrite()
		}
	}()
}

func pyProfileEnter(code *py.Code) {
	if pyProf.path == "" || stackOf() != mainStack {
		return
	}
	pyProf.Lock()
	pyProf.stack = append(pyProf.stack, pyProfFrame{code: code, start: time.Now()})
	pyProf.Unlock()
}

func pyProfileExit() {
	if pyProf.path == "" || stackOf() != mainStack {
		return
	}
	pyProf.Lock()
	defer pyProf.Unlock()
	n := len(pyProf.stack)
	if n == 0 {
		return
	}
	f := pyProf.stack[n-1]
	pyProf.stack = pyProf.stack[:n-1]
	d := time.Since(f.start)
	s := pyProf.stats[f.code]
	if s == nil {
		s = &pyProfStat{}
		pyProf.stats[f.code] = s
	}
	s.calls++
	s.incl += d
	s.own += d - f.child
	if n > 1 {
		pyProf.stack[n-2].child += d
	}
}

func pyProfileWrite() {
	pyProf.Lock()
	type row struct {
		name string
		pyProfStat
	}
	rows := make([]row, 0, len(pyProf.stats))
	for c, s := range pyProf.stats {
		rows = append(rows, row{fmt.Sprintf("%s:%d %s", c.Filename, c.Firstlineno, c.Name), *s})
	}
	pyProf.Unlock()
	sort.Slice(rows, func(i, j int) bool { return rows[i].own > rows[j].own })
	f, err := os.Create(pyProf.path)
	if err != nil {
		return
	}
	defer f.Close()
	fmt.Fprintf(f, "%10s %10s %10s  %s\n", "calls", "own ms", "incl ms", "function")
	for _, r := range rows {
		fmt.Fprintf(f, "%10d %10.2f %10.2f  %s\n", r.calls, float64(r.own)/1e6, float64(r.incl)/1e6, r.name)
	}
}
