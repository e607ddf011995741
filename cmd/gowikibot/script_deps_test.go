package main

import (
	"path/filepath"
	"testing"
)

// A script whose third-party packages are missing is not run: pwb.py's
// lines name each missing package with its pip command, and the exit
// status is 0 (as pwb.py's); with -help, or once the package is there,
// the script runs.
func TestScriptDepsMissing(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	t.Setenv("PYWIKIBOT_DIR", "")
	saved := scriptDeps
	t.Cleanup(func() { scriptDeps = saved })
	scriptDeps = map[string][]string{
		"needs_pkg.py": {"gwb_no_such_pkg==1.2", "json", "gwb_other_missing>=2 ; python_version >= '3'"},
		"needs_one.py": {"gwb_beside"},
	}
	writeFile(t, filepath.Join(dir, "needs_pkg.py"), "print('ran')\n")
	writeFile(t, filepath.Join(dir, "needs_one.py"), "import gwb_beside\nprint('ran', gwb_beside.X)\n")

	out, errs, code := runIn(t, "", "python", "needs_pkg.py", "-arg")
	want := "No package metadata was found for gwb_no_such_pkg\n" +
		"No package metadata was found for gwb_other_missing\n" +
		"\nPackages necessary for needs_pkg.py are missing.\n" +
		"Please update required modules with:\n\n\n" +
		"    pip install \"gwb_no_such_pkg==1.2\"\n\n" +
		"    pip install \"gwb_other_missing>=2\"\n\n"
	if out != want || errs != "" || code != 0 {
		t.Errorf("missing packages: exit %d\n--- stdout\n%q\n--- want\n%q\n--- stderr\n%s", code, out, want, errs)
	}

	out, errs, code = runIn(t, "", "python", "needs_one.py")
	want = "No package metadata was found for gwb_beside\n" +
		"\nA package necessary for needs_one.py is missing.\n" +
		"Please update required module with:\n\n\n" +
		"    pip install \"gwb_beside\"\n\n"
	if out != want || code != 0 {
		t.Errorf("one missing package: exit %d\n--- stdout\n%q\n--- want\n%q\n--- stderr\n%s", code, out, want, errs)
	}

	// -help runs the script anyway (as pwb.py: its help needs no package)
	if out, errs, code = runIn(t, "", "python", "needs_pkg.py", "-help"); out != "ran\n" || code != 0 {
		t.Errorf("-help: exit %d, stdout %q, stderr %s", code, out, errs)
	}
	// a package beside the script counts as installed
	writeFile(t, filepath.Join(dir, "gwb_beside.py"), "X = 7\n")
	if out, errs, code = runIn(t, "", "python", "needs_one.py"); out != "ran 7\n" || code != 0 {
		t.Errorf("installed package: exit %d, stdout %q, stderr %s", code, out, errs)
	}
}

func TestRequirementName(t *testing.T) {
	for req, want := range map[string]string{
		"memento_client==0.6.1": "memento_client", "isbnlib": "isbnlib",
		"mwparserfromhell>=0.5.0": "mwparserfromhell", "a ; python_version < '3.8'": "a", "b[extra]": "b",
	} {
		if got := requirementName(req); got != want {
			t.Errorf("requirementName(%q) = %q, want %q", req, got, want)
		}
	}
}
