package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python"
)

// scriptDeps are the third-party packages pywikibot's scripts need beyond
// the pywikibot package, by script file name, as pywikibot's setup.py
// declares them (script_deps of 7.7.3 and 9.6.3): pwb.py checks them before
// running such a script. Each entry is the requirement as pip takes it; its
// name (up to the first version operator) is the module imported.
//
// weblinkchecker.py is left out on purpose: pywikibot lists
// memento_client for it, which only its pywikibot.data.memento imports;
// gowikibot's pywikibot.data.memento does not need that package, so the
// script runs without it.
var scriptDeps = map[string][]string{
	"create_isbn_edition.py": {"isbnlib", "unidecode"},
	"commons_information.py": {"mwparserfromhell>=0.5.0"},
	"patrol.py":              {"mwparserfromhell>=0.5.0"},
}

// requirementName is the distribution (and module) name of a requirement:
// "memento_client==0.6.1" -> "memento_client".
func requirementName(req string) string {
	if i := strings.IndexAny(req, "<>=!~; ["); i >= 0 {
		return req[:i]
	}
	return req
}

// missingScriptDeps does what pwb.py does before it runs a script file:
// unless the script is asked for its help (-help, -help:...), it checks
// that each package of scriptDeps for the file is installed (importable by
// the interpreter in) and, when some are not, prints which and the pip
// command for each to out, in pwb.py's words, and reports true: the
// script is then not run and the exit status is 0, as pwb.py's.
func missingScriptDeps(in *python.Interp, out io.Writer, file string, args []string) bool {
	reqs := scriptDeps[filepath.Base(file)]
	if len(reqs) == 0 {
		return false
	}
	for _, a := range args {
		if a == "-help" || strings.HasPrefix(a, "-help:") {
			return false
		}
	}
	var missing []string
	for _, req := range reqs {
		name := requirementName(req)
		if moduleInstalled(in, name) {
			continue
		}
		missing = append(missing, req)
		fmt.Fprintf(out, "No package metadata was found for %s\n", name)
	}
	if len(missing) == 0 {
		return false
	}
	if len(missing) > 1 {
		fmt.Fprintf(out, "\nPackages necessary for %s are missing.\n", file)
		fmt.Fprint(out, "Please update required modules with:\n\n\n")
	} else {
		fmt.Fprintf(out, "\nA package necessary for %s is missing.\n", file)
		fmt.Fprint(out, "Please update required module with:\n\n\n")
	}
	for _, req := range missing {
		fmt.Fprintf(out, "    pip install \"%s\"\n\n", strings.TrimSpace(strings.SplitN(req, ";", 2)[0]))
	}
	return true
}

// moduleInstalled reports whether the interpreter finds module name
// (importlib.util.find_spec): on sys.path or among the embedded modules.
func moduleInstalled(in *python.Interp, name string) bool {
	g := py.StringDict{"__name__": py.String("__gowikibot_deps__"), "_name": py.String(name)}
	src := "import importlib.util\n_found = importlib.util.find_spec(_name) is not None\n"
	if err := in.Exec(src, "<script deps>", g); err != nil {
		// a package that cannot even be looked for is treated as there:
		// the script's own import then reports what is wrong
		return true
	}
	found, _ := g["_found"].(py.Bool)
	return bool(found)
}
