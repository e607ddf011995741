package sidebyside

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/tests/faultproxy"
	"github.com/gowikibot/gowikibot/tests/testbin"
	"github.com/gowikibot/gowikibot/tests/wikitest"
)

// TestRequestCount (issue #14 part 1) runs listpages with common
// generator options and chains on two identically seeded wikis, each
// behind a counting proxy (tests/faultproxy): pywikibot 9.6.3 running its
// own listpages on one, and on the other gowikibot running pywikibot
// 9.6.3's listpages.py file unmodified and gowikibot's bundled listpages.
// Each gowikibot run must print what pywikibot prints and make at most
// pywikibot's API requests, asking for at most as many items (the sum of
// the requests' *limit parameters, "max" counting 5,000). Without the
// checkout only the bundled listpages runs, against the counts recorded
// in the rows (pywikibot's, from the last side-by-side run).
// REQCOUNT_ONLY=name,... runs a subset.

// reqCountSeed is seeded by Admin after seedPages, one page after the
// other as those (see startProxySide): the newest pages, edits and log
// events are these, in this order, on both wikis.
func reqCountSeed() []seedPage {
	return []seedPage{
		{"Category:Top", "The top category."},
		{"Category:Sub", "A subcategory.\n[[Category:Top]]"},
		{"Tree", "The root of a tree of subpages.\n[[Category:Top]]"},
		{"Tree/A", "A subpage.\n[[Category:Sub]]"},
		{"Tree/A/B", "A subpage of a subpage.\n[[Category:Sub]]"},
		{"Template:Nav", "<noinclude>Navigation.</noinclude>[[Page 001]] [[Page 002]]"},
		{"Linker", "{{Nav}} Links to [[Page 005]], [[Page 006]], [[Template:Info]], [[:Category:Top]], " +
			"[[Tree/A]], [[Missing page]] and [[Page 007]]."},
		{"Recent 1", "First recent page, with foo. {{Nav}}"},
		{"Recent 2", "Second recent page. {{Nav}}"},
		{"Recent 3", "Third recent page, with foo."},
		{"Recent 4", "Fourth recent page."},
		{"Recent 5", "Fifth recent page, with foo. [[Page 005]]"},
		{"Recent 6", "Sixth recent page. [[Page 005]]"},
	}
}

// reqRow is one listpages run.
type reqRow struct {
	name string
	args []string
	// pyRequests and pyItems are pywikibot 9.6.3's requests and the items
	// they ask for, recorded on the last side-by-side run; gowikibot's
	// must not exceed them.
	pyRequests, pyItems int
	// lines is the number of (essential) stdout lines pywikibot prints,
	// first its first line and sum the start of its SHA-256 (first and
	// sum are not compared for random pages).
	lines      int
	first, sum string
	// random: the pages differ from run to run; only the number of lines
	// is compared.
	random bool
	// script, when set, is a script of testdata run instead of listpages
	// (args are its arguments): "gowikibot python FILE" and "pwb.py FILE".
	script string
}

