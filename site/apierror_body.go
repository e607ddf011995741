package site

import (
	"bytes"
	"encoding/json"
)

// apiErrorFromBody is the APIError of the API answer b, or nil when b has
// no "error" member. Besides code and info it keeps the error's other
// members and the answer's own (not "warnings") in their order, as
// pywikibot's APIError does.
func apiErrorFromBody(b []byte) *APIError {
	top, ok := orderedMembers(b)
	if !ok {
		return nil
	}
	var errRaw json.RawMessage
	var rest []APIErrorField
	for _, f := range top {
		switch f.Key {
		case "error":
			errRaw = f.Value
		case "warnings":
		default:
			rest = append(rest, f)
		}
	}
	if errRaw == nil {
		return nil
	}
	members, ok := orderedMembers(errRaw)
	if !ok {
		return &APIError{}
	}
	ae := &APIError{}
	for _, f := range members {
		switch f.Key {
		case "code":
			_ = json.Unmarshal(f.Value, &ae.Code)
		case "info":
			_ = json.Unmarshal(f.Value, &ae.Info)
		default:
			if f.Key == "lag" {
				_ = json.Unmarshal(f.Value, &ae.Lag)
			}
			ae.Other = append(ae.Other, f)
		}
	}
	ae.Other = append(ae.Other, rest...)
	return ae
}

// checkErrorBody finds an "error" member in a body whose header did not
// announce one (some proxies drop the header).
func checkErrorBody(b []byte) error {
	if ae := apiErrorFromBody(b); ae != nil {
		return ae
	}
	return nil
}

// orderedMembers are the members of the JSON object b in their order;
// false when b is not an object.
func orderedMembers(b []byte) ([]APIErrorField, bool) {
	dec := json.NewDecoder(bytes.NewReader(b))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil, false
	}
	var out []APIErrorField
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return nil, false
		}
		key, _ := t.(string)
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil, false
		}
		out = append(out, APIErrorField{Key: key, Value: v})
	}
	return out, true
}
