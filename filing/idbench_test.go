package filing_test

import (
	"testing"

	"github.com/beian-go/beian/filing"
)

// The parsers of the certificate value types are on the hot path of every
// check; valid input must not allocate.

func BenchmarkParseResidentID(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := filing.ParseResidentID("11010519491231002X"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseUSCC(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := filing.ParseUSCC("91350100M000100Y43"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseOrgCode(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := filing.ParseOrgCode("D2143569-X"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseHKID(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := filing.ParseHKID("A123456(3)"); err != nil {
			b.Fatal(err)
		}
	}
}

func TestParseAllocs(t *testing.T) {
	for name, f := range map[string]func(){
		"ResidentID": func() { _, _ = filing.ParseResidentID(" 11010519491231002X ") },
		"USCC":       func() { _, _ = filing.ParseUSCC("91350100M000100Y43") },
		"OrgCode":    func() { _, _ = filing.ParseOrgCode("D2143569-X") },
		"Passport":   func() { _, _ = filing.ParsePassport("E12345678") },
		"HKID":       func() { _, _ = filing.ParseHKID("A123456(3)") },
	} {
		if n := testing.AllocsPerRun(100, f); n != 0 {
			t.Errorf("Parse%s of valid input: %v allocations, want 0", name, n)
		}
	}
}
