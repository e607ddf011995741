package family

import (
	"net/url"
	"sort"
	"strings"
)

// Static is a family whose URLs are known as data: the built-in families,
// AutoFamily, and family files once loaded (their methods are evaluated per
// code when the file is loaded).
type Static struct {
	FamName   string
	FamKind   string // "Family", "SubdomainFamily", "SingleSiteFamily", "WikimediaFamily", "AutoFamily", ...
	FamDomain string
	// LangMap is langs: code -> hostname.
	LangMap map[string]string
	// CodeList is codes (the site codes proper, without aliases); sorted.
	CodeList []string
	// Sites holds the computed URL parts per code (every key of LangMap).
	Sites map[string]*SiteURLs
	// Aliases is code_aliases.
	Aliases        map[string]string
	Closed         []string
	Removed        []string
	File           string // the family file ("" for built-in and AutoFamily)
	AutoURL        string // the URL an AutoFamily was made from
	ObsoleteErrors map[string]string
	// DocSubpages is pywikibot's doc_subpages as JSON values (nil: the
	// family has none): "_default" [[suffixes], [codes]], a code its
	// [suffixes]. Only the Python side reads it.
	DocSubpages map[string]any
}

// SiteURLs are the URL parts one code of a family computes.
type SiteURLs struct {
	Protocol   string
	Hostname   string // hostname(code) (ssl_hostname for https)
	ScriptPath string
	APIPath    string
	Path       string
	Verify     bool
	Interface  string
	PathPrefix string // ssl_pathprefix
	// Err is the first exception a family method raised for this code,
	// as "method(): ExceptionType: message" ("" when none); ErrTrace is
	// its traceback and ErrLine the family file's line in it.
	Err      string
	ErrTrace string
	ErrLine  int
}

var _ Family = (*Static)(nil)

// Name is the family name.
func (f *Static) Name() string { return f.FamName }

// Kind is the family class the family derives from (pywikibot's names).
func (f *Static) Kind() string { return f.FamKind }

// Domain is the family's domain ("" when it has none).
func (f *Static) Domain() string { return f.FamDomain }

// Codes lists the family's site codes, sorted.
func (f *Static) Codes() []string { return append([]string{}, f.CodeList...) }

// Langs returns the code -> hostname map (codes, test codes, closed wikis
// and aliases).
func (f *Static) Langs() map[string]string { return f.LangMap }

// LangCodes lists every key of Langs, sorted.
func (f *Static) LangCodes() []string {
	out := make([]string, 0, len(f.LangMap))
	for c := range f.LangMap {
		out = append(out, c)
	}
	sort.Strings(out)
	return out
}

// HasCode reports whether code is one of the family's langs.
func (f *Static) HasCode(code string) bool {
	_, ok := f.Sites[code]
	return ok
}

func (f *Static) site(code string) *SiteURLs {
	if s, ok := f.Sites[code]; ok {
		return s
	}
	return &SiteURLs{Protocol: "https", ScriptPath: "/w", APIPath: "/w/api.php", Path: "/w/index.php", Verify: true, Interface: "APISite"}
}

// Protocol is protocol(code).
func (f *Static) Protocol(code string) string { return f.site(code).Protocol }

// Hostname is the host of code (ssl_hostname when the protocol is https).
func (f *Static) Hostname(code string) string { return f.site(code).Hostname }

// ScriptPath is scriptpath(code).
func (f *Static) ScriptPath(code string) string { return f.site(code).ScriptPath }

// APIPath is apipath(code).
func (f *Static) APIPath(code string) string { return f.site(code).PathPrefix + f.site(code).APIPath }

// Path is path(code), the index.php path.
func (f *Static) Path(code string) string { return f.site(code).PathPrefix + f.site(code).Path }

// VerifySSLCertificate is verify_SSL_certificate(code).
func (f *Static) VerifySSLCertificate(code string) bool { return f.site(code).Verify }

// Interface is interface(code): "APISite", "DataSite", "ClosedSite" or
// "RemovedSite".
func (f *Static) Interface(code string) string { return f.site(code).Interface }

// CodeError returns the error a family method raised for code, if any.
func (f *Static) CodeError(code string) string {
	if s, ok := f.Sites[code]; ok {
		return s.Err
	}
	return ""
}

// BaseURL is base_url(code, uri): protocol://host + uri (with the
// ssl_pathprefix for https).
func (f *Static) BaseURL(code, uri string) string {
	s := f.site(code)
	return strings.ToLower(s.Protocol) + "://" + s.Hostname + s.PathPrefix + uri
}

