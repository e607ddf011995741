// Package family models pywikibot's wiki families: which wikis a family has
// and the URLs of each (protocol, hostname, script path, API path).
package family

import "strings"

// Family is one wiki family. Its methods take a site code, as pywikibot's
// Family methods do. Concrete families (built-in, loaded from Python family
// files, AutoFamily) implement it.
type Family interface {
	// Name is the family name, e.g. "wikipedia".
	Name() string
	// Codes lists the site codes the family has.
	Codes() []string
	// Protocol is protocol(code): "https" or "http" (as the family file
	// returns it; URLs use it lower-cased, as pywikibot's urljoin does).
	Protocol(code string) string
	// Hostname is the host, with ":port" where one is needed.
	Hostname(code string) string
	// ScriptPath is the path of index.php/api.php's folder, e.g. "/w" or "".
	ScriptPath(code string) string
	// APIPath is ScriptPath + "/api.php".
	APIPath(code string) string
	// Path is ScriptPath + "/index.php".
	Path(code string) string
	// VerifySSLCertificate reports whether TLS certificates are checked.
	VerifySSLCertificate(code string) bool
}

// APIURL returns the full api.php URL of code in fam.
func APIURL(fam Family, code string) string {
	return strings.ToLower(fam.Protocol(code)) + "://" + fam.Hostname(code) + fam.APIPath(code)
}

// IndexURL returns the full index.php URL of code in fam.
func IndexURL(fam Family, code string) string {
	return strings.ToLower(fam.Protocol(code)) + "://" + fam.Hostname(code) + fam.Path(code)
}
