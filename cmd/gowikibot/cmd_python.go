package main

import (
	"fmt"
	"os"
	"os/signal"
	"path/filepath"

	"github.com/gowikibot/gowikibot/pyshim/bridge"
	"github.com/gowikibot/gowikibot/pyshim/python"
)

func init() {
	register("python", "run a Python file in the embedded interpreter: python FILE [args]", cmdPython)
}

func cmdPython(args []string) int {
	// Global options before the file configure the pywikibot package.
	var file string
	var rest, globals []string
	for i, a := range args {
		if len(a) > 0 && a[0] == '-' && file == "" {
			globals = append(globals, a)
			continue
		}
		file, rest = a, args[i+1:]
		break
	}
	bridge.SetGlobalArgs(globals)
	if file == "" {
		fmt.Fprintln(os.Stderr, "usage: gowikibot python FILE [args]")
		return 2
	}
	return runPythonFile(file, rest, nil)
}

// runPythonFile runs file as __main__ with sys.argv = [file] + args and
// extra import paths, returning the exit status as CPython would.
func runPythonFile(file string, args []string, paths []string) int {
	if _, err := os.Stat(file); err != nil {
		fmt.Fprintf(os.Stderr, "gowikibot python: can't open file %q: %v\n", file, err)
		return 2
	}
	tuneGC()
	dir, _ := filepath.Abs(filepath.Dir(file))
	in, err := python.New(python.Options{
		Argv:  append([]string{file}, args...),
		Paths: python.SysPath(dir, paths),
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "gowikibot:", err)
		return 1
	}
	defer in.Close()
	defer handleInterrupts(in)()
	_, err = in.RunFile(file)
	bridge.CloseSites()
	return exitStatus(err)
}

// handleInterrupts delivers every Ctrl-C to the running Python code as a
// KeyboardInterrupt; the returned function stops that.
func handleInterrupts(in *python.Interp) func() {
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt)
	go func() {
		for range sig {
			python.Interrupt(in)
		}
	}()
	return func() {
		signal.Stop(sig)
		close(sig)
	}
}
