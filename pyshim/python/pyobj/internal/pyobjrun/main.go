// Command pyobjrun runs a Python file on bare gpython plus the pyobj layer
// only. It is a development aid for testing pyobj while the rest of the
// compatibility layer changes.
package main

import (
	"fmt"
	"os"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib"

	"github.com/gowikibot/gowikibot/pyshim/python/pyobj"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: pyobjrun FILE")
		os.Exit(2)
	}
	src, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	opts := py.DefaultContextOpts()
	opts.SysArgs = os.Args[1:]
	ctx := py.NewContext(opts)
	if err := pyobj.Install(ctx); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	code, err := py.Compile(string(src), os.Args[1], py.ExecMode, 0, true)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	_, err = py.RunCode(ctx, code, os.Args[1], nil)
	if err != nil {
		py.TracebackDump(err)
		os.Exit(1)
	}
}
