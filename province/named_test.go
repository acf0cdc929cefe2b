package province

import (
	"slices"
	"testing"
)

// TestNamedIndex: the name index of the division tree lists, for every
// province and name, exactly the units under the province whose full or
// short name it is, in ascending order, so that resolving a city or
// district by name looks at the units the full scan would accept.
func TestNamedIndex(t *testing.T) {
	tr := divisions()
	entries := 0
	for p, units := range tr.under {
		for i, d := range units {
			for _, name := range []string{d.Name, tr.short[p][i]} {
				if !slices.Contains(tr.named[[2]string{p, name}], i) {
					t.Fatalf("%s: unit %d (%s) missing under %q", p, i, d.Name, name)
				}
			}
		}
	}
	for key, idx := range tr.named {
		entries += len(idx)
		if !slices.IsSorted(idx) {
			t.Errorf("%v: indices %v not ascending", key, idx)
		}
		for j, i := range idx {
			d, sh := tr.under[key[0]][i], tr.short[key[0]][i]
			if d.Name != key[1] && sh != key[1] {
				t.Errorf("%v lists %s", key, d.Name)
			}
			if j > 0 && idx[j-1] == i {
				t.Errorf("%v lists %s twice", key, d.Name)
			}
		}
	}
	if entries == 0 {
		t.Fatal("empty index")
	}
}
