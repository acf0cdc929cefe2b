package rules

import (
	"slices"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/beian-go/beian/filing"
)

// TestLookupRowIsLookup: the set's prepared rows answer every key as
// province.Set.Lookup does: codes, full and short names, abbreviations,
// and keys it does not know.
func TestLookupRowIsLookup(t *testing.T) {
	for _, set := range []RuleSet{Default(), VendorKB2025()} {
		keys := []string{"", "火星", "33", "330100", "浙江省 ", "ZJ"}
		for _, r := range set.provinces.Rows() {
			keys = append(keys, r.Code, r.Name, r.Short)
			keys = append(keys, r.Abbrs...)
		}
		for _, k := range keys {
			want, wok := set.provinces.Lookup(k)
			got, ok := set.lookupRow(k)
			if ok != wok {
				t.Fatalf("%s: lookupRow(%q) found %v, Lookup %v", set.Name(), k, ok, wok)
			}
			if ok {
				if diff := cmp.Diff(want, *got); diff != "" {
					t.Errorf("%s: lookupRow(%q) (-Lookup +lookupRow):\n%s", set.Name(), k, diff)
				}
			}
		}
	}
}

// TestRunnableInForce: the prepared rules are exactly the rules with a
// check, and their type bits decide as Rule.inForce does for every filing
// type, one the library does not know and the empty one, on days around
// the rules' dates.
func TestRunnableInForce(t *testing.T) {
	types := append(knownTypes[:], "", "unknown_type")
	for _, set := range []RuleSet{Default(), VendorKB2025(), Default().With(Rule{Def: Default().rules[0].Def, Types: []filing.Type{"host_type"}, Check: func(*Run) {}})} {
		n := 0
		for i := range set.rules {
			if set.rules[i].Check != nil {
				n++
			}
		}
		if n != len(set.prep.runnable) {
			t.Fatalf("%s: %d rules with a check, %d prepared", set.Name(), n, len(set.prep.runnable))
		}
		days := []filing.Date{{Year: 2019, Month: 1, Day: 1}, {Year: 2026, Month: 11, Day: 28}}
		for _, x := range set.prep.runnable {
			if !x.rule.Since.IsZero() {
				days = append(days, x.rule.Since, x.rule.Since.AddDays(-1))
			}
			if !x.rule.Until.IsZero() {
				days = append(days, x.rule.Until, x.rule.Until.AddDays(1))
			}
		}
		for i, typ := range knownTypes {
			var want []string
			for _, x := range set.prep.runnable {
				if len(x.rule.Types) == 0 || slices.Contains(x.rule.Types, typ) {
					want = append(want, x.rule.ID)
				}
			}
			var got []string
			for _, x := range set.prep.byType[i] {
				got = append(got, x.rule.ID)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s: the rules of %s (-want +got):\n%s", set.Name(), typ, diff)
			}
		}
		for _, x := range set.prep.runnable {
			for _, typ := range append(types, "host_type") {
				for _, d := range days {
					if got, want := x.inForce(d, typ, typeBit(typ)), x.rule.inForce(d, typ); got != want {
						t.Errorf("%s %s on %s for %q: prepared %v, rule %v", set.Name(), x.rule.ID, d, typ, got, want)
					}
				}
			}
		}
	}
}

// TestSitePaths: the paths made once read like the computed ones.
func TestSitePaths(t *testing.T) {
	for i := -1; i < 40; i++ {
		site := "websites[" + strconv.Itoa(i) + "]"
		if got := sitePath(i); got != site {
			t.Errorf("sitePath(%d) = %q, want %q", i, got, site)
		}
		for field, made := range map[string][]string{
			".principal": sitePrincipalPaths[:], ".principal.cert_number": sitePrincipalCertPaths[:], ".domains[0]": siteFirstDomainPaths[:],
		} {
			if got := siteField(i, field, made); got != site+field {
				t.Errorf("siteField(%d, %q) = %q", i, field, got)
			}
		}
	}
}

// TestZeroRuleSet: a RuleSet never built checks nothing and does not panic.
func TestZeroRuleSet(t *testing.T) {
	app := &filing.Application{AsOf: filing.Date{Year: 2026, Month: 1, Day: 5}}
	if r := (RuleSet{}).Check(app, app.AsOf); len(r.Findings) != 0 {
		t.Errorf("zero set: %v", r.Findings)
	}
}
