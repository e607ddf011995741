package site

import (
	"encoding/json"
	"reflect"
	"testing"
)

func TestAPIWarningsOrderAndForms(t *testing.T) {
	var r struct {
		Warnings apiWarnings `json:"warnings"`
	}
	body := `{"warnings":{"main":{"warnings":"Unrecognized parameters: b, a.\nSecond line."},` +
		`"edit":{"*":"fv1 text"},"info":{"warnings":"skipped"},"odd":{"html":{"*":"x"}}}}`
	if err := json.Unmarshal([]byte(body), &r); err != nil {
		t.Fatal(err)
	}
	want := apiWarnings{
		{"main", "Unrecognized parameters: b, a."}, {"main", "Second line."}, {"edit", "fv1 text"},
	}
	if !reflect.DeepEqual(r.Warnings, want) {
		t.Errorf("got %q, want %q", r.Warnings, want)
	}
	r.Warnings = nil
	if err := json.Unmarshal([]byte(`{"warnings":[]}`), &r); err != nil || r.Warnings != nil {
		t.Errorf("a non-object: %v %v", r.Warnings, err)
	}
}
