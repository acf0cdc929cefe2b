package division

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestLookupAndEver(t *testing.T) {
	tests := []struct {
		code     string
		wantName string // "" when Lookup must fail
		wantEver bool
	}{
		{"330106", "西湖区", true}, // a current district of 杭州市
		{"110103", "", true},    // 崇文区, abolished in 2010
		{"419001", "济源市", true}, // reused code, current record 济源市
		{"999999", "", false},   // never allocated
		{"33010", "", false},    // too short
		{"33010x", "", false},   // not digits
		{"710000", "台湾省", true}, // provincial level outside the mainland
		{"441900", "东莞市", true}, // prefecture without counties
		{"110100", "", false},   // no 市辖区 row for municipalities
		{"", "", false},         // empty
		{"3301060", "", false},  // too long
	}
	for _, tt := range tests {
		d, ok := Lookup(tt.code)
		if ok != (tt.wantName != "") || d.Name != tt.wantName {
			t.Errorf("Lookup(%q) = %q, %v; want %q", tt.code, d.Name, ok, tt.wantName)
		}
		if got := Ever(tt.code); got != tt.wantEver {
			t.Errorf("Ever(%q) = %v, want %v", tt.code, got, tt.wantEver)
		}
	}
}

func TestHistory(t *testing.T) {
	want := []Division{
		{Code: "419001", Name: "义马市", Level: County, Since: 1987, Until: 1990, Successors: []string{"411281"}},
		{Code: "419001", Name: "济源市", Level: County, Since: 1996},
	}
	if diff := cmp.Diff(want, History("419001")); diff != "" {
		t.Errorf("History(419001) mismatch (-want +got):\n%s", diff)
	}
}
