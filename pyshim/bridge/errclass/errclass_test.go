package errclass_test

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/auth"
	"github.com/gowikibot/gowikibot/family"
	"github.com/gowikibot/gowikibot/pyshim/bridge/errclass"
	"github.com/gowikibot/gowikibot/site"
	"github.com/gowikibot/gowikibot/userconfig"
)

// corePackages are the directories (from the repository root) whose error
// types the bridge turns into pywikibot exceptions.
var corePackages = []string{"site", "auth", "family", "userconfig"}

// classes is every exported error type of the core with the pywikibot
// class it stands for.
var classes = []struct {
	err  error
	want string
}{
	{&site.APIError{Code: "badtoken"}, "APIError"},
	{&site.RetryError{Retries: 3}, "TimeoutError"},
	{&site.ServerError{Status: 502}, "ServerError"},
	{&site.SessionError{User: "U"}, "NoUsernameError"},
	{&site.PageError{}, "PageSaveRelatedError"},
	{&site.EditConflictError{}, "EditConflictError"},
	{&site.LockedPageError{}, "LockedPageError"},
	{&site.LockedNoPageError{}, "LockedNoPageError"},
	{&site.CascadeLockedPageError{}, "CascadeLockedPageError"},
	{&site.NoCreateError{}, "NoCreateError"},
	{&site.PageCreatedConflictError{}, "PageCreatedConflictError"},
	{&site.PageDeletedConflictError{}, "PageDeletedConflictError"},
	{&site.SpamblacklistError{}, "SpamblacklistError"},
	{&site.TitleblacklistError{}, "TitleblacklistError"},
	{&site.AbuseFilterDisallowedError{}, "AbuseFilterDisallowedError"},
	{&site.OtherPageSaveError{}, "OtherPageSaveError"},
	{&site.IdentityError{Msg: "x"}, "NoUsernameError"},
	{&site.HostNotFoundError{URL: "https://nosuch.example/w/api.php"}, "ConnectionError"},
	{&auth.LoginError{User: "U", Status: "Failed"}, "NoUsernameError"},
	{&family.UnknownFamilyError{Name: "nosuchfamily"}, "UnknownFamilyError"},
	{&family.UnknownSiteError{Family: "wikipedia", Code: "zz"}, "UnknownSiteError"},
	{&family.FileError{File: "f.py"}, "Error"},
	{&userconfig.NoConfigError{}, "Error"},
	{&userconfig.ConfigError{File: "user-config.py"}, "Error"},
	{&userconfig.PasswordFileError{File: "p"}, "Error"},
	{&userconfig.NoUsernameError{Family: "wikipedia", Code: "en"}, "NoUsernameError"},
}

// TestClasses checks the class of every error type, bare and wrapped, and
// that the class exists in the embedded pywikibot.exceptions.
func TestClasses(t *testing.T) {
	known := pywikibotClasses(t)
	for _, c := range classes {
		if got := errclass.Of(c.err); got != c.want {
			t.Errorf("%T: class %q, want %q", c.err, got, c.want)
		}
		if got := errclass.Of(fmt.Errorf("context: %w", c.err)); got != c.want {
			t.Errorf("wrapped %T: class %q, want %q", c.err, got, c.want)
		}
		if !known[c.want] {
			t.Errorf("%T: class %q is not defined in pyshim/pywikibot/exceptions.py", c.err, c.want)
		}
	}
	if got := errclass.Of(errors.New("plain")); got != "Error" {
		t.Errorf("a plain error: class %q, want Error", got)
	}
}

// TestEveryErrorTypeIsClassed finds every type with an Error method in the
// core packages' sources and checks that it declares PywikibotClass and,
// when exported, is in the table above: a new error type cannot silently
// become a plain pywikibot Error.
func TestEveryErrorTypeIsClassed(t *testing.T) {
	inTable := map[string]bool{}
	for _, c := range classes {
		inTable[strings.TrimPrefix(fmt.Sprintf("%T", c.err), "*")] = true
	}
	var found []string
	for _, dir := range corePackages {
		errs, classed := methodsOf(t, filepath.Join("..", "..", "..", dir))
		for typ := range errs {
			found = append(found, dir+"."+typ)
			if !classed[typ] {
				t.Errorf("%s.%s has an Error method but no PywikibotClass method", dir, typ)
			}
			if ast.IsExported(typ) && !inTable[dir+"."+typ] {
				t.Errorf("%s.%s is not in the table of TestClasses", dir, typ)
			}
		}
	}
	sort.Strings(found)
	// The page errors get their Error method from the embedded PageError,
	// so fewer types declare one than the table lists.
	if len(found) < 12 {
		t.Fatalf("found only %d error types (%v); the source scan is broken", len(found), found)
	}
}

// methodsOf returns the receiver type names of the Error and the
// PywikibotClass methods declared in the non-test files of dir.
func methodsOf(t *testing.T, dir string) (errs, classed map[string]bool) {
	t.Helper()
	errs, classed = map[string]bool{}, map[string]bool{}
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no Go files in %s: %v", dir, err)
	}
	fset := token.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range file.Decls {
			fn, ok := d.(*ast.FuncDecl)
			if !ok || fn.Recv == nil || len(fn.Recv.List) != 1 {
				continue
			}
			typ := fn.Recv.List[0].Type
			if star, ok := typ.(*ast.StarExpr); ok {
				typ = star.X
			}
			id, ok := typ.(*ast.Ident)
			if !ok {
				continue
			}
			switch fn.Name.Name {
			case "Error":
				errs[id.Name] = true
			case "PywikibotClass":
				classed[id.Name] = true
			}
		}
	}
	return errs, classed
}

// pywikibotClasses reads the exception class names of the embedded
// pywikibot.exceptions module.
func pywikibotClasses(t *testing.T) map[string]bool {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("..", "..", "pywikibot", "exceptions.py"))
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{}
	for _, m := range regexp.MustCompile(`(?m)^class (\w+)\(`).FindAllStringSubmatch(string(src), -1) {
		known[m[1]] = true
	}
	// Python's own exceptions that pywikibot raises where _from_go makes
	// them too (pyshim/pywikibot/exceptions.py's _BUILTIN).
	for _, m := range regexp.MustCompile(`(?m)^    '(\w+)': \w+,  # builtin$`).FindAllStringSubmatch(string(src), -1) {
		known[m[1]] = true
	}
	if !known["Error"] || !known["UnknownFamilyError"] {
		t.Fatalf("exceptions.py: classes %v lack Error or UnknownFamilyError", known)
	}
	return known
}
