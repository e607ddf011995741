package main

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"strings"

	"github.com/gowikibot/gowikibot/family"
	"github.com/gowikibot/gowikibot/userconfig"
)

func cmdFamily(ios *ioStreams, args []string) int {
	globals, rest := userconfig.SplitGlobalArgs(args)
	if len(rest) == 0 {
		fmt.Fprintln(ios.Err, "usage: gowikibot family check NAME [-lang:CODE] | family list")
		return 2
	}
	// Families are usable without a user-config.py.
	env := append(os.Environ(), "PYWIKIBOT_NO_USER_CONFIG=2")
	var lang string
	var cfgArgs []string
	for _, a := range globals {
		if v, ok := strings.CutPrefix(a, "-lang:"); ok {
			lang = v
			continue
		}
		if v, ok := strings.CutPrefix(a, "-code:"); ok {
			lang = v
			continue
		}
		cfgArgs = append(cfgArgs, a)
	}
	cfg, err := userconfig.Load(userconfig.LoadOptions{Args: cfgArgs, Env: env, Stderr: ios.Err})
	if err != nil {
		return reportError(ios, err)
	}
	reg := family.NewRegistry(cfg.FamilyFiles)
	defer reg.Close()
	switch rest[0] {
	case "list":
		for _, n := range reg.Names() {
			fmt.Fprintf(ios.Out, "%-20s %s\n", n, reg.Source(n))
		}
		return 0
	case "check":
		if len(rest) < 2 {
			fmt.Fprintln(ios.Err, "usage: gowikibot family check NAME [-lang:CODE]")
			return 2
		}
		return familyCheck(reg, rest[1], lang, ios.Out)
	}
	fmt.Fprintf(ios.Err, "gowikibot family: unknown subcommand %q (check, list)\n", rest[0])
	return 2
}

// familyCheck loads family name, prints the URLs of each code (or only
// lang) and probes each API, reporting what to change.
func familyCheck(reg *family.Registry, name, lang string, w io.Writer) int {
	f, err := reg.LoadStatic(name)
	if err != nil {
		var fe *family.FileError
		if errors.As(err, &fe) {
			fmt.Fprintln(w, fe.Error())
		} else {
			fmt.Fprintln(w, "error:", err)
		}
		return 1
	}
	src := reg.Source(name)
	fmt.Fprintf(w, "family %s (%s, %s)\n", f.Name(), f.Kind(), src)
	var fileText []string
	if f.File != "" {
		if data, err := os.ReadFile(f.File); err == nil {
			fileText = strings.Split(string(data), "\n")
		}
	}
	codes := f.Codes()
	if lang != "" {
		if !f.HasCode(lang) {
			fmt.Fprintf(w, "error: Language %s does not exist in family %s\n", lang, name)
			return 1
		}
		codes = []string{lang}
	}
	bad := 0
	for _, code := range codes {
		api := family.APIURL(f, code)
		fmt.Fprintf(w, "  %s: %s\n", code, api)
		fmt.Fprintf(w, "      protocol=%s hostname=%s scriptpath=%s apipath=%s path=%s\n",
			f.Protocol(code), f.Hostname(code), pyRepr(f.ScriptPath(code)), f.APIPath(code), f.Path(code))
		if msg := f.CodeError(code); msg != "" {
			fmt.Fprintf(w, "      error: %s\n", msg)
			bad++
			continue
		}
		for _, p := range probeSite(f, code, fileText) {
			fmt.Fprintln(w, "      "+p)
			if strings.HasPrefix(p, "error") {
				bad++
			}
		}
	}
	if bad > 0 {
		fmt.Fprintf(w, "%d problem(s)\n", bad)
		return 1
	}
	return 0
}

// lineOf finds the line of the family file that defines value for code
// (e.g. "'en': '/w',"), or the line of the method.
func lineOf(text []string, code, value, method string) string {
	for i, ln := range text {
		t := strings.TrimSpace(ln)
		if (strings.HasPrefix(t, "'"+code+"'") || strings.HasPrefix(t, `"`+code+`"`)) && strings.Contains(t, value) {
			return fmt.Sprintf("line %d: %s", i+1, t)
		}
	}
	for i, ln := range text {
		if strings.Contains(ln, "def "+method+"(") {
			return fmt.Sprintf("line %d: %s", i+1, strings.TrimSpace(ln))
		}
	}
	return ""
}

