package family

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"sync"

	"github.com/gowikibot/gowikibot/userconfig"
)

// Registry knows every family: the built-in ones and those of family_files
// (family file paths or, for AutoFamily, api.php URLs). Family files are
// evaluated on first use by the registered PyLoader (see RegisterPyLoader);
// a family is loaded once per registry.
type Registry struct {
	// Files is family_files: name -> path of a *_family.py or an api.php URL.
	Files map[string]string
	// Warn receives warnings (FamilyMaintenanceWarning); nil: os.Stderr.
	Warn io.Writer
	// Config is what family files see as pywikibot.config; nil: the
	// configuration loaded last in this process (userconfig.Loaded), or
	// pywikibot's defaults when none was.
	Config *userconfig.Config

	mu       sync.Mutex
	loaded   map[string]*Static
	py       PyLoader
	Warnings []string
}

// NewRegistry returns a registry over the built-in families and files
// (config's family_files; nil for built-ins only).
func NewRegistry(files map[string]string) *Registry {
	r := &Registry{Files: map[string]string{}, loaded: map[string]*Static{}}
	for k, v := range files {
		r.Files[k] = v
	}
	return r
}

// Names lists every registered family name, sorted.
func (r *Registry) Names() []string {
	seen := map[string]bool{}
	for _, n := range BuiltinNames() {
		seen[n] = true
	}
	for n := range r.Files {
		seen[n] = true
	}
	out := make([]string, 0, len(seen))
	for n := range seen {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// Source says where family name comes from: "builtin", a file path, or the
// AutoFamily URL.
func (r *Registry) Source(name string) string {
	if p, ok := r.Files[name]; ok {
		return p
	}
	if Builtin(name) != nil {
		return "builtin"
	}
	return ""
}

func (r *Registry) warn(msg string) {
	r.Warnings = append(r.Warnings, msg)
	w := r.Warn
	if w == nil {
		w = os.Stderr
	}
	fmt.Fprintln(w, "WARNING: "+msg)
}

// Load returns family name: family_files first (a file, or an AutoFamily
// for an http(s) URL), then the built-in families; *UnknownFamilyError
// when there is none, *FileError for a broken family file.
func (r *Registry) Load(name string) (Family, error) {
	f, err := r.LoadStatic(name)
	if err != nil {
		return nil, err
	}
	return f, nil
}

// LoadStatic is Load returning the concrete *Static.
func (r *Registry) LoadStatic(name string) (*Static, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if f, ok := r.loaded[name]; ok {
		return f, nil
	}
	var f *Static
	var err error
	if p, ok := r.Files[name]; ok {
		if strings.HasPrefix(p, "http://") || strings.HasPrefix(p, "https://") {
			f, err = NewAutoFamily(name, p)
		} else {
			if r.py == nil {
				mk := registeredPyLoader()
				if mk == nil {
					return nil, &FileError{File: p, Msg: ErrNoPyLoader.Error(), Err: ErrNoPyLoader}
				}
				cfg := r.Config
				if cfg == nil {
					cfg = userconfig.Loaded()
				}
				if r.py, err = mk(cfg); err != nil {
					return nil, err
				}
			}
			f, err = r.py.Load(name, p, r.warn)
		}
	} else if b := Builtin(name); b != nil {
		f = b
	} else {
		err = &UnknownFamilyError{Name: name}
	}
	if err != nil {
		return nil, err
	}
	r.loaded[name] = f
	return f, nil
}

// Close releases the registry's interpreter.
func (r *Registry) Close() {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.py != nil {
		r.py.Close()
		r.py = nil
	}
}

// Load loads family name with familyFiles (config's family_files) in
// scope; see Registry.Load.
func Load(familyFiles map[string]string, name string) (Family, error) {
	return NewRegistry(familyFiles).Load(name)
}

// FromURL finds the family and code of the wiki at rawURL among the
// registry's families (built-in first, then family_files); err is
// *UnknownFamilyError... when none matches.
func (r *Registry) FromURL(rawURL string) (Family, string, error) {
	names := r.Names()
	// Prefer families whose domain appears in the URL (cheap, no loading).
	for _, n := range names {
		src := r.Source(n)
		if src != "builtin" && !strings.HasPrefix(src, "http") {
			continue
		}
		f, err := r.LoadStatic(n)
		if err != nil {
			continue
		}
		if code, ok := f.FromURL(rawURL); ok {
			return f, code, nil
		}
	}
	for _, n := range names {
		src := r.Source(n)
		if src == "builtin" || strings.HasPrefix(src, "http") {
			continue
		}
		f, err := r.LoadStatic(n)
		if err != nil {
			continue
		}
		if code, ok := f.FromURL(rawURL); ok {
			return f, code, nil
		}
	}
	return nil, "", &UnknownFamilyError{Msg: "No family found for URL " + rawURL}
}

// FromURL finds the built-in family and code of the wiki at rawURL.
func FromURL(rawURL string) (Family, string, error) {
	return NewRegistry(nil).FromURL(rawURL)
}