// reqRows run in this order on both sides.
func reqRows() []reqRow {
	return []reqRow{
		{name: "start-limit200", args: []string{"-start:!", "-limit:200"}, pyRequests: 6, pyItems: 200, lines: 200, first: "   1 Color", sum: "8311098253a8eb21"},
		{name: "start-limit5", args: []string{"-start:!", "-limit:5"}, pyRequests: 3, pyItems: 5, lines: 5, first: "   1 Color", sum: "21c2704f17275b05"},
		{name: "start-all", args: []string{"-start:!"}, pyRequests: 3, pyItems: 500, lines: 218, first: "   1 Color", sum: "e2f77ac4f803ac39"},
		{name: "start-from", args: []string{"-start:Page 150", "-limit:20", "-format:3"}, pyRequests: 3, pyItems: 20, lines: 20, first: "Page 150", sum: "3c5f9ebfa3ff54b0"},
		{name: "prefixindex", args: []string{"-prefixindex:Page 01"}, pyRequests: 3, pyItems: 500, lines: 10, first: "   1 Page 010", sum: "8c2a94e66237f762"},
		{name: "prefixindex-limit", args: []string{"-prefixindex:Page 1", "-limit:30"}, pyRequests: 3, pyItems: 30, lines: 30, first: "   1 Page 100", sum: "220325cc907ca5f2"},
		{name: "cat", args: []string{"-cat:Top"}, pyRequests: 4, pyItems: 500, lines: 1, first: "   1 Tree", sum: "a5849d28873ada12"},
		{name: "cat-limit", args: []string{"-cat:Seeded", "-limit:20"}, pyRequests: 3, pyItems: 500, lines: 20, first: "   1 Page 000", sum: "8e333fdc017ebd81"},
		{name: "catr", args: []string{"-catr:Top"}, pyRequests: 7, pyItems: 1500, lines: 3, first: "   1 Tree", sum: "cfcd495d79294030"},
		{name: "catr-limit", args: []string{"-catr:Top", "-limit:2"}, pyRequests: 6, pyItems: 1500, lines: 2, first: "   1 Tree", sum: "4bf3172620578f6c"},
		{name: "ns-start", args: []string{"-ns:10", "-start:!"}, pyRequests: 3, pyItems: 500, lines: 4, first: "   1 Box", sum: "0267f3b6356de75b"},
		{name: "ns-catr", args: []string{"-ns:0", "-catr:Top"}, pyRequests: 6, pyItems: 1500, lines: 3, first: "   1 Tree", sum: "cfcd495d79294030"},
		{name: "recentchanges", args: []string{"-recentchanges:5"}, pyRequests: 4, pyItems: 5, lines: 5, first: "   1 Recent 6", sum: "f5a66efa31003aee"},
		{name: "newpages", args: []string{"-newpages:5"}, pyRequests: 3, pyItems: 5, lines: 5, first: "   1 Recent 6", sum: "f5a66efa31003aee"},
		{name: "links", args: []string{"-links:Linker"}, pyRequests: 4, pyItems: 500, lines: 9, first: "   1 Missing page", sum: "b36a616668076585"},
		{name: "links-limit", args: []string{"-links:Linker", "-limit:3"}, pyRequests: 3, pyItems: 3, lines: 3, first: "   1 Missing page", sum: "f2ca6e4562a6d0d6"},
		{name: "links-ns", args: []string{"-ns:0", "-links:Linker"}, pyRequests: 3, pyItems: 500, lines: 7, first: "   1 Missing page", sum: "edb7a8ec9ac2cb35"},
		{name: "ref", args: []string{"-ref:Page 005"}, pyRequests: 7, pyItems: 1500, lines: 22, first: "   1 Page 000", sum: "f759133be655ed40"},
		{name: "ref-limit", args: []string{"-ref:Page 005", "-limit:4"}, pyRequests: 4, pyItems: 1000, lines: 4, first: "   1 Page 000", sum: "4c353cea1c653a84"},
		{name: "ref-ns", args: []string{"-ns:0", "-ref:Page 001"}, pyRequests: 5, pyItems: 1500, lines: 22, first: "   1 Page 000", sum: "ed0d0e022acee01f"},
		{name: "ref-ns-limit", args: []string{"-ns:10", "-ref:Page 001", "-limit:3"}, pyRequests: 4, pyItems: 1000, lines: 3, first: "   1 Page 000", sum: "4a8e19af54e78ac3"},
		{name: "transcludes", args: []string{"-transcludes:Nav"}, pyRequests: 3, pyItems: 500, lines: 3, first: "   1 Linker", sum: "0d59780b9d73c00f"},
		{name: "transcludes-limit", args: []string{"-transcludes:Info", "-limit:10"}, pyRequests: 3, pyItems: 10, lines: 10, first: "   1 Page 000", sum: "c2a2ea8f08c40398"},
		{name: "search", args: []string{"-search:recent"}, pyRequests: 4, pyItems: 500, lines: 6, first: "   1 Recent 1", sum: "becd2dd18b1cc734"},
		{name: "random", args: []string{"-random:3"}, pyRequests: 4, pyItems: 3, lines: 3, random: true},
		{name: "usercontribs", args: []string{"-usercontribs:Admin", "-limit:5"}, pyRequests: 6, pyItems: 500, lines: 5, first: "   1 Recent 6", sum: "f5a66efa31003aee"},
		// pywikibot cuts a generator that is no listing before its -ns
		// filter: with -limit, -ns is lost
		{name: "usercontribs-ns", args: []string{"-ns:10", "-usercontribs:Admin", "-limit:3"}, pyRequests: 4, pyItems: 500, lines: 3, first: "   1 Recent 6", sum: "71b8963b0d59f276"},
		{name: "logevents", args: []string{"-logevents:create,Admin,5"}, pyRequests: 4, pyItems: 5, lines: 5, first: "   1 Recent 6", sum: "f5a66efa31003aee"},
		{name: "page", args: []string{"-page:Page 005", "-page:Sandbox"}, pyRequests: 2, pyItems: 0, lines: 2, first: "   1 Page 005", sum: "1f64b3602f5e3f9e"},
		{name: "page-get", args: []string{"-page:Tree", "-page:Sandbox", "-get"}, pyRequests: 5, pyItems: 0, lines: 5, first: "The root of a tree of subpages.", sum: "396b035410cdb1f1"},
		{name: "page-prefix", args: []string{"-page:Sandbox", "-prefixindex:Recent", "-limit:3"}, pyRequests: 3, pyItems: 3, lines: 4, first: "   1 Sandbox", sum: "0b38d60cba9b3fa6"},
		{name: "prefix-get", args: []string{"-prefixindex:Recent", "-get"}, pyRequests: 9, pyItems: 500, lines: 12, first: "First recent page, with foo. {{Nav}}", sum: "d507e6f0736d671d"},
		{name: "start-limit60-get", args: []string{"-start:Page 1", "-limit:60", "-get", "-format:3"}, pyRequests: 63, pyItems: 60, lines: 1500, first: "{{Info|100}}", sum: "d4933c3c6e7d4a8e"},
		{name: "grep", args: []string{"-prefixindex:Recent", "-grep:foo"}, pyRequests: 6, pyItems: 500, lines: 3, first: "   1 Recent 1", sum: "7836846e0c8f61eb"},
		{name: "grep-cat", args: []string{"-cat:Seeded", "-grep:line 1[0-9] of page 1[0-9]:", "-limit:60"}, pyRequests: 5, pyItems: 500, lines: 10, first: "   1 Page 010", sum: "8c2a94e66237f762"},
		{name: "titleregex", args: []string{"-start:!", "-titleregex:^Page 1[0-4]5$"}, pyRequests: 3, pyItems: 500, lines: 5, first: "   1 Page 105", sum: "c1ffaf68d4101962"},
		{name: "subpage", args: []string{"-prefixindex:Tree", "-subpage:1"}, pyRequests: 3, pyItems: 500, lines: 3, first: "   1 Tree", sum: "cfcd495d79294030"},
		{name: "intersect", args: []string{"-cat:Seeded", "-prefixindex:Page 01", "-intersect"}, pyRequests: 4, pyItems: 1000, lines: 10, first: "   1 Page 010", sum: "8c2a94e66237f762"},
		// a list query of api.ListGenerator with set_query_increment(4)
		// and set_maximum_items(10): the third request asks for 2
		{name: "increment", script: "reqcount_increment.py", pyRequests: 5, pyItems: 10, lines: 10, first: "Page 100", sum: "536bf0f20e0b550f"},
		{name: "two-gens-limit", args: []string{"-prefixindex:Recent", "-cat:Sub", "-limit:2"}, pyRequests: 4, pyItems: 502, lines: 4, first: "   1 Recent 1", sum: "1df1aa5aa1784e27"},
	}
}

