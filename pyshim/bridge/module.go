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

func installBridge(ctx py.Context) error {
	b := &bridge{ctx: ctx}
	m := func(name string, fn func(args py.Tuple, kw py.StringDict) (py.Object, error), doc string) *py.Method {
		return py.MustNewMethod(name, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			return fn(args, kw)
		}, 0, doc)
	}
	_, err := ctx.Store().NewModule(ctx, &py.ModuleImpl{
		Info: py.ModuleInfo{Name: "_gowikibot", Doc: "gowikibot's bridge from the pywikibot package to the Go core"},
		Methods: []*py.Method{
			m("config", b.config, "config() -> dict of the loaded config variables"),
			m("handle_args", b.handleArgs, "handle_args(args) -> the non-global args; applies the global ones"),
			m("site_call", b.siteCall, "site_call(family, code, method, *args) -> result"),
			m("query", b.query, "query(family, code, params) -> iterator over the 'query' member of each response"),
			m("site_from_url", b.siteFromURL, "site_from_url(url) -> (family, code)"),
			m("quick_ratio", pyQuickRatio, "quick_ratio(a, b) -> difflib's quick_ratio of two str"),
			m("color_line", pyColorLine, "color_line(line, ref, color) -> showDiff's colouring of a line under its '? ' markers"),
			m("line_tags", pyLineTags, "line_tags(x, y) -> the '? ' marker lines of difflib.Differ for a changed pair"),
			m("best_pair", pyBestPair, "best_pair(a, b) -> (ratio, i, j, eq_i, eq_j): difflib.Differ's closest pair of lines"),
			m("match_blocks", pyMatchBlocks, "match_blocks(a, b) -> difflib's matching blocks of two str or lists of str"),
			m("run_command", pyRunCommand, "run_command(argv) -> exit status of argv run on the terminal"),
		},
	})
	return err
}
