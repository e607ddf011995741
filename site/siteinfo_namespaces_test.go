package site

import (
	"encoding/json"
	"testing"
)

// decodeSiteInfo keeps a namespace's default content model (a Wikibase
// repository's item and property namespaces name theirs; pywikibot finds
// the entity namespaces by it) and leaves it empty, and out of the JSON
// the bridge hands to Python, for a wikitext namespace.
func TestSiteInfoNamespaceContentModel(t *testing.T) {
	general := json.RawMessage(`{"sitename":"Repo","generator":"MediaWiki 1.39.0"}`)
	ns := map[string]json.RawMessage{
		"0":   json.RawMessage(`{"id":0,"case":"first-letter","content":true,"name":""}`),
		"120": json.RawMessage(`{"id":120,"case":"first-letter","name":"Item","canonical":"Item","defaultcontentmodel":"wikibase-item"}`),
		"122": json.RawMessage(`{"id":122,"case":"first-letter","name":"Property","canonical":"Property","defaultcontentmodel":"wikibase-property"}`),
	}
	si, err := decodeSiteInfo(general, ns, nil)
	if err != nil {
		t.Fatal(err)
	}
	for id, want := range map[int]string{0: "", 120: "wikibase-item", 122: "wikibase-property"} {
		if got := si.Namespaces[id].DefaultContentModel; got != want {
			t.Errorf("namespace %d: DefaultContentModel %q, want %q", id, got, want)
		}
	}
	raw, err := json.Marshal(si.Namespaces[0])
	if err != nil {
		t.Fatal(err)
	}
	var main map[string]any
	if err := json.Unmarshal(raw, &main); err != nil {
		t.Fatal(err)
	}
	if _, ok := main["defaultcontentmodel"]; ok {
		t.Errorf("namespace 0's JSON names a content model: %s", raw)
	}
	raw, _ = json.Marshal(si.Namespaces[120])
	var item map[string]any
	_ = json.Unmarshal(raw, &item)
	if item["defaultcontentmodel"] != "wikibase-item" {
		t.Errorf("namespace 120's JSON: %s", raw)
	}
}
