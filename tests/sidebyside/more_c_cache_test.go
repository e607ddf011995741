package sidebyside

import (
	"regexp"
	"sort"
	"strings"
	"testing"
)

// The last rows of TestMoreC: pywikibot's on-disk API cache and
// scripts/maintenance/cache.py, which lists it, and
// scripts/maintenance/make_i18n_dict.py, a tool used from the Python
// prompt (driven here by user scripts).
//
// cached_requests.py makes on each side the cached requests pywikibot
// makes (siteinfo, site._request with an expiry, a CachedRequest of its
// own), and reads one back after the wiki changed. Both sides write the
// entries as pywikibot does: <base_dir>/apicache/<SHA-256 of the key>, a
// pickle of (key, response, Timestamp). The keys (site, user, sorted
// parameters) are the same on both sides, so the file names are too: the
// cache.py rows compare them unnormalised; only their order (os.listdir's)
// is not compared. Entries pywikibot makes and gowikibot does not
// (paraminfo: gowikibot's core knows the API's limits) are left out by
// the rows' filters.

// cacheFilter selects the entries cached_requests.py makes (logged in):
// earlier rows, run in the same configuration directory, leave entries
// of their own, which differ where gowikibot's core answers from its own
// data (general siteinfo, paraminfo).
const cacheFilter = "'User(User:TestBot)' in entry.key and any(r in entry.key for r in (" +
	`"('siprop', 'extensions')", "('siprop', 'statistics')", ` +
	`"('siprop', 'namespaces|namespacealiases|general')", "('list', 'allpages')"))`

// hashLine is a cache entry's file name, as cache.py prints it.
var hashLine = regexp.MustCompile(`(?m)^[0-9a-f]{64}$`)

// sortedLines is s with its lines sorted (cache.py lists the entries in
// os.listdir's order).
func sortedLines(s string) string {
	lines := strings.Split(s, "\n")
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// wantHashes checks that cache.py listed n entries.
func wantHashes(n int) func(t *testing.T, st *wikiState, out, errs string) {
	return func(t *testing.T, st *wikiState, out, errs string) {
		if got := len(hashLine.FindAllString(errs, -1)); got != n {
			t.Errorf("cache.py listed %d entries, want %d:\n%s", got, n, errs)
		}
	}
}

// moreCCacheRows run at the end of TestMoreC, in this order.
func moreCCacheRows() []row963 {
	cache := func(name string, args []string, check func(t *testing.T, st *wikiState, out, errs string)) row963 {
		return row963{scenario: scenario{name: name, release: "9.6.3-file", script: "maintenance/cache", args: args,
			compareStderr: true, check: check}, normalize: sortedLines}
	}
	return []row963{
		{scenario: scenario{name: "cached_requests.py", release: "user", script: "cached_requests.py", compareStderr: true,
			check: func(t *testing.T, st *wikiState, out, errs string) {
				if got := st.Pages["AAA cached"].Text; got != "Created after the first cached request." {
					t.Errorf("AAA cached: %q", got)
				}
				wantContains(t, "stdout", out,
					"CachedRequest ['activeusers', 'admins', 'articles', 'edits', 'images', 'jobs', 'pages', 'users']",
					"cache file name is the hash: True\napicache 64", "read from the cache: True True")
				// the cached list is read back without the new page; an
				// uncached or expired request has it first
				lists := map[string]string{}
				for _, l := range strings.Split(out, "\n") {
					if k, v, ok := strings.Cut(l, ": ["); ok {
						lists[k] = v
					}
				}
				if lists["cached"] == "" || lists["cached again"] != lists["cached"] || strings.Contains(lists["cached"], "AAA cached") {
					t.Errorf("cached %q, cached again %q: want the same list, without AAA cached", lists["cached"], lists["cached again"])
				}
				for _, k := range []string{"uncached", "expired"} {
					if !strings.HasPrefix(lists[k], "'AAA cached', ") {
						t.Errorf("%s: [%s, want AAA cached first", k, lists[k])
					}
				}
			}}},
		// the entries' file names: extensions, general with the
		// namespaces, statistics, allpages
		cache("maintenance/cache list", []string{"apicache", "-c", cacheFilter}, wantHashes(4)),
		// the keys as cache.py rebuilds them (a new site object: not
		// logged in)
		cache("maintenance/cache uniquedesc", []string{"apicache", "-c", "'User(User:TestBot)' in entry.key and 'allpages' in entry.key", "-o", "uniquedesc"},
			func(t *testing.T, st *wikiState, out, errs string) {
				wantContains(t, "stderr", errs, "APISite('sbs', 'sbs')LoginStatus(-1)[('action', 'query'), ('aplimit', '3'), "+
					"('format', 'json'), ('list', 'allpages'), ('maxlag', '5'), ('meta', 'userinfo'), ('uiprop', 'blockinfo|hasmsg')]")
			}),
		cache("maintenance/cache parameters", []string{"apicache", "-c", cacheFilter, "-o", "parameters"},
			func(t *testing.T, st *wikiState, out, errs string) {
				wantContains(t, "stderr", errs, "siprop=namespaces, namespacealiases, general")
			}),
		cache("maintenance/cache -password", []string{"apicache", "-password"}, wantHashes(0)),
		cache("maintenance/cache -delete", []string{"apicache", "-delete", "-c", "'User(User:TestBot)' in entry.key and 'allpages' in entry.key"}, wantHashes(0)),
		cache("maintenance/cache after -delete", []string{"apicache", "-c", cacheFilter}, wantHashes(3)),
		// make_i18n_dict as its docstring says to use it: 9.6.3 looks the
		// script's own name up in its module, and stops
		{scenario: scenario{name: "make_i18n_basic.py", release: "9.6.3-user", script: "make_i18n_basic.py"},
			sameError: "AttributeError: module 'scripts.basic' has no attribute 'basic'"},
		// the form 9.6.3's i18nBot can read: messages under a class named
		// as the module; the dictionary printed and the JSON bundles
		{scenario: scenario{name: "make_i18n_local.py", release: "9.6.3-user", script: "make_i18n_local.py", compareStderr: true,
			check: func(t *testing.T, st *wikiState, out, errs string) {
				wantContains(t, "stdout", out, "[('done', 'finished'), ('nolang', 'nolang'), ('summary', 'summary')]",
					"        'i18n_demo-summary': 'Bot: Links aufgeräumt',",
					`fr.json '{\n\t"@metadata": {\n\t\t"authors": []\n\t},\n\t"i18n_demo-summary": "Robot : liens rangés"\n}'`,
					`"Someone"\n\t\t]\n\t},\n\t"i18n_demo-old": "Ancien",\n\t"i18n_demo-summary": "Robot : liens rangés"\n}'`)
			}}},
	}
}
