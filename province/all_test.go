package province

import "testing"

// TestAllGivesCopies: changing the rows All yields leaves the shared sets
// as they were.
func TestAllGivesCopies(t *testing.T) {
	for r := range Default().All {
		if len(r.PersonalWords) > 0 {
			r.PersonalWords[0] = "changed"
		}
		if len(r.Abbrs) > 0 {
			r.Abbrs[0] = "X"
		}
	}
	r, ok := Default().Lookup("京")
	if !ok || r.PersonalWords[0] != "合伙" || r.Abbrs[0] != "京" {
		t.Errorf("the default set changed through All: %v %v", ok, r.PersonalWords)
	}
	if v, ok := VendorKB2025().Lookup("110000"); !ok || v.PersonalWords[0] != "合伙" {
		t.Errorf("the overlay changed through All: %v", v.PersonalWords)
	}
}
