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
	"strings"
)

// command is one gowikibot subcommand.
type command struct {
	name string
	// summary is the one-line help shown by "gowikibot help".
	summary string
	// run executes the command with the arguments that follow its name and
	// returns the process exit status.
	run func(ios *ioStreams, args []string) int
}

// commandTable lists every subcommand, in the order "help" shows them
// (a function, not a variable: help's own entry refers back to it).
func commandTable() []command {
	return []command{
		{"config", "the configuration: config path | show [-json|-modified] | check | migrate [-force|-n]", cmdConfig},
		{"credentials", "the OAuth credential store: credentials [-reveal] | credentials delete HOST | credentials migrate", cmdCredentials},
		{"family", "family files: family check NAME [-lang:CODE] | family list", cmdFamily},
		{"generate_family_file", "write families/NAME_family.py for a wiki: generate_family_file URL NAME [n] [y|n]", cmdGenerateFamilyFile},
		{"generate_user_files", "write user-config.py (and a password file) as pywikibot's generate_user_files", cmdGenerateUserFiles},
		{"help", "list the commands", cmdHelp},
		{"login", "log in (bot password or main account) and keep the session: login [-logout] [-all] [-oauth]", cmdLogin},
		{"python", "the embedded Python interpreter: python [-c CODE | -m MODULE | - | FILE] [args]; no argument: interactive", cmdPython},
		{"scripts", "list the bundled scripts", cmdScripts},
		{"shell", "an interactive Python shell with pywikibot imported, as pwb.py shell: shell [-noimport] [global options]", cmdShell},
		{"version", "show gowikibot's version, the Go runtime and the config in use", cmdVersion},
		{"whoami", "show the site, the user, its groups and whether edits get the bot flag", cmdWhoami},
	}
}

// findCommand returns the command called name.
func findCommand(name string) (command, bool) {
	for _, c := range commandTable() {
		if c.name == name {
			return c, true
		}
	}
	return command{}, false
}

func main() {
	ios := systemStreams()
	stop := startProfiles(ios)
	code := run(ios, os.Args[1:])
	stop()
	os.Exit(code)
}

// run runs the command line args (without the program name) on ios and
// returns the exit status.
func run(ios *ioStreams, args []string) int {
	if len(args) == 0 {
		usage(ios.Err)
		return 2
	}
	// The program is sys.executable: Python code that runs
	// [sys.executable, "-c", code, ...] or [sys.executable, "-m", module,
	// ...] in a subprocess (pywikibot's test utilities do) gets what a
	// Python interpreter does, the python command's -c and -m.
	if args[0] == "-c" || args[0] == "-m" {
		return cmdPython(ios, args)
	}
	// The first argument that does not start with '-' is the command; the
	// global options before it are passed on with the command's own.
	for i, a := range args {
		if strings.HasPrefix(a, "-") {
			continue
		}
		if cmd, ok := findCommand(a); ok {
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
	for _, c := range commandTable() {
		fmt.Fprintf(w, "  %-24s %s\n", c.name, c.summary)
	}
}

// cmdHelp is "gowikibot help": the command list on stdout.
func cmdHelp(ios *ioStreams, _ []string) int {
	usage(ios.Out)
	return 0
}
