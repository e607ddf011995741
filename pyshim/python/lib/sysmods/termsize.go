package sysmods

import (
	"fmt"
	"os"
	"strconv"
	"syscall"

	"github.com/go-python/gpython/py"
)

// TerminalSizeType is os.terminal_size.
var TerminalSizeType = py.NewType("os.terminal_size", "A tuple of (columns, lines) for holding terminal window size")

// TerminalSize is os.terminal_size(columns, lines).
type TerminalSize struct{ cols, lines int }

// Type returns TerminalSizeType.
func (t *TerminalSize) Type() *py.Type { return TerminalSizeType }

func (t *TerminalSize) tuple() py.Tuple { return py.Tuple{py.Int(t.cols), py.Int(t.lines)} }

// M__repr__ is os.terminal_size(columns=80, lines=24).
func (t *TerminalSize) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("os.terminal_size(columns=%d, lines=%d)", t.cols, t.lines)), nil
}

// M__getitem__ indexes the pair.
func (t *TerminalSize) M__getitem__(k py.Object) (py.Object, error) { return t.tuple().M__getitem__(k) }

// M__len__ is 2.
func (t *TerminalSize) M__len__() (py.Object, error) { return py.Int(2), nil }

// M__iter__ iterates the pair.
func (t *TerminalSize) M__iter__() (py.Object, error) { return py.NewIterator(t.tuple()), nil }

// M__eq__ compares as a tuple.
func (t *TerminalSize) M__eq__(o py.Object) (py.Object, error) {
	if w, ok := o.(*TerminalSize); ok {
		o = w.tuple()
	}
	return t.tuple().M__eq__(o)
}

func termSizeInit() {
	TerminalSizeType.Dict["columns"] = getter(func(self py.Object) (py.Object, error) { return py.Int(self.(*TerminalSize).cols), nil })
	TerminalSizeType.Dict["lines"] = getter(func(self py.Object) (py.Object, error) { return py.Int(self.(*TerminalSize).lines), nil })
	extendModule("os", map[string]interface{}{
		"get_terminal_size": func(self py.Object, args py.Tuple) (py.Object, error) {
			fd := 1
			if len(args) > 0 {
				n, err := toInt(args[0], "")
				if err != nil {
					return nil, err
				}
				fd = n
			}
			c, r, ok := terminalSize(fd)
			if !ok {
				return nil, osError(syscall.ENOTTY, "")
			}
			return &TerminalSize{c, r}, nil
		},
	}, py.StringDict{"terminal_size": TerminalSizeType})
	extendModule("shutil", map[string]interface{}{
		"get_terminal_size": func(self py.Object, args py.Tuple) (py.Object, error) {
			cols, lines := 80, 24
			if len(args) > 0 {
				if fb, err := toSlice(args[0]); err == nil && len(fb) == 2 {
					cols, _ = toInt(fb[0], "")
					lines, _ = toInt(fb[1], "")
				}
			}
			envC, _ := strconv.Atoi(os.Getenv("COLUMNS"))
			envL, _ := strconv.Atoi(os.Getenv("LINES"))
			if envC <= 0 || envL <= 0 {
				if c, r, ok := terminalSize(1); ok {
					if envC <= 0 {
						envC = c
					}
					if envL <= 0 {
						envL = r
					}
				}
			}
			if envC > 0 {
				cols = envC
			}
			if envL > 0 {
				lines = envL
			}
			return &TerminalSize{cols, lines}, nil
		},
	}, nil)
}

func init() { termSizeInit() }
