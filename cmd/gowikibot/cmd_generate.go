package main

import (
	"bufio"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/gowikibot/gowikibot/family"
	"github.com/gowikibot/gowikibot/userconfig"
)

// PassBasename is the password file generate_user_files writes.
const PassBasename = "user-password.cfg"

// genBaseDir is where the generators write: -dir:, or the directory
// pywikibot would use (an existing config's, else the current directory).
func genBaseDir(globals []string) (string, error) {
	for _, a := range globals {
		if d, ok := strings.CutPrefix(a, "-dir:"); ok {
			if d == "~" || strings.HasPrefix(d, "~/") {
				h, _ := os.UserHomeDir()
				d = h + d[1:]
			}
			return filepath.Abs(d)
		}
	}
	env := append(os.Environ(), "PYWIKIBOT_NO_USER_CONFIG=2")
	cfg, err := userconfig.Load(userconfig.LoadOptions{Args: globals, Env: env, Stderr: io.Discard})
	if err != nil {
		var ce *userconfig.ConfigError
		if errors.As(err, &ce) {
			return filepath.Dir(ce.File), nil
		}
		return "", err
	}
	return cfg.BaseDir, nil
}

func cmdGenerateUserFiles(ios *ioStreams, args []string) int {
	globals, rest := userconfig.SplitGlobalArgs(args)
	var botName, botPass string
	var unknown []string
	for _, a := range rest {
		switch {
		case strings.HasPrefix(a, "-botpassword:"):
			botName = strings.TrimPrefix(a, "-botpassword:")
		default:
			unknown = append(unknown, a)
		}
	}
	if len(unknown) > 0 {
		s := ""
		if len(unknown) > 1 {
			s = "s"
		}
		fmt.Fprintf(ios.Out, "Unknown argument%s: %s\n", s, strings.Join(unknown, ", "))
		return 2
	}
	fam, code, user := "", "", ""
	for _, a := range globals {
		opt, val, _ := strings.Cut(a, ":")
		switch opt {
		case "-family":
			fam = val
		case "-lang", "-code":
			code = val
		case "-site":
			if f, c, ok := strings.Cut(val, ":"); ok {
				fam, code = f, c
			} else {
				fam, code = val, val
			}
		case "-user":
			user = val
		}
	}
	force := code != ""
	if fam == "" {
		fam = "wikipedia"
	}
	base, err := genBaseDir(globals)
	if err != nil {
		return reportError(ios, err)
	}
	fmt.Fprintln(ios.Out, "You can abort at any time by pressing ctrl-c")
	in := bufio.NewReader(ios.In)
	ask := func(prompt, def string) string {
		if def != "" {
			fmt.Fprintf(ios.Out, "%s (default: %s): ", prompt, def)
		} else {
			fmt.Fprintf(ios.Out, "%s: ", prompt)
		}
		line, err := in.ReadString('\n')
		line = strings.TrimSpace(line)
		if err != nil && line == "" {
			fmt.Fprintln(ios.Out)
			return def
		}
		if line == "" {
			return def
		}
		return line
	}
	if force {
		fmt.Fprintln(ios.Out, "Automatically generating user-config.py")
	} else {
		code = "en"
	}
	fmt.Fprintf(ios.Out, "\nYour default user directory is \"%s\"\n", base)
	ucPath := filepath.Join(base, "user-config.py")
	pwPath := filepath.Join(base, PassBasename)
	for _, p := range []string{ucPath, pwPath} {
		if _, err := os.Stat(p); err == nil {
			fmt.Fprintf(ios.Out, "%s already exists; not overwritten. Remove it or use -dir:OTHER.\n", p)
			return 1
		}
	}
	if !force {
		fam = ask("Select family of sites we are working on, just enter the number or name", fam)
		code = ask("The site code of the site we're working on", code)
		user = ask(fmt.Sprintf("Username on %s:%s", code, fam), user)
		if botName == "" {
			yn := ask(fmt.Sprintf("Do you want to add a BotPassword for %s? ([y]es, [N]o)", user), "n")
			if strings.HasPrefix(strings.ToLower(yn), "y") {
				botName = ask(fmt.Sprintf("BotPassword's \"bot name\" for %s", user), "")
			}
		}
	}
	if botName != "" {
		botPass = os.Getenv("GOWIKIBOT_BOTPASSWORD")
		if botPass == "" {
			botPass = ask(fmt.Sprintf("BotPassword's \"password\" for \"%s\"", botName), "")
		}
		if user == "" {
			fmt.Fprintln(ios.Err, "gowikibot generate_user_files: a BotPassword needs a username (-user:NAME)")
			return 2
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "family = %s\nmylang = %s\n", pyRepr(fam), pyRepr(code))
	if user != "" {
		fmt.Fprintf(&b, "usernames[%s][%s] = %s\n", pyRepr(fam), pyRepr(code), pyRepr(user))
	} else {
		fmt.Fprintf(&b, "# usernames[%s][%s] = 'MyUsername'\n", pyRepr(fam), pyRepr(code))
	}
	withPw := botName != "" && botPass != ""
	if withPw {
		fmt.Fprintf(&b, "password_file = \"%s\"\n", PassBasename)
	} else {
		b.WriteString("password_file = None\n")
	}
	fmt.Fprintln(ios.Out, "Creating a small variant of user-config.py")
	if err := os.MkdirAll(base, 0o700); err != nil {
		return reportError(ios, err)
	}
	if err := os.WriteFile(ucPath, []byte(b.String()), 0o644); err != nil {
		return reportError(ios, err)
	}
	fmt.Fprintf(ios.Out, "'%s' written.\n", ucPath)
	if withPw {
		content := "# This is an automatically generated file used to store\n# BotPasswords.\n#\n" +
			"# As a simpler (but less secure) alternative to OAuth, MediaWiki allows bot\n" +
			"# users to uses BotPasswords to limit the permissions given to a bot.\n" +
			"# When using BotPasswords, each instance gets keys. This combination can only\n" +
			"# access the API, not the normal web interface.\n#\n" +
			"# See https://www.mediawiki.org/wiki/Manual:Pywikibot/BotPasswords for more\n# information.\n" +
			fmt.Sprintf("(%s, BotPassword(%s, %s))", pyRepr(user), pyRepr(botName), pyRepr(botPass))
		f, err := os.OpenFile(pwPath, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
		if err == nil {
			_, err = f.WriteString(content)
			if cerr := f.Close(); err == nil {
				err = cerr
			}
		}
		if err == nil {
			err = os.Chmod(pwPath, 0o600)
		}
		if err != nil {
			os.Remove(pwPath)
			return reportError(ios, err)
		}
		fmt.Fprintf(ios.Out, "'%s' written.\n", pwPath)
	}
	return 0
}

// wikiInfo is what generate_family_file learns about a wiki.
type wikiInfo struct {
	APIURL     string
	Server     string // siteinfo server, made absolute
	Scheme     string
	Host       string
	ScriptPath string
	Lang       string
	Generator  string
	Version    string
	Private    bool
}

var httpClient = &http.Client{Timeout: 30 * time.Second}

// findAPI turns a wiki URL (api.php, index.php, an article URL or the main
// page) into its api.php URL: an api.php URL is used as is; otherwise the
// page's <link rel="EditURI"> names it.
func findAPI(raw string) (string, error) {
	if !strings.Contains(raw, "://") {
		raw = "https://" + raw
	}
	u, err := url.Parse(raw)
	if err != nil {
		return "", err
	}
	if strings.HasSuffix(u.Path, "/api.php") {
		u.RawQuery, u.Fragment = "", ""
		return u.String(), nil
	}
	resp, err := httpClient.Get(raw)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 4<<20))
	m := regexp.MustCompile(`<link[^>]+rel="EditURI"[^>]*href="([^"]+)"`).FindSubmatch(body)
	if m == nil {
		m = regexp.MustCompile(`<link[^>]+href="([^"]+)"[^>]*rel="EditURI"`).FindSubmatch(body)
	}
	if m == nil {
		// Guess: scriptpath of index.php, or the usual places.
		for _, guess := range []string{strings.TrimSuffix(u.Path, "index.php") + "api.php", "/w/api.php", "/api.php"} {
			g := *u
			g.Path, g.RawQuery, g.Fragment = guess, "", ""
			if _, err := siteinfo(g.String()); err == nil {
				return g.String(), nil
			}
		}
		return "", fmt.Errorf("no MediaWiki API found at %s (the page has no <link rel=\"EditURI\">)", raw)
	}
	href := strings.ReplaceAll(string(m[1]), "&amp;", "&")
	ref, err := u.Parse(href)
	if err != nil {
		return "", err
	}
	ref.RawQuery, ref.Fragment = "", ""
	return ref.String(), nil
}