func probeSite(f *family.Static, code string, text []string) []string {
	var out []string
	api := family.APIURL(f, code)
	client := httpClient
	if !f.VerifySSLCertificate(code) {
		client = &http.Client{Timeout: httpClient.Timeout, Transport: insecureTransport()}
	}
	old := httpClient
	httpClient = client
	defer func() { httpClient = old }()
	info, err := siteinfo(api)
	if err != nil {
		out = append(out, "error: no MediaWiki API at "+api+": "+shortErr(err))
		// Try the other protocol, then the page's EditURI, to say what to change.
		other := "http"
		if f.Protocol(code) == "http" {
			other = "https"
		}
		alt := other + "://" + f.Hostname(code) + f.APIPath(code)
		if ai, err2 := siteinfo(alt); err2 == nil && !ai.Private {
			out = append(out, fmt.Sprintf("fix: the protocol is %s; change protocol() for %s to return '%s' (%s)", other, code, other, lineOf(text, code, f.Protocol(code), "protocol")))
			return out
		}
		for _, proto := range []string{f.Protocol(code), other} {
			if found, err3 := findAPI(proto + "://" + f.Hostname(code) + "/"); err3 == nil {
				if ai, err4 := siteinfo(found); err4 == nil {
					u, _ := url.Parse(found)
					sp := strings.TrimSuffix(u.Path, "/api.php")
					if u.Scheme != f.Protocol(code) {
						out = append(out, fmt.Sprintf("fix: the protocol is %s; change protocol() for %s to return '%s' (%s)", u.Scheme, code, u.Scheme, lineOf(text, code, f.Protocol(code), "protocol")))
					}
					if sp != f.ScriptPath(code) {
						out = append(out, fmt.Sprintf("fix: the script path is %s; change scriptpath() for %s to return %s (%s)", pyRepr(sp), code, pyRepr(sp), lineOf(text, code, f.ScriptPath(code), "scriptpath")))
					}
					_ = ai
					return out
				}
			}
		}
		out = append(out, "fix: check hostname(), protocol() and scriptpath() for "+code+" ("+lineOf(text, code, f.Hostname(code), "hostname")+")")
		return out
	}
	if info.Private {
		out = append(out, "ok: API answers (private wiki: siteinfo needs a login)")
		return out
	}
	ok := true
	if info.Host != "" && !strings.EqualFold(info.Host, f.Hostname(code)) {
		ok = false
		out = append(out, fmt.Sprintf("error: the wiki's server is %s but hostname() gives %s; change it (%s)", info.Host, f.Hostname(code), lineOf(text, code, f.Hostname(code), "hostname")))
	}
	if info.Scheme != "" && info.Scheme != f.Protocol(code) {
		ok = false
		out = append(out, fmt.Sprintf("error: the wiki's server uses %s but protocol() gives %s; change it to '%s' (%s)", info.Scheme, f.Protocol(code), info.Scheme, lineOf(text, code, f.Protocol(code), "protocol")))
	}
	if info.ScriptPath != f.ScriptPath(code) {
		ok = false
		out = append(out, fmt.Sprintf("error: the wiki's script path is %s but scriptpath() gives %s; change it to %s (%s)", pyRepr(info.ScriptPath), pyRepr(f.ScriptPath(code)), pyRepr(info.ScriptPath), lineOf(text, code, f.ScriptPath(code), "scriptpath")))
	}
	if !versionAtLeast(info.Version, 1, 31) {
		ok = false
		out = append(out, fmt.Sprintf("error: MediaWiki %s is not supported (1.31 or newer is needed)", info.Version))
	}
	if ok {
		out = append(out, "ok: MediaWiki "+info.Version+" (lang "+info.Lang+")")
	}
	return out
}

func shortErr(err error) string {
	s := err.Error()
	if i := strings.LastIndex(s, ": "); i > 0 && len(s) > 120 {
		return s[i+2:]
	}
	return s
}