// proxySide is one side's wiki behind a counting proxy, with config
// directories that reach the wiki through the proxy.
type proxySide struct {
	*side
	proxy *faultproxy.Proxy
}

// startProxySide starts a seeded side and puts a proxy in front of it.
func startProxySide(t *testing.T, name string) (*proxySide, error) {
	// one page after the other: the page ids, which order the pages of
	// some listings, are then the same on both wikis
	s, err := startSeededSide(t, name, sideOptions{noBaseSeed: true, extra: append(seedPages(), reqCountSeed()...)})
	if err != nil {
		return nil, err
	}
	p, err := faultproxy.New(s.wiki.URL)
	if err != nil {
		return nil, err
	}
	t.Cleanup(p.Close)
	via := &wikitest.Wiki{APIURL: p.URL + "/api.php"}
	if err := writeConfig(s.bot, via, s.wiki.BotUser, fmt.Sprintf("BotPassword('ci', '%s')", s.wiki.BotPasswordSecret)); err != nil {
		return nil, err
	}
	return &proxySide{side: s, proxy: p}, nil
}

// reqStats sums up the requests of one run.
type reqStats struct {
	requests, items int
	shapes          []string // one line a request: its action, modules and limits
}

// maxItems is what a limit of "max" counts as: 500, the most an
// anonymous or ordinary user gets, which pywikibot writes as "500" where it
// asks for the maximum (listpages does not log in).
const maxItems = 500

