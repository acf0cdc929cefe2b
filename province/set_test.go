package province

import (
	"github.com/beian-go/beian/rule"

	"slices"
	"testing"

	"github.com/beian-go/beian/filing"
	"github.com/google/go-cmp/cmp"
)

// TestLookupKeys checks every kind of key a row is found by.
func TestLookupKeys(t *testing.T) {
	tests := []struct {
		key  string
		code string // "" when not found
	}{
		{"330000", "330000"},  // code
		{"浙江省", "330000"},     // full name
		{"浙江", "330000"},      // short name
		{"浙", "330000"},       // abbreviation
		{"蜀", "510000"},       // second abbreviation of 四川
		{"内蒙古", "150000"},     // short name of an autonomous region
		{"广西壮族自治区", "450000"}, // full name of an autonomous region
		{"新疆", "650000"},      // short name
		{"710000", ""},        // 台湾省 is not a mainland row
		{"香港", ""},            // nor is 香港
		{"", ""},              // empty key
		{"330100", ""},        // a prefecture code
		{"浙江 ", ""},           // keys are exact
	}
	for _, tt := range tests {
		r, ok := Default().Lookup(tt.key)
		if ok != (tt.code != "") || r.Code != tt.code {
			t.Errorf("Lookup(%q) = %q, %v; want %q", tt.key, r.Code, ok, tt.code)
		}
		if Default().Contains(tt.key) != ok {
			t.Errorf("Contains(%q) disagrees with Lookup", tt.key)
		}
	}
}

// TestDerivedSetsLeaveDefault checks that With, Derive, VendorKB2025 and
// editing returned rows never change the default set.
func TestDerivedSetsLeaveDefault(t *testing.T) {
	before := Default().Rows()

	// Editing a returned copy.
	r, _ := Default().Lookup("河南")
	r.PersonalWords[0] = "changed"
	r.Abbrs[0] = "X"
	rows := Default().Rows()
	rows[0].PersonalWords = append(rows[0].PersonalWords, "x")

	// With replacing a row and adding one.
	zj, _ := Default().Lookup("浙江")
	zj.PersonalWords = append(zj.PersonalWords, "直播")
	zj.ReviewDays, zj.ReviewDaysKnown, zj.Sources.ReviewDays = 10, true, rule.Source{Title: "host notice"}
	with := Default().With(zj, Row{Code: "710000", Name: "台湾省"})
	if got, _ := with.Lookup("浙江"); !got.HasPersonalWord("直播") || got.ReviewDays != 10 {
		t.Errorf("With did not replace the row: %+v", got)
	}
	if with.Len() != 32 || !with.Contains("台湾省") {
		t.Errorf("With did not add the row: %d rows", with.Len())
	}
	zj.PersonalWords[0] = "mutated after With"
	if got, _ := with.Lookup("浙江"); got.PersonalWords[0] == "mutated after With" {
		t.Error("With kept the caller's slice")
	}

	// Derive editing every row, and trying to change the code.
	derived := Default().Derive(Meta{Name: "strict", Date: filing.Date{Year: 2026, Month: 1, Day: 2}, Source: rule.Source{Title: "host"}}, func(r *Row) {
		r.PersonalWords = append(r.PersonalWords, "直播")
		r.Code = "999999"
	})
	if derived.Name() != "strict" || derived.Date().String() != "2026-01-02" || derived.Source().Title != "host" {
		t.Errorf("derived meta %+v", derived.Meta())
	}
	for _, r := range derived.Rows() {
		if !r.HasPersonalWord("直播") {
			t.Errorf("derived %s lacks the added word", r.Name)
		}
	}
	if !derived.Contains("110000") {
		t.Error("Derive let the edit change a code")
	}
	_ = VendorKB2025()

	if diff := cmp.Diff(before, Default().Rows()); diff != "" {
		t.Errorf("default set changed (-before +after):\n%s", diff)
	}
	if Default().Name() != "default" || Default().Date().String() != "2020-09-21" || Default().Source() != rule.Guide2020("") {
		t.Errorf("default meta %+v", Default().Meta())
	}
}

