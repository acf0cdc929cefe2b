package division

import "testing"

// BenchmarkEver measures the hot path of resident-ID parsing, one Ever call
// per op, for a current, an abolished and a never-allocated code.
func BenchmarkEver(b *testing.B) {
	for _, bc := range []struct {
		name, code string
		want       bool
	}{
		{"current", "330106", true},
		{"abolished", "110103", true},
		{"never", "999999", false},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if Ever(bc.code) != bc.want {
					b.Fatalf("Ever(%q) != %v", bc.code, bc.want)
				}
			}
		})
	}
}

// BenchmarkLookup measures building a current Division.
func BenchmarkLookup(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, ok := Lookup("330106"); !ok {
			b.Fatal("Lookup(330106) failed")
		}
	}
}
