package division

import "testing"

// FuzzLookup checks that the code parsers never panic and agree with one
// another; an accepted code round-trips through Lookup.
func FuzzLookup(f *testing.F) {
	for _, s := range []string{"330106", "110103", "419001", "999999", "", "33010", "33010x", "3301060", "000000", "４１９００１"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ever := Ever(s)
		d, ok := Lookup(s)
		h := History(s)
		if ok && (!ever || d.Code != s || d.Until != 0) {
			t.Fatalf("Lookup(%q) = %+v, %v but Ever = %v", s, d, ok, ever)
		}
		if ever != (len(h) > 0) {
			t.Fatalf("Ever(%q) = %v, History has %d records", s, ever, len(h))
		}
		for _, r := range h {
			if r.Code != s || !ValidIn(s, r.Since) {
				t.Fatalf("History(%q) has %+v, ValidIn(%q, %d) = %v", s, r, s, r.Since, ValidIn(s, r.Since))
			}
		}
		if p, ok := Parent(s); ok && !p.Current() {
			t.Fatalf("Parent(%q) = %+v, not current", s, p)
		}
		_ = Children(s)
		_ = ProvinceOf(s)
	})
}
