package python

import (
	"bufio"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// SysPath returns sys.path for running a script as CPython builds it: the
// script's directory, the PYTHONPATH entries, the extra directories
// (pywikibot's user_script_paths), then the third-party package
// directories of SitePackages. CPython's own standard library directories
// are left out (its .py modules do not run here; gowikibot provides its
// own). Modules gowikibot embeds (the standard library it provides, its
// pywikibot and requests) are found before anything on sys.path.
func SysPath(scriptDir string, extra []string) []string {
	var out []string
	seen := map[string]bool{}
	add := func(p string) {
		if p == "" || seen[p] {
			return
		}
		seen[p] = true
		out = append(out, p)
	}
	add(scriptDir)
	for _, p := range filepath.SplitList(os.Getenv("PYTHONPATH")) {
		if p != "" {
			if abs, err := filepath.Abs(p); err == nil {
				p = abs
			}
			add(p)
		}
	}
	for _, p := range extra {
		add(p)
	}
	for _, p := range SitePackages() {
		add(p)
	}
	return out
}

// SitePackages returns the directories CPython's site module would add:
// the active virtualenv's site-packages (VIRTUAL_ENV; the system ones too
// when its pyvenv.cfg says include-system-site-packages = true), or else
// the user site-packages (unless PYTHONNOUSERSITE is set) and the system
// site-packages and dist-packages of the machine's python3, each followed
// by the directories named in its .pth files (import lines in .pth files
// are not run). Only existing directories are returned.
func SitePackages() []string {
	ver := pythonVersion()
	var dirs []string
	system := true
	if venv := os.Getenv("VIRTUAL_ENV"); venv != "" {
		dirs = append(dirs, globDirs(filepath.Join(venv, "lib", "python3*", "site-packages"))...)
		system = venvIncludesSystem(venv)
	}
	if system {
		if home, err := os.UserHomeDir(); err == nil && os.Getenv("PYTHONNOUSERSITE") == "" && ver != "" {
			dirs = append(dirs, filepath.Join(home, ".local", "lib", ver, "site-packages"))
		}
		if ver != "" {
			dirs = append(dirs,
				filepath.Join("/usr/local/lib", ver, "dist-packages"),
				filepath.Join("/usr/local/lib", ver, "site-packages"))
		}
		dirs = append(dirs, "/usr/lib/python3/dist-packages")
		if ver != "" {
			dirs = append(dirs, filepath.Join("/usr/lib", ver, "dist-packages"))
		}
	}
	var out []string
	for _, d := range dirs {
		if st, err := os.Stat(d); err != nil || !st.IsDir() {
			continue
		}
		out = append(out, d)
		out = append(out, pthDirs(d)...)
	}
	return out
}

// pythonVersion returns "python3.X" for the machine's python3 (the target
// of the /usr/bin/python3 link, else the newest /usr/lib/python3.X), or "".
func pythonVersion() string {
	if t, err := os.Readlink("/usr/bin/python3"); err == nil {
		if b := filepath.Base(t); strings.HasPrefix(b, "python3.") {
			return b
		}
	}
	libs := globDirs("/usr/lib/python3.*")
	if len(libs) == 0 {
		return ""
	}
	sort.Slice(libs, func(i, j int) bool { return minorOf(libs[i]) < minorOf(libs[j]) })
	return filepath.Base(libs[len(libs)-1])
}

func minorOf(dir string) int {
	n := 0
	for _, c := range strings.TrimPrefix(filepath.Base(dir), "python3.") {
		if c < '0' || c > '9' {
			break
		}
		n = n*10 + int(c-'0')
	}
	return n
}

func globDirs(pattern string) []string {
	m, _ := filepath.Glob(pattern)
	var out []string
	for _, p := range m {
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			out = append(out, p)
		}
	}
	return out
}

func venvIncludesSystem(venv string) bool {
	f, err := os.Open(filepath.Join(venv, "pyvenv.cfg"))
	if err != nil {
		return false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), "=")
		if ok && strings.TrimSpace(k) == "include-system-site-packages" {
			return strings.EqualFold(strings.TrimSpace(v), "true")
		}
	}
	return false
}

// pthDirs returns the existing directories listed in dir's .pth files, in
// file name order. Comment lines and import lines are skipped.
func pthDirs(dir string) []string {
	// the names read and filtered here rather than by filepath.Glob
	// ("*.pth"), which matched the pattern against every name of the
	// directory: 0.5 M instructions on every start with a system
	// site-packages of 100 entries
	var files []string
	if d, err := os.Open(dir); err == nil {
		names, _ := d.Readdirnames(-1)
		d.Close()
		for _, name := range names {
			if strings.HasSuffix(name, ".pth") {
				files = append(files, filepath.Join(dir, name))
			}
		}
	}
	sort.Strings(files)
	var out []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		for _, line := range strings.Split(string(data), "\n") {
			line = strings.TrimSpace(line)
			if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "import ") || strings.HasPrefix(line, "import\t") {
				continue
			}
			p := line
			if !filepath.IsAbs(p) {
				p = filepath.Join(dir, p)
			}
			if st, err := os.Stat(p); err == nil && st.IsDir() {
				out = append(out, p)
			}
		}
	}
	return out
}
