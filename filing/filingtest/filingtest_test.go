package filingtest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/netip"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/internal/division"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"pgregory.net/rapid"
)

// TestCheckCharacters compares the check functions with published numbers.
func TestCheckCharacters(t *testing.T) {
	tests := []struct {
		name string
		got  byte
		want byte
	}{
		// The example number of GB 11643-1999 Appendix A: 11010519491231002X.
		{"resident ID of GB 11643 ends in X", ResidentIDCheck("11010519491231002"), 'X'},
		// The weights of 17 ones sum to 100; 100 mod 11 = 1 → '0'.
		{"resident ID of ones", ResidentIDCheck("11111111111111111"), '0'},
		// A widely published sample code of GB 32100-2015: 91350100M000100Y43.
		{"USCC sample", USCCCheck("91350100M000100Y4"), '3'},
		// An organisation code whose weighted sum is 0: check 11 → 0.
		{"org code sum 0", OrgCodeCheck("00000000"), '0'},
		// 1×3 = 3: 11 − 3 = 8.
		{"org code 10000000", OrgCodeCheck("10000000"), '8'},
		// A=10, 10×3 = 30, 30 mod 11 = 8, 11 − 8 = 3.
		{"org code with a letter", OrgCodeCheck("A0000000"), '3'},
		// 1×2 = 2 → 9; 1×3 + 1×2 = 5 → 6; sum 1 → 10 → X needs weight 1: 4×3=12 ≡ 1.
		{"org code check X", OrgCodeCheck("40000000"), 'X'},
		// Malformed inputs give 0.
		{"resident ID too short", ResidentIDCheck("1101051949123100"), 0},
		{"resident ID letter", ResidentIDCheck("1101051949123100A"), 0},
		{"USCC with I", USCCCheck("9135010IM000100Y4"), 0},
		{"org code lower case", OrgCodeCheck("a0000000"), 0},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, tt.got, tt.want)
		}
	}
}

// TestValuesParse checks that every generated value parses with the
// parser of package filing that the rules use.
func TestValuesParse(t *testing.T) {
	asOfGen := dateBetween(filing.Date{Year: 1900, Month: 1, Day: 1}, filing.Date{Year: 2040, Month: 12, Day: 31})
	rapid.Check(t, func(t *rapid.T) {
		asOf := asOfGen.Draw(t, "as_of")
		if id := ResidentIDAt(asOf).Draw(t, "resident_id_at"); true {
			if _, err := filing.ParseResidentIDAt(id, asOf.In(time.UTC)); err != nil {
				t.Fatalf("ResidentIDAt(%v): %v", asOf, err)
			}
		}
		if _, err := filing.ParseResidentIDAt(ResidentID().Draw(t, "resident_id"), ReferenceDate().In(time.UTC)); err != nil {
			t.Fatalf("ResidentID: %v", err)
		}
		if s := USCC().Draw(t, "uscc"); true {
			if _, err := filing.ParseUSCC(s); err != nil {
				t.Fatalf("USCC: %v", err)
			}
			// The organisation code inside is valid too.
			if _, err := filing.ParseOrgCode(s[8:17]); err != nil {
				t.Fatalf("USCC %s: embedded org code: %v", s, err)
			}
		}
		if _, err := filing.ParseOrgCode(OrgCode().Draw(t, "org_code")); err != nil {
			t.Fatalf("OrgCode: %v", err)
		}
		if _, err := filing.ParseMobile(Mobile().Draw(t, "mobile")); err != nil {
			t.Fatalf("Mobile: %v", err)
		}
		if s := Landline().Draw(t, "landline"); true {
			l, err := filing.ParseLandline(s)
			if err != nil {
				t.Fatalf("Landline %q: %v", s, err)
			}
			// Generated numbers are already in the normalised filing form.
			if l.Number() != s {
				t.Fatalf("Landline %q normalises to %q", s, l.Number())
			}
		}
		if s := Email().Draw(t, "email"); true {
			if _, err := filing.ParseEmail(s); err != nil {
				t.Fatalf("Email %q: %v", s, err)
			}
		}
		for _, g := range []*rapid.Generator[string]{Domain(), IDNDomain()} {
			s := g.Draw(t, "domain")
			d, err := filing.ParseDomain(s)
			if err != nil {
				t.Fatalf("Domain %q: %v", s, err)
			}
			if d.String() != s {
				t.Fatalf("Domain %q normalises to %q", s, d.String())
			}
		}
		if s := PublicIP().Draw(t, "ip"); true {
			ip, err := netip.ParseAddr(s)
			if err != nil || !ip.IsGlobalUnicast() || ip.IsPrivate() {
				t.Fatalf("PublicIP %q: not public unicast (%v)", s, err)
			}
		}
		if s := ServiceNumber().Draw(t, "service_number"); !serviceNo.MatchString(s) {
			t.Fatalf("ServiceNumber %q", s)
		}
	})
}

