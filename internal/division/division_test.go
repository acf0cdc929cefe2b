package division

import (
	"slices"
	"strconv"
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
		{"３３０１０６", "", false},   // full-width digits are not digits
		{"710000", "台湾省", true}, // provincial level outside the mainland
		{"441900", "东莞市", true}, // prefecture without counties
		{"110100", "", false},   // no 市辖区 row for municipalities in the record
		{"", "", false},         // empty
		{"3301060", "", false},  // too long
		{"000000", "", false},   // all zeros
		{"132100", "", true},    // 邯郸地区, a prefecture abolished in 1993
	}
	for _, tt := range tests {
		d, ok := Lookup(tt.code)
		if ok != (tt.wantName != "") || d.Name != tt.wantName {
			t.Errorf("Lookup(%q) = %q, %v; want %q", tt.code, d.Name, ok, tt.wantName)
		}
		if ok && (d.Code != tt.code || d.Until != 0 || !d.Current()) {
			t.Errorf("Lookup(%q) = %+v; want the current record of that code", tt.code, d)
		}
		if got := Ever(tt.code); got != tt.wantEver {
			t.Errorf("Ever(%q) = %v, want %v", tt.code, got, tt.wantEver)
		}
	}
}

func TestEverInt(t *testing.T) {
	tests := []struct {
		code uint32
		want bool
	}{
		{330106, true},      // current
		{110103, true},      // abolished 2010
		{999999, false},     // never
		{0, false},          // below every code
		{110000, true},      // the smallest code
		{4294967295, false}, // above every code
	}
	for _, tt := range tests {
		if got := EverInt(tt.code); got != tt.want {
			t.Errorf("EverInt(%d) = %v, want %v", tt.code, got, tt.want)
		}
	}
}

func TestHistory(t *testing.T) {
	tests := []struct {
		code string
		want []Division
	}{
		// A code reused by a different name after a gap.
		{"419001", []Division{
			{Code: "419001", Name: "义马市", Level: County, Since: 1987, Until: 1990, Successors: []string{"411281"}},
			{Code: "419001", Name: "济源市", Level: County, Since: 1996},
		}},
		// Abolished in 2010, merged into 东城区.
		{"110103", []Division{
			{Code: "110103", Name: "崇文区", Level: County, Since: 1981, Until: 2010, Successors: []string{"110101"}},
		}},
		// Still in use, but gave part of its area to 130108 裕华区 in 2001.
		{"130102", []Division{
			{Code: "130102", Name: "长安区", Level: County, Since: 1983, Transfers: []Transfer{{Code: "130108", Year: 2001}}},
		}},
		// Abolished in 2014 into 130111, after a partial transfer in 2001.
		{"130124", []Division{
			{Code: "130124", Name: "栾城县", Level: County, Since: 1986, Until: 2014, Successors: []string{"130111"}, Transfers: []Transfer{{Code: "130108", Year: 2001}}},
		}},
		{"999999", nil}, // never used
		{"abc", nil},    // not a code
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, History(tt.code)); diff != "" {
			t.Errorf("History(%q) mismatch (-want +got):\n%s", tt.code, diff)
		}
	}
}

func TestValidIn(t *testing.T) {
	tests := []struct {
		code string
		year int
		want bool
	}{
		{"110103", 1981, true},  // 崇文区 from the start of the record
		{"110103", 2010, true},  // the year it was abolished still counts
		{"110103", 2011, false}, // gone
		{"110103", 1980, false}, // before the record
		{"419001", 1988, true},  // 义马市
		{"419001", 1993, false}, // the gap between 义马市 and 济源市
		{"419001", 1996, true},  // 济源市
		{"419001", 2030, true},  // still in use
		{"330106", 2024, true},  // current
		{"999999", 2000, false}, // never
		{"12345", 2000, false},  // not a code
	}
	for _, tt := range tests {
		if got := ValidIn(tt.code, tt.year); got != tt.want {
			t.Errorf("ValidIn(%q, %d) = %v, want %v", tt.code, tt.year, got, tt.want)
		}
	}
}

func TestParent(t *testing.T) {
	tests := []struct {
		code string
		want string // "" when there is no parent
	}{
		{"330106", "330100"}, // 西湖区 → 杭州市
		{"330100", "330000"}, // 杭州市 → 浙江省
		{"330000", ""},       // a province has no parent
		{"110101", "110000"}, // 东城区 → 北京市: municipalities have no 110100
		{"500101", "500000"}, // 万州区 → 重庆市
		{"419001", "410000"}, // 济源市, directly under 河南省
		{"429004", "420000"}, // 仙桃市, directly under 湖北省
		{"110103", ""},       // abolished: no current parent
		{"999999", ""},       // never
		{"x", ""},            // not a code
	}
	for _, tt := range tests {
		p, ok := Parent(tt.code)
		if ok != (tt.want != "") || p.Code != tt.want {
			t.Errorf("Parent(%q) = %q, %v; want %q", tt.code, p.Code, ok, tt.want)
		}
	}
}