// statsOf describes the requests recorded by a proxy.
func statsOf(recs []faultproxy.Record) reqStats {
	var st reqStats
	for _, r := range recs {
		st.requests++
		var parts []string
		parts = append(parts, r.Method+" "+r.Action)
		keys := make([]string, 0, len(r.Params))
		for k := range r.Params {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			v := r.Params.Get(k)
			switch {
			case strings.HasSuffix(k, "limit"):
				// the listing's own limit: a generator's (g...) where
				// there is one, not those of the page properties asked
				// with it (pywikibot's iilimit=max)
				if r.Params.Get("generator") == "" || strings.HasPrefix(k, "g") {
					n, err := strconv.Atoi(v)
					if err != nil { // "max"
						n = maxItems
					}
					st.items += n
				}
				parts = append(parts, k+"="+v)
			case k == "list" || k == "generator" || k == "prop" || k == "meta" || strings.HasSuffix(k, "prop") ||
				strings.HasSuffix(k, "namespace"):
				parts = append(parts, k+"="+v)
			case k == "titles" || k == "pageids":
				parts = append(parts, fmt.Sprintf("%s=(%d)", k, len(strings.Split(v, "|"))))
			case k == "continue" || strings.HasSuffix(k, "continue"):
				parts = append(parts, k+"=…")
			}
		}
		st.shapes = append(st.shapes, strings.Join(parts, " "))
	}
	return st
}

// outSum is the start of the SHA-256 of the essential stdout.
func outSum(s string) string {
	h := sha256.Sum256([]byte(essential(s)))
	return hex.EncodeToString(h[:8])
}

// stdoutLines is the number of lines of the essential stdout.
func stdoutLines(s string) int {
	s = essential(s)
	if s == "" {
		return 0
	}
	return strings.Count(s, "\n") + 1
}

