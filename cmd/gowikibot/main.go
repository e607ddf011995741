// Command gowikibot is a drop-in for pywikibot's pwb.py: it reads
// user-config.py, logs in (bot passwords or OAuth) and runs bot scripts in
// an embedded Python interpreter against a Go MediaWiki client.
//
// Usage:
//
//	gowikibot [global options] COMMAND [args]
//	gowikibot [global options] SCRIPT [args]
//
// Run "gowikibot help" for the list of commands.
package main

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// command is one gowikibot subcommand.
type command struct {
	// summary is the one-line help shown by "gowikibot help".
	summary string
	// run executes the command with the arguments that follow its name and
	// returns the process exit status.
	run func(ios *ioStreams, args []string) int
}

// commands holds every subcommand; each file of this package adds its own
// in an init function.
var commands = map[string]command{}

func register(name, summary string, run func(ios *ioStreams, args []string) int) {
	if _, dup := commands[name]; dup {
		panic("gowikibot: command registered twice: " + name)
	}
	commands[name] = command{summary: summary, run: run}
}

func main() {
	os.Exit(run(systemStreams(), os.Args[1:]))
}

// run runs the command line args (without the program name) on ios and
// returns the exit status.
func run(ios *ioStreams, args []string) int {
	if len(args) == 0 {
		usage(ios.Err)
		return 2
	}
	// The first argument that does not start with '-' is the command; the
	// global options before it are passed on with the command's own.
	for i, a := range args {
		if strings.HasPrefix(a, "-") {
			continue
		}
		if cmd, ok := commands[a]; ok {
			rest := append(append([]string{}, args[:i]...), args[i+1:]...)
			return cmd.run(ios, rest)
		}
		return runNamedScript(ios, args[:i], a, args[i+1:])
	}
	usage(ios.Err)
	return 2
}

// usage prints the command list to w.
func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: gowikibot [global options] COMMAND|SCRIPT [args]\n\ncommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-24s %s\n", n, commands[n].summary)
	}
}

func init() {
	register("help", "list the commands", func(ios *ioStreams, _ []string) int { usage(ios.Out); return 0 })
}
