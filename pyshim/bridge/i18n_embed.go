package bridge

import (
	"io/fs"
	"path"
	"slices"
	"sort"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/pywikibot"
)

// messageFS holds the message trees registered with RegisterMessages, each
// laid out as <bundle>/<lang>.json; the first that has a file wins.
var messageFS = []fs.FS{mustSub(pywikibot.FS, "i18n")}

// RegisterMessages adds a tree of message bundles (<bundle>/<lang>.json, as
// pywikibot's i18n repository) for pywikibot.i18n to read. The framework's
// own bundle is built in; the bundled scripts register theirs
// (scripts/i18n), so that the framework does not depend on its scripts.
func RegisterMessages(fsys fs.FS) { messageFS = append(messageFS, fsys) }

func mustSub(fsys fs.FS, dir string) fs.FS {
	sub, err := fs.Sub(fsys, dir)
	if err != nil {
		panic("bridge: " + err.Error()) // dir is a constant that go:embed listed
	}
	return sub
}

// readDirs lists dir in every registered tree.
func readDirs(dir string) []fs.DirEntry {
	var all []fs.DirEntry
	for _, fsys := range messageFS {
		entries, _ := fs.ReadDir(fsys, dir)
		all = append(all, entries...)
	}
	return all
}

// The module _gowikibot_i18n gives pywikibot.i18n the message bundles
// registered with RegisterMessages (<bundle>/<lang>.json):
//
//	read(bundle, lang) -> the JSON text of the file, or None
//	bundles() -> sorted bundle names
//	languages(bundle) -> sorted language codes of a bundle
func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "_gowikibot_i18n", Doc: "gowikibot's embedded i18n message bundles"},
		Methods: []*py.Method{
			py.MustNewMethod("read", i18nRead, 0, "read(bundle, lang) -> JSON text of <bundle>/<lang>.json or None"),
			py.MustNewMethod("bundles", i18nBundles, 0, "bundles() -> sorted list of bundle names"),
			py.MustNewMethod("languages", i18nLanguages, 0, "languages(bundle) -> sorted list of language codes"),
		},
	})
}

// validName reports whether s can name a bundle or a language (no path
// separators or dots that could leave the bundle tree).
func validName(s string) bool {
	return s != "" && !strings.ContainsAny(s, "/\\") && !strings.HasPrefix(s, ".")
}

func i18nRead(self py.Object, args py.Tuple) (py.Object, error) {
	var bundle, lang py.Object
	if err := py.UnpackTuple(args, nil, "read", 2, 2, &bundle, &lang); err != nil {
		return nil, err
	}
	b, ok1 := bundle.(py.String)
	l, ok2 := lang.(py.String)
	if !ok1 || !ok2 {
		return nil, py.ExceptionNewf(py.TypeError, "read() arguments must be str")
	}
	if !validName(string(b)) || !validName(string(l)) {
		return py.None, nil
	}
	for _, fsys := range messageFS {
		if data, err := fs.ReadFile(fsys, path.Join(string(b), string(l)+".json")); err == nil {
			return py.String(string(data)), nil
		}
	}
	return py.None, nil
}

func i18nBundles(self py.Object, args py.Tuple) (py.Object, error) {
	if err := py.UnpackTuple(args, nil, "bundles", 0, 0); err != nil {
		return nil, err
	}
	var names []string
	for _, e := range readDirs(".") {
		if e.IsDir() && !slices.Contains(names, e.Name()) {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	return py.NewListFromStrings(names), nil
}

func i18nLanguages(self py.Object, args py.Tuple) (py.Object, error) {
	var bundle py.Object
	if err := py.UnpackTuple(args, nil, "languages", 1, 1, &bundle); err != nil {
		return nil, err
	}
	b, ok := bundle.(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "languages() argument must be str")
	}
	var langs []string
	if validName(string(b)) {
		for _, e := range readDirs(string(b)) {
			if name, ok := strings.CutSuffix(e.Name(), ".json"); ok && !e.IsDir() && !slices.Contains(langs, name) {
				langs = append(langs, name)
			}
		}
	}
	sort.Strings(langs)
	return py.NewListFromStrings(langs), nil
}