func TestRequestCount(t *testing.T) {
	if testing.Short() {
		t.Skip("side-by-side runs need two test wikis; skipped in -short mode")
	}
	gwb := testbin.Gowikibot(t)
	pwb963, withPwb := checkout963(t)
	scriptFile := filepath.Join(pwbDir(), "scripts", "listpages.py")
	g, p := startBoth(t, withPwb, startProxySide)
	run := func(s *proxySide, kind string, args []string, script string) (string, string, int, reqStats) {
		s.proxy.Reset()
		var argv []string
		switch {
		case script != "" && kind == "pywikibot":
			argv = append([]string{"/usr/bin/python3", filepath.Join(pwb963, "pwb.py"), "-dir:" + s.bot, testdataPath(script)}, args...)
		case script != "":
			argv = append([]string{gwb, "-dir:" + s.bot, "python", testdataPath(script)}, args...)
		case kind == "pywikibot":
			argv = append([]string{"/usr/bin/python3", filepath.Join(pwb963, "pwb.py"), "-dir:" + s.bot, "listpages"}, args...)
		case kind == "9.6.3-file":
			argv = append([]string{gwb, "-dir:" + s.bot, "python", scriptFile}, args...)
		default:
			argv = append(append([]string{gwb, "listpages"}, args...), "-dir:"+s.bot)
		}
		out, errs, code := runCmd(s.bot, argv)
		return out, errs, code, statsOf(s.proxy.Requests())
	}
	// a first run on each side fills the caches (site info, login
	// cookies), as a bot that has run before has them
	for _, s := range []*proxySide{g, p} {
		if s == nil {
			continue
		}
		kinds := []string{"bundled"}
		if s == p {
			kinds = []string{"pywikibot"}
		}
		for _, k := range kinds {
			if out, errs, code, _ := run(s, k, []string{"-page:Sandbox"}, ""); code != 0 {
				t.Fatalf("%s warm-up (exit %d):\n%s\n%s", k, code, out, errs)
			}
		}
	}
	only := onlyRows("REQCOUNT_ONLY")
	var table []string
	for _, r := range reqRows() {
		if !only(r.name) {
			continue
		}
		r := r
		t.Run(r.name, func(t *testing.T) {
			bOut, bErr, bCode, bSt := run(g, "bundled", r.args, r.script)
			t.Logf("gowikibot listpages %s (exit %d), %d requests:\n  %s\n--- stdout\n%s--- stderr\n%s", strings.Join(r.args, " "),
				bCode, bSt.requests, strings.Join(bSt.shapes, "\n  "), short(bOut), bErr)
			if bCode != 0 {
				t.Errorf("bundled listpages: exit %d", bCode)
			}
			pyReq, pyItems := r.pyRequests, r.pyItems
			what := "listpages " + strings.Join(r.args, " ")
			if r.script != "" {
				what = "testdata/" + r.script
			}
			row := fmt.Sprintf("| %s | %%s | %d / %d |", what, bSt.requests, bSt.items)
			fileCell := "n/a"
			if r.script != "" {
				fileCell = "—"
			}
			if p == nil {
				if n := stdoutLines(bOut); n != r.lines {
					t.Errorf("bundled listpages printed %d lines, pywikibot (recorded) %d", n, r.lines)
				}
				if first, _, _ := strings.Cut(essential(bOut), "\n"); !r.random && (first != r.first || outSum(bOut) != r.sum) {
					t.Errorf("bundled listpages's stdout (first line %q, sum %s) is not pywikibot's (recorded: %q, %s)",
						first, outSum(bOut), r.first, r.sum)
				}
			} else {
				pOut, pErr, pCode, pSt := run(p, "pywikibot", r.args, r.script)
				t.Logf("pywikibot listpages (exit %d), %d requests:\n  %s\n--- stderr\n%s", pCode, pSt.requests,
					strings.Join(pSt.shapes, "\n  "), pErr)
				pyReq, pyItems = pSt.requests, pSt.items
				type gwbRun struct {
					what string
					out  string
					code int
					st   reqStats
				}
				runs := []gwbRun{{"bundled listpages", bOut, bCode, bSt}}
				if r.script == "" {
					fOut, fErr, fCode, fSt := run(g, "9.6.3-file", r.args, "")
					t.Logf("gowikibot python listpages.py (exit %d), %d requests:\n  %s\n--- stderr\n%s", fCode, fSt.requests,
						strings.Join(fSt.shapes, "\n  "), fErr)
					fileCell = fmt.Sprintf("%d / %d", fSt.requests, fSt.items)
					runs = append(runs, gwbRun{"9.6.3's listpages.py", fOut, fCode, fSt})
				}
				for _, o := range runs {
					same := essential(o.out) == essential(pOut)
					if r.random {
						same = stdoutLines(o.out) == stdoutLines(pOut)
					}
					if !same {
						t.Errorf("%s: essential stdout differs:\n--- pywikibot\n%s\n--- gowikibot\n%s", o.what, essential(pOut), essential(o.out))
					}
					if o.code != pCode {
						t.Errorf("%s: exit %d, pywikibot %d", o.what, o.code, pCode)
					}
					if o.st.requests > pSt.requests {
						t.Errorf("%s: %d requests, pywikibot %d", o.what, o.st.requests, pSt.requests)
					}
					if o.st.items > pSt.items {
						t.Errorf("%s: asks for %d items, pywikibot %d", o.what, o.st.items, pSt.items)
					}
				}
				first, _, _ := strings.Cut(essential(pOut), "\n")
				sum := outSum(pOut)
				if r.random {
					first, sum = "", ""
				}
				if stdoutLines(pOut) != r.lines || first != r.first || sum != r.sum {
					t.Errorf("the row's record of pywikibot's stdout is out of date: lines: %d, first: %q, sum: %q",
						stdoutLines(pOut), first, sum)
				}
				// pywikibot's request count depends on what its API cache
				// holds from the rows before (paraminfo of the modules):
				// the record keeps the lowest count seen
				if pSt.items < r.pyItems {
					t.Errorf("the row's record of pywikibot's requests is out of date: pyItems: %d", pSt.items)
				}
				if pSt.requests < r.pyRequests {
					t.Logf("pywikibot made %d requests, fewer than the %d recorded (lower the record)", pSt.requests, r.pyRequests)
				}
			}
			if p == nil {
				if bSt.requests > pyReq {
					t.Errorf("bundled listpages: %d requests, pywikibot (recorded) %d", bSt.requests, pyReq)
				}
				if bSt.items > pyItems {
					t.Errorf("bundled listpages: asks for %d items, pywikibot (recorded) %d", bSt.items, pyItems)
				}
			}
			table = append(table, fmt.Sprintf(row, fmt.Sprintf("%d / %d", pyReq, pyItems))+" "+fileCell+" |")
		})
	}
	t.Logf("table:\n| listpages arguments | pywikibot 9.6.3 requests / items | bundled listpages | 9.6.3's listpages.py under gowikibot |\n|---|---|---|---|\n%s",
		strings.Join(table, "\n"))
}