// TestLimitExceeded checks the limit arithmetic on the rows of the guide's
// §3.2 and of vendor-kb-2025.
func TestLimitExceeded(t *testing.T) {
	hn, _ := Default().Lookup("河南")
	sx, _ := Default().Lookup("陕西")
	hainan, _ := VendorKB2025().Lookup("海南")
	tests := []struct {
		name           string
		l              Limit
		typ            filing.Type
		sites, domains int
		want           bool
	}{
		{"河南 personal 3 sites", hn.Limit(filing.Personal), filing.FirstFiling, 3, 3, false},
		{"河南 personal 4 sites", hn.Limit(filing.Personal), filing.FirstFiling, 4, 4, true},
		{"河南 unit 5 sites", hn.Limit(filing.Enterprise), filing.NewSiteHere, 5, 5, false},
		{"河南 unit 6 sites", hn.Limit(filing.Enterprise), filing.NewSiteElsewhere, 6, 6, true},
		{"河南 access is not limited", hn.Limit(filing.Personal), filing.AccessFiling, 9, 9, false},
		{"陕西 unit 30 domains", sx.Limit(filing.Institution), filing.FirstFiling, 30, 30, false},
		{"陕西 unit 31 domains", sx.Limit(filing.Institution), filing.FirstFiling, 31, 31, true},
		{"海南 personal first filing 2 domains", hainan.Personal, filing.FirstFiling, 2, 2, true},
		{"海南 personal new site 2 domains", hainan.Personal, filing.NewSiteHere, 2, 2, false},
		{"no limit", Limit{}, filing.FirstFiling, 100, 100, false},
	}
	for _, tt := range tests {
		if got := tt.l.Exceeded(tt.typ, tt.sites, tt.domains); got != tt.want {
			t.Errorf("%s: Exceeded = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestVendorKB2025 walks every row of the overlay against its facts (vendor-kb-2025).
func TestVendorKB2025(t *testing.T) {
	v := VendorKB2025()
	if v.Name() != "vendor-kb-2025" || v.Source() != rule.VendorKB2025("") || !v.Date().After(Default().Date()) {
		t.Errorf("overlay meta %+v", v.Meta())
	}
	required := []string{"河北", "山西", "内蒙古", "上海", "浙江", "河南", "湖南", "广西", "青海", "宁夏", "新疆", "贵州"}
	delegate := []string{"安徽", "海南"}
	siteLetter := []string{"天津", "上海", "安徽", "福建", "江西", "湖南", "湖北", "重庆", "四川", "贵州"}
	base := Default()
	for _, r := range v.Rows() {
		orig, _ := base.Lookup(r.Code)
		want := LegalRep{}
		switch {
		case slices.Contains(required, r.Short):
			want = LegalRep{Known: true, Kind: LegalRepRequired, Source: rule.VendorKB2025("")}
		case slices.Contains(delegate, r.Short):
			want = LegalRep{Known: true, Kind: LegalRepOrDelegate, Source: rule.VendorKB2025("")}
		}
		if diff := cmp.Diff(want, r.LegalRep); diff != "" {
			t.Errorf("%s legal rep (-want +got):\n%s", r.Name, diff)
		}
		var added []Material
		for _, m := range r.ExtraMaterials {
			if m.Source == rule.VendorKB2025("") {
				added = append(added, m)
			}
		}
		hasWhen := func(tr Trigger) bool {
			return slices.ContainsFunc(added, func(m Material) bool { return m.When == tr })
		}
		if hasWhen(DelegatePrincipal) != slices.Contains(delegate, r.Short) {
			t.Errorf("%s: delegate letter %v", r.Name, added)
		}
		if hasWhen(WebsitePrincipalNotLegalRep) != slices.Contains(siteLetter, r.Short) {
			t.Errorf("%s: website principal letter %v", r.Name, added)
		}
		if hasWhen(SitesAtLeast) != (r.Short == "上海") {
			t.Errorf("%s: 30-site plan %v", r.Name, added)
		}
		// The default set's facts are kept.
		if !slices.Equal(orig.PersonalWords, r.PersonalWords) || len(r.ExtraMaterials) != len(orig.ExtraMaterials)+len(added) {
			t.Errorf("%s: overlay lost facts of the default set", r.Name)
		}
		switch r.Short {
		case "山西":
			want := Limit{Domains: 3, Source: rule.VendorKB2025("")}
			if diff := cmp.Diff(want, r.Personal); diff != "" {
				t.Errorf("山西 personal (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(want, r.Unit); diff != "" {
				t.Errorf("山西 unit (-want +got):\n%s", diff)
			}
		case "海南":
			if r.Personal.Domains != 1 || !r.Personal.AppliesTo(filing.FirstFiling) || r.Personal.AppliesTo(filing.NewSiteHere) || !r.Unit.IsZero() {
				t.Errorf("海南 limits %+v %+v", r.Personal, r.Unit)
			}
		case "天津":
			want := Contact2{Known: true, Kind: Contact2Landline, DistinctMobile: true, Scope: PersonalOnly, Source: rule.VendorKB2025("")}
			if diff := cmp.Diff(want, r.Contact2); diff != "" {
				t.Errorf("天津 contact 2 (-want +got):\n%s", diff)
			}
		default:
			if diff := cmp.Diff(orig.Personal, r.Personal); diff != "" {
				t.Errorf("%s personal limit changed (-want +got):\n%s", r.Name, diff)
			}
			if r.Contact2.Known {
				t.Errorf("%s: contact 2 %+v", r.Name, r.Contact2)
			}
		}
		if r.ReviewDaysKnown {
			t.Errorf("%s: review days known", r.Name)
		}
	}
}

// TestEnumStrings checks the String methods, including unknown values.
func TestEnumStrings(t *testing.T) {
	got := []string{
		FurtherSite.String(), Trigger(99).String(),
		Contact2Landline.String(), Contact2Kind(9).String(),
		LegalRepOrDelegate.String(), LegalRepKind(9).String(),
		LevelCounty.String(), Level(0).String(),
	}
	want := []string{"further_site", "Trigger(99)", "landline", "Contact2Kind(9)", "or_delegate", "LegalRepKind(9)", "县级", "Level(0)"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if !PersonalOnly.Includes(filing.Personal) || PersonalOnly.Includes(filing.Enterprise) || !UnitsOnly.Includes(filing.Government) || UnitsOnly.Includes(filing.Personal) || !AllNatures.Includes(filing.Personal) {
		t.Error("Scope.Includes")
	}
}
