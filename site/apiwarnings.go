package site

import (
	"bytes"
	"encoding/json"
	"strings"
)

// APIWarning is one warning of an API answer: the module that gave it
// ("main", "edit", ...) and one line of its text, as pywikibot prints them
// ("API warning (main): Unrecognized parameter: x.").
type APIWarning struct {
	Module string `json:"module"`
	Text   string `json:"text"`
}

// apiWarnings decodes an answer's "warnings" member in its order: each
// module's text (formatversion 2 "warnings", 1 "*") split into lines.
type apiWarnings []APIWarning

// UnmarshalJSON reads {"module": {"warnings": "text"}, ...} keeping the
// modules in the order the wiki sent them (a Go map would not).
func (w *apiWarnings) UnmarshalJSON(b []byte) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil // not an object: no warnings we can read
	}
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return err
		}
		mod, _ := t.(string)
		var body map[string]any
		if err := dec.Decode(&body); err != nil {
			return err
		}
		text, ok := body["warnings"].(string)
		if !ok {
			text, ok = body["*"].(string)
		}
		if !ok || mod == "info" {
			continue
		}
		for _, line := range strings.Split(strings.TrimRight(text, "\n"), "\n") {
			*w = append(*w, APIWarning{Module: mod, Text: line})
		}
	}
	return nil
}