// TestAlphabetsAreSafe walks every word of the naming lists and
// every division name in use: no character of the website-name or IDN
// alphabets occurs in any of them, and no character of a personal name
// occurs in a word (the one-character words 网 and 购 included).
func TestAlphabetsAreSafe(t *testing.T) {
	words := readWordLists(t).all()
	for _, w := range words {
		if i := strings.IndexAny(w, nameAlphabet+idnAlphabet+givenNames); i >= 0 {
			t.Errorf("word %q holds a generator character", w)
		}
		if len([]rune(w)) == 1 && strings.Contains(surnames, w) {
			t.Errorf("surname %q is a word of a naming list", w)
		}
	}
	for _, d := range division.All() {
		if strings.ContainsAny(d.Name, nameAlphabet+idnAlphabet) {
			t.Errorf("division %s %s holds a name or IDN character", d.Code, d.Name)
		}
		if strings.IndexFunc(d.Name, func(r rune) bool { return !unicode.Is(unicode.Han, r) }) >= 0 {
			t.Errorf("division %s %s is not all Han: addresses built on it break sponsor.address_special_chars", d.Code, d.Name)
		}
	}
	// The alphabets are disjoint, so a name never equals a label or a person.
	for _, pair := range [][2]string{{nameAlphabet, idnAlphabet}, {nameAlphabet, givenNames}, {nameAlphabet, surnames}, {idnAlphabet, givenNames}, {idnAlphabet, surnames}} {
		if strings.ContainsAny(pair[0], pair[1]) {
			t.Errorf("alphabets %q and %q share a character", pair[0], pair[1])
		}
	}
}

// TestProvinceWordTables walks the rows of provinceWords and
// preApprovalWords against the province word lists.
func TestProvinceWordTables(t *testing.T) {
	l := readWordLists(t)
	codeOf := map[string]string{}
	for _, p := range mainland() {
		codeOf[p.Name] = p.Code
	}
	if len(provinceWords) != len(l.province) {
		t.Errorf("provinceWords has %d rows, the province lists %d", len(provinceWords), len(l.province))
	}
	for name, list := range l.province {
		w, ok := provinceWords[codeOf[name]]
		if !ok {
			t.Errorf("no provinceWords row for %s", name)
			continue
		}
		if !slices.Contains(list, w) {
			t.Errorf("%s: %q is not on its list", name, w)
		}
		// The word matches no other word of a personal site's lists.
		for _, other := range slices.Concat(l.sensitive, l.forbidden, l.preApproval, l.state, list) {
			if other != w && strings.Contains(w, other) {
				t.Errorf("%s: %q contains the listed word %q", name, w, other)
			}
		}
	}
	for _, pw := range preApprovalWords {
		if !slices.Contains(l.preApproval, pw.word) {
			t.Errorf("%q is not a pre-approval word", pw.word)
		}
		for name, list := range l.province {
			if got, want := slices.Contains(pw.provinces, codeOf[name]), slices.Contains(list, pw.word); got != want {
				t.Errorf("preApprovalWords[%q] lists %s: %t, the province lists: %t", pw.word, name, got, want)
			}
		}
	}
}

// TestNamesAreSafe checks drawn names against the lists directly.
func TestNamesAreSafe(t *testing.T) {
	c := newChecker(t)
	l := c.words
	rapid.Check(t, func(t *rapid.T) {
		name := HanName().Draw(t, "name")
		if n := len([]rune(name)); n < 3 || n > 10 {
			t.Fatalf("%q has %d runes", name, n)
		}
		for _, w := range l.all() {
			if strings.Contains(name, w) {
				t.Fatalf("%q contains %q", name, w)
			}
		}
		if c.places[name] {
			t.Fatalf("%q is a place name", name)
		}
		person := PersonName().Draw(t, "person")
		if n := len([]rune(person)); n < 2 || n > 3 {
			t.Fatalf("person %q has %d runes", person, n)
		}
		for _, w := range l.all() {
			if strings.Contains(person, w) {
				t.Fatalf("person %q contains %q", person, w)
			}
		}
	})
}

