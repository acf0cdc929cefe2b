package province

import (
	"testing"

	"pgregory.net/rapid"

	"github.com/beian-go/beian/filing"
)

// resolveProvinceRef is resolveProvince looking every row's division up
// on each call: the reference for the rows looked up once.
func resolveProvinceRef(v string, asOf filing.Date) (Division, bool) {
	if v == "" {
		return Division{}, false
	}
	for _, s := range baseRows {
		d, ok := divisions().byCode[s.code]
		if !ok {
			continue
		}
		if v == s.code || v == s.short || v == d.Name {
			if !usableOn(d.Code, asOf) {
				return Division{}, false
			}
			return d, true
		}
	}
	return Division{}, false
}

// TestPropertyResolveProvinceRows: resolveProvince answers as the
// reference for every code, short and full name of the table, for
// neighbours of them and for any date.
func TestPropertyResolveProvinceRows(t *testing.T) {
	var values []string
	for _, s := range baseRows {
		values = append(values, s.code, s.short, s.code[:2]+"0100", s.short+"省")
		if d, ok := divisions().byCode[s.code]; ok {
			values = append(values, d.Name)
		}
	}
	values = append(values, "", "000000", "台湾", "香港")
	rapid.Check(t, func(t *rapid.T) {
		v := rapid.SampledFrom(values).Draw(t, "value")
		asOf := filing.Date{}
		if rapid.Bool().Draw(t, "dated") {
			asOf = filing.Date{Year: rapid.IntRange(1980, 2030).Draw(t, "year"), Month: 6, Day: 1}
		}
		got, gotOK := resolveProvince(v, asOf)
		want, wantOK := resolveProvinceRef(v, asOf)
		if got != want || gotOK != wantOK {
			t.Fatalf("resolveProvince(%q, %v) = %+v, %v; want %+v, %v", v, asOf, got, gotOK, want, wantOK)
		}
	})
}