// siteinfo reads meta=siteinfo (general) from api.
func siteinfo(api string) (*wikiInfo, error) {
	q := url.Values{"action": {"query"}, "meta": {"siteinfo"}, "siprop": {"general"}, "format": {"json"}}
	resp, err := httpClient.Get(api + "?" + q.Encode())
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		return nil, fmt.Errorf("%s: HTTP %s", api, resp.Status)
	}
	var r struct {
		Query struct {
			General map[string]any `json:"general"`
		} `json:"query"`
		Error *struct{ Code, Info string } `json:"error"`
	}
	if err := json.NewDecoder(io.LimitReader(resp.Body, 8<<20)).Decode(&r); err != nil {
		return nil, fmt.Errorf("%s: not a MediaWiki API (%v)", api, err)
	}
	if r.Error != nil {
		if r.Error.Code == "readapidenied" {
			return &wikiInfo{APIURL: api, Private: true}, nil
		}
		return nil, fmt.Errorf("%s: API error %s: %s", api, r.Error.Code, r.Error.Info)
	}
	g := r.Query.General
	if g == nil {
		return nil, fmt.Errorf("%s: the answer has no siteinfo", api)
	}
	str := func(k string) string { s, _ := g[k].(string); return s }
	w := &wikiInfo{APIURL: api, Server: str("server"), ScriptPath: str("scriptpath"), Lang: str("lang"), Generator: str("generator")}
	au, _ := url.Parse(api)
	if strings.HasPrefix(w.Server, "//") {
		w.Server = au.Scheme + ":" + w.Server
	}
	su, err := url.Parse(w.Server)
	if err != nil || su.Host == "" {
		su = au
	}
	w.Scheme, w.Host = su.Scheme, su.Host
	w.Version = strings.TrimPrefix(w.Generator, "MediaWiki ")
	return w, nil
}