// scenarios are option sets that, together, let every defect apply.
var scenarios = []Options{
	{},
	{Natures: []filing.Nature{filing.Personal}, Provinces: []string{"江苏省"}},
	{Natures: []filing.Nature{filing.Personal}, Provinces: []string{"110000", "330000", "640000", "440000"}},
	{Types: []filing.Type{filing.FirstFiling, filing.NewSiteHere}, Provinces: []string{"湖北省", "河南省", "陕西省"}},
	{Types: []filing.Type{filing.ChangeWebsite}},
	{Natures: []filing.Nature{filing.Enterprise, filing.Institution}, Types: []filing.Type{filing.AccessFiling}, MaxWebsites: 3},
	{Natures: []filing.Nature{filing.Government, filing.Military}, AsOf: filing.Date{Year: 2026, Month: time.November, Day: 30}},
	// Applications with apps of every kind, for units and persons.
	{MaxApps: 3},
	{MaxApps: 2, Natures: []filing.Nature{filing.Personal}},
}

// TestApplicationsAreValid checks drawn applications with the test's own
// reading of the rules, and that they survive JSON and filing.Decode.
func TestApplicationsAreValid(t *testing.T) {
	c := newChecker(t)
	rapid.Check(t, func(t *rapid.T) {
		opts := rapid.SampledFrom(scenarios).Draw(t, "options")
		app := Application(opts).Draw(t, "app")
		if got := c.check(app); len(got) > 0 {
			t.Fatalf("findings %v in %+v", got, app)
		}
		if !opts.AsOf.IsZero() && app.AsOf != opts.AsOf {
			t.Fatalf("as_of %v, want %v", app.AsOf, opts.AsOf)
		}
		if len(opts.Natures) > 0 && !slices.Contains(opts.Natures, app.Sponsor.Nature) {
			t.Fatalf("nature %s not among %v", app.Sponsor.Nature, opts.Natures)
		}
		b, err := json.Marshal(app)
		if err != nil {
			t.Fatal(err)
		}
		back, err := filing.Decode(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("Decode: %v", err)
		}
		if diff := cmp.Diff(app, back, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("JSON round trip (-want +got):\n%s", diff)
		}
	})
}

// TestApplicationCovers checks that the generator reaches every filing
// type, nature and province.
func TestApplicationCovers(t *testing.T) {
	seen := map[string]bool{}
	rapid.Check(t, func(t *rapid.T) {
		app := Application(Options{}).Draw(t, "app")
		seen[string(app.Type)] = true
		seen[string(app.Sponsor.Nature)] = true
		seen[app.Sponsor.Region.Province] = true
	})
	// The coverage does not hang on how many checks rapid ran (-short runs
	// 20): examples of fixed seeds top it up, deterministically.
	covered := func() bool {
		for _, typ := range filing.Types() {
			if !seen[string(typ)] {
				return false
			}
		}
		for _, n := range filing.Natures() {
			if !seen[string(n)] {
				return false
			}
		}
		return true
	}
	for seed := 0; seed < 2000 && !covered(); seed++ {
		app := Application(Options{}).Example(seed)
		seen[string(app.Type)] = true
		seen[string(app.Sponsor.Nature)] = true
		seen[app.Sponsor.Region.Province] = true
	}
	var missing []string
	for _, typ := range filing.Types() {
		if !seen[string(typ)] {
			missing = append(missing, string(typ))
		}
	}
	for _, n := range filing.Natures() {
		if !seen[string(n)] {
			missing = append(missing, string(n))
		}
	}
	if len(missing) > 0 {
		t.Errorf("never drawn: %v", missing)
	}
	if got := len(mainland()); got != 31 {
		t.Errorf("mainland() has %d provinces, want 31", got)
	}
}

// flatten returns the JSON leaves of v by report field path.
func flatten(v any) map[string]string {
	b, _ := json.Marshal(v)
	var x any
	_ = json.Unmarshal(b, &x)
	out := map[string]string{}
	var walk func(path string, x any)
	walk = func(path string, x any) {
		switch x := x.(type) {
		case map[string]any:
			for k, v := range x {
				p := k
				if path != "" {
					p = path + "." + k
				}
				walk(p, v)
			}
		case []any:
			if len(x) == 0 {
				out[path] = "[]"
			}
			for i, v := range x {
				walk(fmt.Sprintf("%s[%d]", path, i), v)
			}
		case nil:
			out[path] = "[]" // null and [] are the same absence
		default:
			out[path] = fmt.Sprint(x)
		}
	}
	walk("", x)
	return out
}