func codes(ds []Division) []string {
	var out []string
	for _, d := range ds {
		out = append(out, d.Code)
	}
	return out
}

func TestChildren(t *testing.T) {
	tests := []struct {
		code     string
		contains []string // codes that must be children
		excludes []string // codes that must not be
		none     bool     // no children at all
	}{
		// 河南省: its prefectures and 济源市 directly under it, not the
		// counties of its prefectures.
		{code: "410000", contains: []string{"410100", "419001"}, excludes: []string{"410102", "410000"}},
		// 北京市: its districts directly.
		{code: "110000", contains: []string{"110101", "110119"}},
		// 杭州市: its districts.
		{code: "330100", contains: []string{"330106"}, excludes: []string{"330100", "330000"}},
		{code: "441900", none: true}, // 东莞市 has no counties
		{code: "442000", none: true}, // 中山市
		{code: "460400", none: true}, // 儋州市
		{code: "620200", none: true}, // 嘉峪关市
		{code: "330106", none: true}, // a county
		{code: "110103", none: true}, // abolished
		{code: "bad", none: true},    // not a code
	}
	for _, tt := range tests {
		got := codes(Children(tt.code))
		if tt.none && len(got) != 0 {
			t.Errorf("Children(%q) = %v, want none", tt.code, got)
		}
		for _, c := range tt.contains {
			if !slices.Contains(got, c) {
				t.Errorf("Children(%q) = %v, missing %s", tt.code, got, c)
			}
		}
		for _, c := range tt.excludes {
			if slices.Contains(got, c) {
				t.Errorf("Children(%q) contains %s", tt.code, c)
			}
		}
		if !slices.IsSorted(got) {
			t.Errorf("Children(%q) = %v, not sorted", tt.code, got)
		}
	}
}

func TestProvinces(t *testing.T) {
	got := codes(Provinces())
	if len(got) != 34 {
		t.Errorf("len(Provinces()) = %d, want 34", len(got))
	}
	// 31 mainland, then 台湾, 香港, 澳门.
	want := []string{"110000", "710000", "810000", "820000"}
	for _, c := range want {
		if !slices.Contains(got, c) {
			t.Errorf("Provinces() misses %s", c)
		}
	}
	if !slices.IsSorted(got) {
		t.Errorf("Provinces() = %v, not sorted", got)
	}
}

func TestFind(t *testing.T) {
	tests := []struct {
		name string
		want []string
	}{
		{"西湖区", []string{"330106", "360103"}}, // 杭州 and 南昌
		{"朝阳区", []string{"110105", "220104"}}, // 北京 and 长春
		{"济源市", []string{"419001"}},           // unique
		{"崇文区", nil},                          // abolished
		{"", nil},                             // empty
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, codes(Find(tt.name))); diff != "" {
			t.Errorf("Find(%q) mismatch (-want +got):\n%s", tt.name, diff)
		}
	}
}

func TestProvinceOf(t *testing.T) {
	tests := []struct{ code, want string }{
		{"330106", "330000"}, // county
		{"419001", "410000"}, // directly under the province
		{"110000", "110000"}, // a province itself
		{"999999", "990000"}, // any six digits
		{"33010", ""},        // not six digits
		{"33O106", ""},       // letter O
	}
	for _, tt := range tests {
		if got := ProvinceOf(tt.code); got != tt.want {
			t.Errorf("ProvinceOf(%q) = %q, want %q", tt.code, got, tt.want)
		}
	}
}

func TestLevelString(t *testing.T) {
	tests := []struct {
		l    Level
		want string
	}{
		{Province, "省级"},
		{Prefecture, "地级"},
		{County, "县级"},
		{0, "Level(0)"}, // the zero value is not a level
	}
	for _, tt := range tests {
		if got := tt.l.String(); got != tt.want {
			t.Errorf("Level(%d).String() = %q, want %q", tt.l, got, tt.want)
		}
	}
}

func TestFreshCopies(t *testing.T) {
	// Modifying a returned slice must not change later answers.
	h := History("419001")
	h[0].Successors[0] = "000000"
	h[0].Name = "x"
	all := All()
	all[0].Name = "x"
	if got := History("419001")[0]; got.Name != "义马市" || got.Successors[0] != "411281" {
		t.Errorf("History changed after modifying a returned slice: %+v", got)
	}
	if got := All()[0].Name; got != "北京市" {
		t.Errorf("All()[0].Name = %q after modification, want 北京市", got)
	}
}

// TestFormer: the former county codes are used once, out of use now, and
// include 110103 崇文区 (abolished 2010).
func TestFormer(t *testing.T) {
	codes := Former()
	if len(codes) < 1000 {
		t.Fatalf("only %d former codes", len(codes))
	}
	found := false
	for _, c := range codes {
		if _, current := Lookup(c); current || !Ever(c) || levelOf(uint32(mustAtoi(t, c))) != County {
			t.Errorf("%s: current %v, ever %v", c, current, Ever(c))
		}
		found = found || c == "110103"
	}
	if !found {
		t.Error("110103 is not a former code")
	}
}

func mustAtoi(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatal(err)
	}
	return n
}