// versionAtLeast compares a MediaWiki version ("1.39.17", "1.42.0-wmf.3")
// with major.minor.
func versionAtLeast(v string, major, minor int) bool {
	parts := strings.SplitN(v, ".", 3)
	if len(parts) < 2 {
		return false
	}
	ma, err1 := strconv.Atoi(parts[0])
	mi, err2 := strconv.Atoi(strings.TrimFunc(parts[1], func(r rune) bool { return r < '0' || r > '9' }))
	if err1 != nil || err2 != nil {
		return false
	}
	return ma > major || (ma == major && mi >= minor)
}

func cmdGenerateFamilyFile(ios *ioStreams, args []string) int {
	globals, rest := userconfig.SplitGlobalArgs(args)
	if len(rest) > 0 && rest[0] == "-help" {
		fmt.Fprintln(ios.Out, "usage: gowikibot generate_family_file URL NAME [y|s|n|e] [y|n]\n\nReads the wiki's siteinfo and writes <base_dir>/families/NAME_family.py.\nOnly the given wiki is included (interwiki expansion answers other than n are not supported).\nThe last argument y disables certificate verification.")
		return 0
	}
	in := bufio.NewReader(ios.In)
	arg := func(i int, prompt string) string {
		if i < len(rest) {
			return rest[i]
		}
		fmt.Fprint(ios.Out, prompt)
		line, _ := in.ReadString('\n')
		return strings.TrimSpace(line)
	}
	rawURL := arg(0, "Please insert URL to wiki: ")
	if rawURL == "" {
		return 1
	}
	name := arg(1, "Please insert a short name (eg: freeciv): ")
	if name == "" {
		return 1
	}
	if !family.ValidName(name) {
		fmt.Fprintf(ios.Out, "ERROR: Name of family \"%s\" must be ASCII letters and digits [a-zA-Z0-9]\n", name)
		return 1
	}
	if len(rest) > 2 && !strings.EqualFold(rest[2], "n") {
		fmt.Fprintf(ios.Err, "gowikibot generate_family_file: interwiki answer %q is not supported; only this wiki is written (as with n)\n", rest[2])
	}
	// The last answer is pywikibot's to "Retry with disabled ssl
	// certificate validation": the wiki is read with verification first,
	// and only a certificate failure is retried without it (the family
	// file then says verify_SSL_certificate False); a wiki read with
	// verification gets no such method, whatever the answer.
	noVerifyOK := len(rest) > 3 && strings.EqualFold(rest[3], "y")
	verify := true
	base, err := genBaseDir(globals)
	if err != nil {
		return reportError(ios, err)
	}
	fmt.Fprintln(ios.Out, "Generating family file from "+rawURL)
	api, w, err := readWiki(rawURL)
	if err != nil && noVerifyOK && isCertificateError(err) {
		fmt.Fprintf(ios.Out, "%v\nRetrying with disabled ssl certificate validation\n", err)
		verify = false
		old := httpClient
		httpClient = &http.Client{Timeout: old.Timeout, Transport: insecureTransport()}
		defer func() { httpClient = old }()
		api, w, err = readWiki(rawURL)
	}
	if err != nil {
		return reportError(ios, fmt.Errorf("generate_family_file: %w", err))
	}
	if w.Private {
		return reportError(ios, fmt.Errorf("generate_family_file: %s is a private wiki (readapidenied); cannot read its siteinfo", api))
	}
	if !versionAtLeast(w.Version, 1, 31) {
		return reportError(ios, fmt.Errorf("generate_family_file: MediaWiki %s is not supported (1.31 or newer is needed)", w.Version))
	}
	fmt.Fprintf(ios.Out, "\n==================================\nAPI url: %s\nMediaWiki version: %s\n==================================\n\n", api, w.Version)
	code := w.Lang
	if code == "" {
		code = name
	}
	content, err := family.GenerateFile(family.GenerateInput{SourceURL: rawURL, Name: name, Code: code,
		Scheme: w.Scheme, Host: w.Host, ScriptPath: w.ScriptPath, NoVerify: !verify})
	if err != nil {
		return reportError(ios, fmt.Errorf("generate_family_file: %s: %w; no family file written", api, err))
	}
	fn := filepath.Join(base, "families", name+"_family.py")
	fmt.Fprintf(ios.Out, "Writing %s... \n", fn)
	if _, err := os.Stat(fn); err == nil {
		fmt.Fprintf(ios.Out, "%s already exists. Overwrite? (y/n) ", fn)
		line, _ := in.ReadString('\n')
		if strings.ToLower(strings.TrimSpace(line)) != "y" {
			fmt.Fprintln(ios.Out, "Terminating.")
			return 1
		}
	}
	if err := os.MkdirAll(filepath.Dir(fn), 0o755); err != nil {
		return reportError(ios, err)
	}
	if err := os.WriteFile(fn, []byte(content), 0o644); err != nil {
		return reportError(ios, err)
	}
	return 0
}

// insecureTransport is an HTTP transport that does not verify TLS
// certificates (verify_SSL_certificate = False).
func insecureTransport() http.RoundTripper {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.TLSClientConfig = &tls.Config{InsecureSkipVerify: true} //nolint:gosec // asked for by the user
	return t
}

// readWiki finds the API of the wiki at rawURL and reads its siteinfo.
func readWiki(rawURL string) (string, *wikiInfo, error) {
	api, err := findAPI(rawURL)
	if err != nil {
		return "", nil, err
	}
	w, err := siteinfo(api)
	return api, w, err
}

// isCertificateError reports whether err is a TLS certificate that did
// not verify.
func isCertificateError(err error) bool {
	var cv *tls.CertificateVerificationError
	var ua x509.UnknownAuthorityError
	var he x509.HostnameError
	var ci x509.CertificateInvalidError
	return errors.As(err, &cv) || errors.As(err, &ua) || errors.As(err, &he) || errors.As(err, &ci)
}