// FromURL returns the code of f whose wiki url belongs to (matching host,
// and a path under the script path or the article path "/wiki/"), as
// pywikibot's Family.from_url; ok is false when url is not from f.
func (f *Static) FromURL(rawURL string) (code string, ok bool) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "" && u.Scheme != "http" && u.Scheme != "https") {
		return "", false
	}
	host := u.Host
	if host == "" && u.Scheme == "" {
		// "//host/path" or "host/path"
		if h, p, found := strings.Cut(strings.TrimPrefix(rawURL, "//"), "/"); found {
			host, u.Path = h, "/"+p
		}
	}
	p := u.Path
	if i := strings.Index(p, "$1"); i >= 0 {
		p = p[:i]
	}
	var matches []string
	for _, c := range f.LangCodes() {
		s := f.Sites[c]
		if s.Hostname != host {
			continue
		}
		if _, alias := f.Aliases[c]; alias {
			continue
		}
		sp := s.PathPrefix + s.ScriptPath
		if p == "" || p == "/" || strings.HasPrefix(p, sp+"/") || strings.HasPrefix(p, "/wiki/") || p == "/wiki" {
			matches = append(matches, c)
		}
	}
	if len(matches) == 1 {
		return matches[0], true
	}
	if len(matches) > 1 {
		// Several codes on one host (e.g. Fandom): pick the one whose
		// script path is the longest prefix.
		best, bestLen := "", -1
		for _, c := range matches {
			sp := f.Sites[c].ScriptPath
			if (sp == "" || strings.HasPrefix(p, sp+"/")) && len(sp) > bestLen {
				best, bestLen = c, len(sp)
			}
		}
		if best != "" {
			return best, true
		}
	}
	return "", false
}

func newSiteURLs(proto, host, scriptpath string) *SiteURLs {
	return &SiteURLs{
		Protocol: proto, Hostname: host, ScriptPath: scriptpath,
		APIPath: scriptpath + "/api.php", Path: scriptpath + "/index.php",
		Verify: true, Interface: "APISite",
	}
}

// NewAutoFamily is pywikibot's AutoFamily(name, url): a single-site family
// for the wiki whose api.php is url.
func NewAutoFamily(name, apiURL string) (*Static, error) {
	u, err := url.Parse(apiURL)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return nil, &UnknownFamilyError{Name: name, Msg: "family_files['" + name + "'] = '" + apiURL + "' is not an http(s) URL of api.php"}
	}
	sp := "/w"
	if strings.HasSuffix(u.Path, "/api.php") {
		sp = strings.TrimSuffix(u.Path, "/api.php")
	}
	return &Static{
		FamName: name, FamKind: "AutoFamily", FamDomain: u.Host,
		LangMap: map[string]string{name: u.Host}, CodeList: []string{name},
		Sites:   map[string]*SiteURLs{name: newSiteURLs(u.Scheme, u.Host, sp)},
		AutoURL: apiURL,
	}, nil
}

// UnknownFamilyError is pywikibot's UnknownFamilyError.
type UnknownFamilyError struct {
	Name string
	Msg  string
}

func (e *UnknownFamilyError) Error() string {
	if e.Msg != "" {
		return e.Msg
	}
	return "Family " + e.Name + " does not exist"
}

// PywikibotClass names the pywikibot exception class (see package errclass).
func (e *UnknownFamilyError) PywikibotClass() string { return "UnknownFamilyError" }

// UnknownSiteError is pywikibot's UnknownSiteError: the family has no such
// code.
type UnknownSiteError struct {
	Family, Code string
}

func (e *UnknownSiteError) Error() string {
	return "Language '" + e.Code + "' does not exist in family " + e.Family
}

// PywikibotClass names the pywikibot exception class (see package errclass).
func (e *UnknownSiteError) PywikibotClass() string { return "UnknownSiteError" }

// SiteError returns a *FileError when a method of fam's family file
// (protocol(), hostname(), scriptpath(), ...) raised an exception for code:
// the site's URLs cannot be known. It names the family file and line and
// holds the traceback. nil when there was none.
func SiteError(fam Family, code string) error {
	s, ok := fam.(*Static)
	if !ok {
		return nil
	}
	u := s.Sites[code]
	if u == nil || u.Err == "" {
		return nil
	}
	msg := u.ErrTrace
	if msg == "" {
		msg = u.Err
	}
	return &FileError{File: s.File, Line: u.ErrLine, Msg: msg}
}

// CheckCode returns an *UnknownSiteError unless code is one of fam's sites
// (its langs, which include test codes, closed wikis and code aliases).
func CheckCode(fam Family, code string) error {
	if s, ok := fam.(*Static); ok {
		if s.HasCode(code) {
			return nil
		}
	} else {
		for _, c := range fam.Codes() {
			if c == code {
				return nil
			}
		}
	}
	return &UnknownSiteError{Family: fam.Name(), Code: code}
}
