package userconfig

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"

	"gopkg.in/ini.v1"
)

// loadINI reads gowikibot.ini (written by "config migrate"): section
// [config] holds each variable as a JSON value under its pywikibot name.
func (l *loader) loadINI(path string) error {
	cfg := l.cfg
	data, err := os.ReadFile(path)
	if err != nil {
		return &ConfigError{File: path, Msg: err.Error()}
	}
	f, err := ini.LoadSources(ini.LoadOptions{IgnoreInlineComment: true, PreserveSurroundedQuote: true}, data)
	if err != nil {
		// Not the parser's message: it quotes the line, which may hold a token.
		return &ConfigError{File: path, Msg: INISyntaxError(path, data, "a [config] section with 'name = JSON value' lines, as 'gowikibot config migrate' writes").Error()}
	}
	cfg.ConfigFile = path
	cfg.FromINI = true
	sec, err := f.GetSection("config")
	if err != nil {
		return nil
	}
	for _, k := range sec.Keys() {
		name := k.Name()
		var raw any
		dec := json.NewDecoder(strings.NewReader(k.Value()))
		dec.UseNumber()
		if err := dec.Decode(&raw); err != nil {
			return &ConfigError{File: path, Msg: fmt.Sprintf("[config] %s: not a JSON value: %v", name, err)}
		}
		val := fromJSON(raw)
		switch name {
		case "socket_timeout":
			if lst, ok := val.([]any); ok {
				val = Tuple(lst)
			}
		case "authenticate":
			if m, ok := val.(map[string]any); ok {
				for h, e := range m {
					if lst, ok := e.([]any); ok {
						m[h] = Tuple(lst)
					}
				}
			}
		case "family_files":
			if m, ok := val.(map[string]any); ok {
				for fam, p := range m {
					if s, ok := p.(string); ok {
						l.familyFs[fam] = s
						cfg.ConfigFamilyFiles[fam] = s
					}
				}
			}
			continue
		}
		def, known := varIndex[name]
		if !known {
			l.unknownVar(name, INIFileName)
			cfg.Vars[name] = val
			continue
		}
		got := goTypeName(val)
		conv, ok := checkType(name, val, got, def)
		if name == "usernames" {
			conv, ok = val, got == "dict"
		}
		if !ok {
			cfg.warn(l.stderr, "Configuration variable \"%s\" is defined as \"%s\" in your %s but expected \"%s\".", name, got, INIFileName, def.Type)
			continue
		}
		cfg.Vars[name] = conv
	}
	return nil
}

func fromJSON(v any) any {
	switch x := v.(type) {
	case json.Number:
		if i, err := x.Int64(); err == nil {
			return i
		}
		f, _ := x.Float64()
		return f
	case []any:
		for i := range x {
			x[i] = fromJSON(x[i])
		}
		return x
	case map[string]any:
		for k := range x {
			x[k] = fromJSON(x[k])
		}
		return x
	}
	return v
}

func goTypeName(v any) string {
	switch v.(type) {
	case nil:
		return "NoneType"
	case bool:
		return "bool"
	case int64:
		return "int"
	case float64:
		return "float"
	case string:
		return "str"
	case Tuple:
		return "tuple"
	case []any:
		return "list"
	case map[string]any:
		return "dict"
	}
	return fmt.Sprintf("%T", v)
}

// MigrateINI renders cfg (loaded from user-config.py) as gowikibot.ini:
// every variable whose value differs from the default, as JSON, plus the
// family_files the config set. Names that are code (functions, classes,
// modules) cannot be expressed and are returned in skipped (and listed as
// comments in the file).
func MigrateINI(cfg *Config) (data []byte, skipped []string) {
	familyFilesFromConfig := cfg.ConfigFamilyFiles
	var b bytes.Buffer
	fmt.Fprintf(&b, "; gowikibot configuration, migrated from %s by \"gowikibot config migrate\".\n", cfg.ConfigFile)
	b.WriteString("; gowikibot reads this file instead of user-config.py while it exists.\n")
	b.WriteString("; Each value is JSON; the names are pywikibot's config variables.\n")
	skipped = append(skipped, cfg.Unconvertible...)
	for _, s := range skipped {
		fmt.Fprintf(&b, "; NOT MIGRATED (code, not data): %s\n", s)
	}
	b.WriteString("\n[config]\n")
	names := append([]string{}, cfg.Modified...)
	for k := range cfg.Extra {
		if _, ok := cfg.Vars[k]; ok {
			names = append(names, k)
		}
	}
	sort.Strings(names)
	for _, n := range names {
		v := cfg.Vars[n]
		if n == "family_files" {
			if len(familyFilesFromConfig) == 0 {
				continue
			}
			m := map[string]any{}
			for k, p := range familyFilesFromConfig {
				m[k] = p
			}
			v = m
		}
		js, err := json.Marshal(jsonable(v))
		if err != nil {
			skipped = append(skipped, n+" (not representable)")
			continue
		}
		fmt.Fprintf(&b, "%s = %s\n", n, js)
	}
	return b.Bytes(), skipped
}

// jsonable converts Tuple to []any recursively.
func jsonable(v any) any {
	switch x := v.(type) {
	case Tuple:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = jsonable(e)
		}
		return out
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = jsonable(e)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = jsonable(e)
		}
		return out
	}
	return v
}

// WriteINI writes data to dir/gowikibot.ini with mode 0600 (it may hold
// authenticate secrets).
func WriteINI(path string, data []byte) error {
	return os.WriteFile(path, data, 0o600)
}
