package bridge

import (
	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python"
)

// bridge is the per-context _gowikibot module's state.
type bridge struct {
	ctx py.Context
}

func init() {
	python.AddInstaller(installBridge)
}

// function is one function of the _gowikibot module: its signature, checked
// before fn runs (fn gets one object per parameter, nil for an optional one
// not given), and its doc string. site_call checks its own arguments,
// which depend on the method it names.
type function struct {
	sig signature
	fn  func(a []py.Object) (py.Object, error)
	doc string
}

// functions are the _gowikibot functions of b, site_call aside.
func (b *bridge) functions() []function {
	return []function{
		{sig("config", 0), b.config, "config() -> dict of the loaded config variables"},
		{sig("handle_args", 0, param{"args", anyArg}), b.handleArgs,
			"handle_args(args) -> the non-global args; applies the global ones"},
		{sig("query", 3, param{"family", strOrNone}, param{"code", strOrNone}, param{"params", anyArg},
			param{"limit_key", strArg}, param{"total", anyArg}), b.query,
			"query(family, code, params[, limit_key, total]) -> iterator over the 'query' member of each response " +
				"(at most total items of the list whose limit is limit_key)"},
		{sig("site_from_url", 1, param{"url", strArg}), b.siteFromURL, "site_from_url(url) -> (family, code)"},
		{sig("set_family_file", 2, param{"name", strArg}, param{"path", strArg}), b.setFamilyFile,
			"set_family_file(name, path) -> None; registers a family file (or API URL) as config.family_files[name] = path does"},
		{sig("family_load", 1, param{"name", strArg}), b.familyLoad,
			"family_load(name) -> the family's attributes (as family_info); UnknownFamilyError if there is none"},
		{sig("quick_ratio", 2, param{"a", strArg}, param{"b", strArg}), pyQuickRatio,
			"quick_ratio(a, b) -> difflib's quick_ratio of two str"},
		{sig("color_line", 3, param{"line", strArg}, param{"ref", strArg}, param{"color", strOrNone}), pyColorLine,
			"color_line(line, ref, color) -> showDiff's colouring of a line under its '? ' markers"},
		{sig("match_blocks", 2, param{"a", anyArg}, param{"b", anyArg}, param{"junk", anyArg}), pyMatchBlocks,
			"match_blocks(a, b, junk='') -> difflib's matching blocks of two str or lists of str"},
		{sig("line_compare", 2, param{"a", anyArg}, param{"b", anyArg}), pyLineCompare,
			"line_compare(a, b) -> difflib.ndiff's lines for two lists of lines"},
		{sig("hunk_text", 3, param{"a", anyArg}, param{"b", anyArg}, param{"group", anyArg}), pyHunkText,
			"hunk_text(a, b, group) -> showDiff's coloured text of a hunk, or None for the Python code"},
		{sig("replace_except", 7, param{"text", anyArg}, param{"old", anyArg}, param{"new", anyArg},
			param{"guards", anyArg}, param{"allowoverlap", boolArg}, param{"count", anyArg}, param{"marker", anyArg}),
			pyReplaceExcept,
			"replace_except(text, old, new, guards, allowoverlap, count, marker) -> textlib.replaceExcept's result, or None for the Python loop"},
		{sig("render_colors", 2, param{"text", strArg}, param{"colorized", boolArg}), pyRenderColors,
			"render_colors(text, colorized) -> text with its colour tags rendered, or None for the Python renderer"},
		{sig("run_command", 1, param{"argv", anyArg}), pyRunCommand,
			"run_command(argv) -> exit status of argv run on the terminal"},
	}
}

func installBridge(ctx py.Context) error {
	b := &bridge{ctx: ctx}
	methods := []*py.Method{
		py.MustNewMethod("site_call", func(_ py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			return b.siteCall(args, kw)
		}, 0, "site_call(family, code, method, *args) -> result"),
	}
	for _, f := range b.functions() {
		methods = append(methods, f.method())
	}
	_, err := ctx.Store().NewModule(ctx, &py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "_gowikibot", Doc: "gowikibot's bridge from the pywikibot package to the Go core"},
		Methods: methods,
	})
	return err
}

// method is f as a Python builtin that checks its arguments first.
func (f function) method() *py.Method {
	return py.MustNewMethod(f.sig.name, func(_ py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return f.call(args, kw)
	}, 0, f.doc)
}

// call checks args and kw against f's signature and calls f.
func (f function) call(args py.Tuple, kw py.StringDict) (py.Object, error) {
	a, err := f.sig.bind(args, kw)
	if err != nil {
		return nil, err
	}
	return f.fn(a)
}
