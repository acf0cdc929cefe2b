package filing_test

import (
	"slices"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/beian-go/beian/filing"
)

func TestProvinceOfAbbreviation(t *testing.T) {
	tests := []struct {
		abbr   string
		code   string
		wantOK bool
	}{
		{"京", "110000", true}, // Beijing
		{"川", "510000", true}, // Sichuan, common form
		{"蜀", "510000", true}, // Sichuan, the form of ICP numbers
		{"黔", "520000", true}, // Guizhou, ICP form
		{"贵", "520000", true}, // Guizhou, common form
		{"滇", "530000", true}, // Yunnan, ICP form
		{"陇", "620000", true}, // Gansu, ICP form
		{"新", "650000", true}, // Xinjiang, last row
		{"港", "", false},      // Hong Kong is not a mainland filing province
		{"", "", false},       // empty
		{"京津", "", false},     // two characters
	}
	for _, tt := range tests {
		code, ok := filing.ProvinceOfAbbreviation(tt.abbr)
		if code != tt.code || ok != tt.wantOK {
			t.Errorf("ProvinceOfAbbreviation(%q) = %q, %v; want %q, %v", tt.abbr, code, ok, tt.code, tt.wantOK)
		}
	}
}

func TestProvinceAbbreviations(t *testing.T) {
	tests := []struct {
		code string
		want []string
	}{
		{"510000", []string{"川", "蜀"}}, // common form first
		{"320000", []string{"苏"}},      // a single form
		{"810000", nil},                // Hong Kong: no mainland row
		{"", nil},                      // empty
	}
	for _, tt := range tests {
		got := filing.ProvinceAbbreviations(tt.code)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ProvinceAbbreviations(%q) mismatch (-want +got):\n%s", tt.code, diff)
		}
	}
	// The slice is fresh: changing it does not change the table.
	s := filing.ProvinceAbbreviations("510000")
	s[0] = "X"
	if got := filing.ProvinceAbbreviations("510000")[0]; got != "川" {
		t.Errorf("table changed through returned slice: got %q", got)
	}
}

// TestProvinceAbbreviationTable walks every province code and checks that
// each of its abbreviations maps back to it, and that there are 31 provinces
// with 35 abbreviations, all distinct.
func TestProvinceAbbreviationTable(t *testing.T) {
	seen := map[string]string{}
	provinces := 0
	for p := 10; p <= 99; p++ {
		code := string(rune('0'+p/10)) + string(rune('0'+p%10)) + "0000"
		abbrs := filing.ProvinceAbbreviations(code)
		if abbrs == nil {
			continue
		}
		provinces++
		for _, a := range abbrs {
			if prev, dup := seen[a]; dup {
				t.Errorf("abbreviation %q used by %s and %s", a, prev, code)
			}
			seen[a] = code
			got, ok := filing.ProvinceOfAbbreviation(a)
			if !ok || got != code {
				t.Errorf("ProvinceOfAbbreviation(%q) = %q, %v; want %q", a, got, ok, code)
			}
		}
	}
	if provinces != 31 || len(seen) != 35 {
		t.Errorf("got %d provinces with %d abbreviations; want 31 and 35", provinces, len(seen))
	}
}

// TestTraditionalAbbreviationTable walks every traditional form: each maps
// back to its province, none is a simplified abbreviation, and numbers
// written with it print the simplified form. The 14 provinces whose
// abbreviation traditional Chinese writes differently have one each.
func TestTraditionalAbbreviationTable(t *testing.T) {
	simplified := map[string]bool{}
	for p := 10; p <= 99; p++ {
		for _, a := range filing.ProvinceAbbreviations(strconv.Itoa(p) + "0000") {
			simplified[a] = true
		}
	}
	n := 0
	for p := 10; p <= 99; p++ {
		code := strconv.Itoa(p) + "0000"
		for _, tr := range filing.TraditionalAbbreviations(code) {
			n++
			if simplified[tr] {
				t.Errorf("traditional %q of %s is also a simplified abbreviation", tr, code)
			}
			if got, ok := filing.ProvinceOfAbbreviation(tr); !ok || got != code {
				t.Errorf("ProvinceOfAbbreviation(%q) = %q, %v; want %q", tr, got, ok, code)
			}
			num, err := filing.ParseICPNumber(tr + "ICP備12345678號")
			if err != nil || num.Province() != code || !slices.Contains(filing.ProvinceAbbreviations(code), num.Abbr()) || traditionalForms[num.Abbr()] != tr {
				t.Errorf("ParseICPNumber with %q = %v (abbr %q), %v", tr, num, num.Abbr(), err)
			}
		}
	}
	if n != 14 {
		t.Errorf("got %d traditional forms; want 14", n)
	}
	if filing.TraditionalAbbreviations("110000") != nil || filing.TraditionalAbbreviations("810000") != nil {
		t.Error("TraditionalAbbreviations of 京 or of Hong Kong is not nil")
	}
}
