package bridge

import (
	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/family"
)

// siteFromURL finds the family and code of a wiki URL among the registered
// families (built-in and family_files).
func (b *bridge) siteFromURL(args []py.Object) (py.Object, error) {
	cfg, err := Config()
	if err != nil {
		return nil, b.pyError(err)
	}
	fam, code, err := family.NewRegistry(cfg.FamilyFiles).FromURL(str(args[0]))
	if err != nil {
		return nil, b.raise("SiteDefinitionError", err.Error(), nil)
	}
	return py.Tuple{py.String(fam.Name()), py.String(code)}, nil
}

// familyLoad describes the family named args[0] (built-in, family_files
// or user_families_paths) for pywikibot.family.Family.load: family_info's
// attributes and whether it is built in.
func (b *bridge) familyLoad(args []py.Object) (py.Object, error) {
	cfg, err := Config()
	if err != nil {
		return nil, b.pyError(err)
	}
	reg := family.NewRegistry(cfg.FamilyFiles)
	fam, err := reg.Load(str(args[0]))
	if err != nil {
		return nil, b.pyError(err)
	}
	code := ""
	if codes := fam.Codes(); len(codes) > 0 {
		code = codes[0]
	}
	info := familyInfoMap(fam, code)
	info["builtin"] = reg.Source(fam.Name()) == "builtin"
	if !info["builtin"].(bool) {
		info["sites"] = familySites(fam)
	}
	return toPy(info), nil
}

// familySites is, per code, what a family file's protocol(), hostname(),
// scriptpath() and verify_SSL_certificate() return, as the core evaluated
// them: Family.load gives them to Python, whose default methods would
// otherwise answer https and /w for every third-party family.
func familySites(fam family.Family) map[string]any {
	sites := map[string]any{}
	for _, c := range fam.Codes() {
		sites[c] = map[string]any{"protocol": fam.Protocol(c), "hostname": fam.Hostname(c),
			"scriptpath": fam.ScriptPath(c), "verify": fam.VerifySSLCertificate(c)}
	}
	return sites
}

// familyInfo describes a family as pywikibot's Family attributes do:
// name, langs (code -> hostname), codes, code_aliases, closed_wikis,
// removed_wikis, scriptpath (code -> script path), the family class
// ("kind") and doc_subpages when known. Families known only by
// their URLs give their one code.
func familyInfo(fam family.Family, code string) py.Object {
	return toPy(familyInfoMap(fam, code))
}

// familyInfoMap is familyInfo before conversion to Python.
func familyInfoMap(fam family.Family, code string) map[string]any {
	info := map[string]any{"name": fam.Name(), "codes": fam.Codes(), "kind": "Family",
		"langs": map[string]any{}, "code_aliases": map[string]any{}, "closed_wikis": []string{},
		"removed_wikis": []string{}}
	scriptpaths := map[string]any{}
	for _, c := range fam.Codes() {
		scriptpaths[c] = fam.ScriptPath(c)
	}
	info["scriptpath"] = scriptpaths
	langs := map[string]any{}
	st, ok := fam.(*family.Static)
	if !ok {
		for _, c := range fam.Codes() {
			langs[c] = fam.Hostname(c)
		}
		info["langs"] = langs
		return info
	}
	for c, host := range st.Langs() {
		langs[c] = host
	}
	if len(langs) == 0 {
		langs[code] = fam.Hostname(code)
	}
	aliases := map[string]any{}
	for c, to := range st.Aliases {
		aliases[c] = to
	}
	info["langs"] = langs
	info["code_aliases"] = aliases
	info["closed_wikis"] = append([]string{}, st.Closed...)
	info["removed_wikis"] = append([]string{}, st.Removed...)
	if st.Kind() != "" {
		info["kind"] = st.Kind()
	}
	if st.DocSubpages != nil {
		info["doc_subpages"] = st.DocSubpages
	}
	return info
}
