package family

import (
	_ "embed"
	"encoding/json"
	"sort"
	"sync"
)

// builtinJSON holds the families pywikibot 9.6.3 ships, as data: for each,
// its kind, domain, codes, langs (code -> host), the codes whose
// scriptpath or interface differs from the default, and the documentation
// subpages of its templates (doc_subpages). Plus "test"
// (test.wikipedia.org as a single-site family).
//
//go:embed data/builtin_families.json
var builtinJSON []byte

type builtinDef struct {
	Kind       string            `json:"kind"`
	Domain     string            `json:"domain"`
	Codes      []string          `json:"codes"`
	Langs      map[string]string `json:"langs"`
	ScriptPath map[string]string `json:"scriptpath"`
	Interface  map[string]string `json:"interface"`
	Closed     []string          `json:"closed"`
	Removed    []string          `json:"removed"`
	Aliases    map[string]string `json:"aliases"`
	// DocSubpages is doc_subpages as JSON: "_default" [[suffixes], [codes]],
	// a code its [suffixes].
	DocSubpages map[string]any `json:"doc_subpages"`
}

var (
	builtinOnce sync.Once
	builtinDefs map[string]*builtinDef
)

func builtins() map[string]*builtinDef {
	builtinOnce.Do(func() {
		builtinDefs = map[string]*builtinDef{}
		if err := json.Unmarshal(builtinJSON, &builtinDefs); err != nil {
			panic("family: bad embedded data: " + err.Error())
		}
	})
	return builtinDefs
}

// BuiltinNames lists the built-in families, sorted.
func BuiltinNames() []string {
	var out []string
	for n := range builtins() {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// Builtin returns the built-in family name, or nil.
func Builtin(name string) *Static {
	d, ok := builtins()[name]
	if !ok {
		return nil
	}
	f := &Static{
		FamName: name, FamKind: d.Kind, FamDomain: d.Domain,
		LangMap: map[string]string{}, CodeList: append([]string{}, d.Codes...),
		Sites: map[string]*SiteURLs{}, Aliases: d.Aliases,
		Closed: d.Closed, Removed: d.Removed, DocSubpages: d.DocSubpages,
	}
	for code, host := range d.Langs {
		f.LangMap[code] = host
		sp := "/w"
		if p, ok := d.ScriptPath[code]; ok {
			sp = p
		}
		s := newSiteURLs("https", host, sp)
		if i, ok := d.Interface[code]; ok {
			s.Interface = i
		} else if d.Kind == "WikibaseFamily" {
			s.Interface = "DataSite"
		}
		f.Sites[code] = s
	}
	sort.Strings(f.CodeList)
	return f
}