// under reports whether path is p or lies below it.
func under(path, p string) bool {
	return path == p || strings.HasPrefix(path, p+".") || strings.HasPrefix(path, p+"[")
}

// TestDefects injects every defect into drawn applications: the original
// stays as it was, Apply changes nothing outside Field and Touches, and
// the test's checker finds exactly the defect's rule at its field. Every
// defect outside apps applies at least once.
func TestDefects(t *testing.T) {
	checkDefects(t, scenarios, func(d Defect) bool { return !under(d.Field, "apps") })
}

// appScenarios are option sets that, together, let every defect of apps
// apply.
var appScenarios = []Options{
	{MaxApps: 3, AsOf: filing.Date{Year: 2026, Month: time.March, Day: 2}},
	{MaxApps: 2, Natures: []filing.Nature{filing.Personal}, Types: []filing.Type{filing.FirstFiling, filing.NewSiteHere}, AsOf: filing.Date{Year: 2025, Month: time.January, Day: 10}},
	{MaxApps: 2, Natures: []filing.Nature{filing.Enterprise}, AsOf: filing.Date{Year: 2023, Month: time.September, Day: 15}},
	{MaxApps: 2, Kinds: []filing.Kind{filing.KindMiniProgram}, Hosts: []filing.Host{filing.HostWeChat}, Types: []filing.Type{filing.NewSiteElsewhere}, AsOf: filing.Date{Year: 2024, Month: time.May, Day: 20}},
	{MaxApps: 1, Kinds: []filing.Kind{filing.KindApp, filing.KindQuickApp}, Natures: []filing.Nature{filing.Enterprise}, AsOf: filing.Date{Year: 2027, Month: time.January, Day: 5}},
	{MaxApps: 2, Kinds: []filing.Kind{filing.KindApp}, Natures: []filing.Nature{filing.Enterprise, filing.SocialGroup}, AsOf: filing.Date{Year: 2025, Month: time.June, Day: 9}},
}

// TestAppDefects is TestDefects for the defects of apps, on applications
// with apps.
func TestAppDefects(t *testing.T) {
	checkDefects(t, appScenarios, func(d Defect) bool { return under(d.Field, "apps") })
}

// checkDefects checks every defect on applications of the scenarios and
// that each defect that must applies at least once.
func checkDefects(t *testing.T, scenarios []Options, must func(Defect) bool) {
	c := newChecker(t)
	applied := map[string]int{}
	fieldPath := regexp.MustCompile(`^(sponsor|websites|apps)(\.[a-z_0-9]+|\[[0-9]+\])*$`)
	rapid.Check(t, func(t *rapid.T) {
		opts := rapid.SampledFrom(scenarios).Draw(t, "options")
		app := Application(opts).Draw(t, "app")
		before := flatten(app)
		for _, d := range Defects() {
			if !fieldPath.MatchString(d.Field) {
				t.Fatalf("%v: field is not a report field path", d)
			}
			bad := Clone(app)
			if !d.Apply(bad) {
				if diff := cmp.Diff(before, flatten(bad)); diff != "" {
					t.Fatalf("%v did not apply but changed the application (-want +got):\n%s", d, diff)
				}
				continue
			}
			applied[d.String()]++
			if diff := cmp.Diff(before, flatten(app)); diff != "" {
				t.Fatalf("%v changed the original (-want +got):\n%s", d, diff)
			}
			after := flatten(bad)
			var changed []string
			for _, m := range []map[string]string{before, after} {
				for p := range m {
					if before[p] != after[p] && !slices.Contains(changed, p) {
						changed = append(changed, p)
					}
				}
			}
			if len(changed) == 0 {
				t.Fatalf("%v changed nothing", d)
			}
			for _, p := range changed {
				if !under(p, d.Field) && !slices.ContainsFunc(d.Touches, func(x string) bool { return under(p, x) }) {
					t.Fatalf("%v changed %s", d, p)
				}
			}
			want := []string{d.Rule + "@" + d.Field}
			c.vendor = d.Set == VendorSet
			if diff := cmp.Diff(want, c.check(bad)); diff != "" {
				t.Fatalf("%v: findings (-want +got):\n%s\napplication: %+v", d, diff, bad)
			}
			// Deterministic: the same application, the same change.
			again := Clone(app)
			d.Apply(again)
			if diff := cmp.Diff(bad, again); diff != "" {
				t.Fatalf("%v is not deterministic (-first +second):\n%s", d, diff)
			}
		}
	})
	// The coverage does not hang on how many checks rapid ran (-short runs
	// 20): examples of fixed seeds top it up, deterministically.
	missing := func() []string {
		var out []string
		for _, d := range Defects() {
			if must(d) && applied[d.String()] == 0 {
				out = append(out, d.String())
			}
		}
		return out
	}
	for seed := 0; seed < 2000 && len(missing()) > 0; seed++ {
		opts := rapid.SampledFrom(scenarios).Example(seed)
		app := Application(opts).Example(seed)
		for _, d := range Defects() {
			if must(d) && applied[d.String()] == 0 && d.Apply(Clone(app)) {
				applied[d.String()]++
			}
		}
	}
	never := missing()
	sort.Strings(never)
	if len(never) > 0 {
		t.Errorf("defects never applied: %v", never)
	}
}

// TestMutate checks Mutate against Defects.
func TestMutate(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		app := Application(Options{Natures: []filing.Nature{filing.Enterprise}}).Draw(t, "app")
		bad := Clone(app)
		field, ok := Mutate(bad, "cert.checksum")
		// An enterprise always holds a business licence: the first
		// cert.checksum defect (the USCC's) applies.
		if !ok || field != "sponsor.cert_number" {
			t.Fatalf("Mutate(cert.checksum) = %q, %t", field, ok)
		}
		if bad.Sponsor.CertNumber == app.Sponsor.CertNumber {
			t.Fatal("Mutate left the number unchanged")
		}
		if field, ok := Mutate(bad, "no.such_rule"); ok || field != "" {
			t.Fatalf("Mutate(no.such_rule) = %q, %t", field, ok)
		}
		// content_personal never applies to an enterprise.
		if _, ok := Mutate(bad, "website.content_personal"); ok {
			t.Fatal("website.content_personal applied to an enterprise")
		}
	})
	if _, ok := Mutate(nil, "cert.checksum"); ok {
		t.Error("Mutate(nil) applied")
	}
	if (Defect{}).Apply(&filing.Application{}) {
		t.Error("the zero Defect applied")
	}
}

// TestDefective checks the drawn cases with the checker.
func TestDefective(t *testing.T) {
	c := newChecker(t)
	rapid.Check(t, func(t *rapid.T) {
		k := Defective(Options{}).Draw(t, "case")
		if diff := cmp.Diff([]string{k.Defect.Rule + "@" + k.Defect.Field}, c.check(k.App)); diff != "" {
			t.Fatalf("%v (-want +got):\n%s", k.Defect, diff)
		}
	})
}

// TestCloneIsDeep changes every slice and pointer of a clone.
func TestCloneIsDeep(t *testing.T) {
	if Clone(nil) != nil {
		t.Error("Clone(nil) != nil")
	}
	rapid.Check(t, func(t *rapid.T) {
		app := Application(Options{Natures: []filing.Nature{filing.Enterprise}}).Draw(t, "app")
		before := flatten(app)
		c := Clone(app)
		if diff := cmp.Diff(app, c); diff != "" {
			t.Fatalf("clone differs (-want +got):\n%s", diff)
		}
		for i := range c.Websites {
			w := &c.Websites[i]
			w.Domains[0] = "changed.com"
			w.Languages[0] = "en"
			if len(w.PreviousDomains) > 0 {
				w.PreviousDomains[0] = "x.com"
			}
			if len(w.Access.IPs) > 0 {
				w.Access.IPs[0] = "1.1.1.1"
			}
			if w.Principal != nil {
				w.Principal.Name = "changed"
			}
		}
		c.Sponsor.Principal.Name = "changed"
		if diff := cmp.Diff(before, flatten(app)); diff != "" {
			t.Fatalf("changing the clone changed the original (-want +got):\n%s", diff)
		}
	})
}

// BenchmarkApplication draws one application per iteration.
func BenchmarkApplication(b *testing.B) {
	g := Application(Options{})
	b.ReportAllocs()
	seed := 0
	for b.Loop() {
		seed++
		if app := g.Example(seed); len(app.Sponsor.Name) == 0 {
			b.Fatal("no sponsor name")
		}
	}
}

// BenchmarkDefects injects every applicable defect into a clone of one
// application per iteration.
func BenchmarkDefects(b *testing.B) {
	app := Application(Options{Natures: []filing.Nature{filing.Enterprise}}).Example(1)
	ds := Defects()
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range ds {
			d.Apply(Clone(app))
		}
	}
}
