package province

import (
	"errors"
	"testing"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/internal/division"
	"pgregory.net/rapid"
)

var asOf2026 = filing.Date{Year: 2026, Month: 3, Day: 1}

// TestResolveRegion covers each clause of the rule basic.region_unknown.
func TestResolveRegion(t *testing.T) {
	tests := []struct {
		name     string
		r        filing.Region
		asOf     filing.Date
		wantCode string // code of the most specific part; "" when an error is expected
		wantPart string // the part the error names
	}{
		// The province: code, full name or short name of the 31.
		{"province by code", filing.Region{Province: "330000"}, asOf2026, "330000", ""},
		{"province by full name", filing.Region{Province: "浙江省"}, asOf2026, "330000", ""},
		{"province by short name", filing.Region{Province: "内蒙古"}, asOf2026, "150000", ""},
		{"province with surrounding space", filing.Region{Province: " 浙江省 "}, asOf2026, "330000", ""},
		{"province missing", filing.Region{City: "杭州市"}, asOf2026, "", "province"},
		{"台湾 is not mainland", filing.Region{Province: "台湾省"}, asOf2026, "", "province"},
		{"香港 is not mainland", filing.Region{Province: "810000"}, asOf2026, "", "province"},
		{"a city is not a province", filing.Region{Province: "杭州市"}, asOf2026, "", "province"},

		// City and district belong to the province; the district to the city.
		{"full path by name", filing.Region{Province: "浙江省", City: "杭州市", District: "西湖区"}, asOf2026, "330106", ""},
		{"full path by code", filing.Region{Province: "330000", City: "330100", District: "330106"}, asOf2026, "330106", ""},
		{"short city and district", filing.Region{Province: "浙江", City: "杭州", District: "西湖"}, asOf2026, "330106", ""},
		{"city only", filing.Region{Province: "浙江省", City: "宁波市"}, asOf2026, "330200", ""},
		{"district without city", filing.Region{Province: "浙江省", District: "西湖区"}, asOf2026, "330106", ""},
		{"city of another province", filing.Region{Province: "浙江省", City: "南京市"}, asOf2026, "", "city"},
		{"city code of another province", filing.Region{Province: "浙江省", City: "320100"}, asOf2026, "", "city"},
		{"district of another city", filing.Region{Province: "浙江省", City: "宁波市", District: "西湖区"}, asOf2026, "", "district"},
		{"district of another province", filing.Region{Province: "浙江省", District: "玄武区"}, asOf2026, "", "district"},
		{"unknown city", filing.Region{Province: "浙江省", City: "火星市"}, asOf2026, "", "city"},
		{"ambiguous district without city", filing.Region{Province: "山西省", District: "城区"}, asOf2026, "", "district"},
		{"same district name disambiguated by the city", filing.Region{Province: "山西省", City: "阳泉市", District: "城区"}, asOf2026, "140302", ""},
		{"朝阳区 of 长春", filing.Region{Province: "吉林省", City: "长春市", District: "朝阳区"}, asOf2026, "220104", ""},
		{"a county as the city of its prefecture", filing.Region{Province: "浙江省", City: "淳安县"}, asOf2026, "", "city"},
		{"a prefecture as a district", filing.Region{Province: "浙江省", District: "杭州市"}, asOf2026, "", "district"},

		// Municipalities: city empty, the municipality, 市辖区 or 县.
		{"municipality, empty city", filing.Region{Province: "北京市", District: "朝阳区"}, asOf2026, "110105", ""},
		{"municipality as city", filing.Region{Province: "北京市", City: "北京市", District: "朝阳区"}, asOf2026, "110105", ""},
		{"municipality short name as city", filing.Region{Province: "北京", City: "北京", District: "朝阳"}, asOf2026, "110105", ""},
		{"municipality code as city", filing.Region{Province: "110000", City: "110000", District: "110105"}, asOf2026, "110105", ""},
		{"市辖区 as city", filing.Region{Province: "上海市", City: "市辖区", District: "浦东新区"}, asOf2026, "310115", ""},
		{"市辖区 code as city", filing.Region{Province: "上海市", City: "310100", District: "310115"}, asOf2026, "310115", ""},
		{"县 as city with a county", filing.Region{Province: "重庆市", City: "县", District: "巫山县"}, asOf2026, "500237", ""},
		{"县 as city with a district", filing.Region{Province: "重庆市", City: "县", District: "万州区"}, asOf2026, "", "district"},
		{"市辖区 as city with a county", filing.Region{Province: "重庆市", City: "市辖区", District: "巫山县"}, asOf2026, "", "district"},
		{"市辖区 outside a municipality", filing.Region{Province: "浙江省", City: "市辖区"}, asOf2026, "", "city"},
		{"another municipality as city", filing.Region{Province: "北京市", City: "天津市"}, asOf2026, "", "city"},
		{"municipality district of another", filing.Region{Province: "天津市", District: "朝阳区"}, asOf2026, "", "district"},
		{"municipality district as city", filing.Region{Province: "北京市", City: "朝阳区"}, asOf2026, "110105", ""},

		// County-level units directly under a province: as city or district.
		{"济源市 as city", filing.Region{Province: "河南省", City: "济源市"}, asOf2026, "419001", ""},
		{"济源市 as district", filing.Region{Province: "河南省", District: "济源市"}, asOf2026, "419001", ""},
		{"济源市 as both", filing.Region{Province: "河南省", City: "济源市", District: "济源市"}, asOf2026, "419001", ""},
		{"济源市 with another district", filing.Region{Province: "河南省", City: "济源市", District: "金水区"}, asOf2026, "", "district"},
		{"仙桃市 by code", filing.Region{Province: "湖北省", City: "429004"}, asOf2026, "429004", ""},
		{"神农架林区 as district", filing.Region{Province: "湖北省", District: "神农架林区"}, asOf2026, "429021", ""},
		{"石河子市 as city", filing.Region{Province: "新疆", City: "石河子市"}, asOf2026, "659001", ""},
		{"济源市 in the wrong province", filing.Region{Province: "湖北省", City: "济源市"}, asOf2026, "", "city"},

		// Prefecture-level cities without districts have an empty district.
		{"东莞市 without district", filing.Region{Province: "广东省", City: "东莞市"}, asOf2026, "441900", ""},
		{"东莞市 with a district", filing.Region{Province: "广东省", City: "东莞市", District: "南城区"}, asOf2026, "", "district"},
		{"儋州市 with itself as district", filing.Region{Province: "海南省", City: "儋州市", District: "儋州市"}, asOf2026, "", "district"},
		{"嘉峪关市", filing.Region{Province: "甘肃省", City: "嘉峪关市"}, asOf2026, "620200", ""},

		// Dates: divisions must be in use on asOf.
		{"a district created in 2017 is unknown in 2015", filing.Region{Province: "浙江省", City: "杭州市", District: "330112"}, filing.Date{Year: 2015, Month: 1, Day: 1}, "", "district"},
		{"a district created in 2017 in 2018", filing.Region{Province: "浙江省", City: "杭州市", District: "330112"}, filing.Date{Year: 2018, Month: 1, Day: 1}, "330112", ""},
		{"an abolished county code before its end", filing.Region{Province: "浙江省", City: "杭州市", District: "330185"}, filing.Date{Year: 2010, Month: 1, Day: 1}, "330185", ""},
		{"an abolished county code today", filing.Region{Province: "浙江省", City: "杭州市", District: "330185"}, asOf2026, "", "district"},
		{"zero date means today", filing.Region{Province: "浙江省", City: "杭州市", District: "330185"}, filing.Date{}, "", "district"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ResolveRegion(tt.r, tt.asOf)
			if tt.wantCode != "" {
				if err != nil {
					t.Fatalf("ResolveRegion(%+v) error: %v", tt.r, err)
				}
				if got.Code() != tt.wantCode {
					t.Fatalf("ResolveRegion(%+v) = %s (%+v), want %s", tt.r, got.Code(), got, tt.wantCode)
				}
				return
			}
			var re *RegionError
			if !errors.As(err, &re) || re.Part != tt.wantPart {
				t.Fatalf("ResolveRegion(%+v) = %+v, %v; want a %s error", tt.r, got, err, tt.wantPart)
			}
			if !errors.Is(err, filing.ErrRegion) {
				t.Errorf("error %v does not match filing.ErrRegion", err)
			}
		})
	}
}

// TestResolvedParts checks which parts a resolution fills.
func TestResolvedParts(t *testing.T) {
	r, err := ResolveRegion(filing.Region{Province: "河南", City: "济源"}, asOf2026)
	if err != nil || !r.City.IsZero() || r.District.Code != "419001" || r.Province.Name != "河南省" {
		t.Errorf("济源: %+v %v", r, err)
	}
	r, err = ResolveRegion(filing.Region{Province: "浙江", City: "杭州", District: "西湖"}, asOf2026)
	if err != nil || r.City.Name != "杭州市" || r.District.Name != "西湖区" || r.District.Level != LevelCounty {
		t.Errorf("西湖: %+v %v", r, err)
	}
	msg := (&RegionError{Part: "city", Value: "x", Reason: "unknown"}).Error()
	if msg != `province: region city "x": unknown` {
		t.Errorf("message %q", msg)
	}
}

// currentCounties lists the current county-level units of the 31 provinces.
func currentCounties() []Division {
	var out []Division
	for _, s := range baseRows {
		for _, d := range divisions().under[s.code] {
			if d.Level == LevelCounty {
				out = append(out, d)
			}
		}
	}
	return out
}

// TestPropertyCountyResolves: every current county resolves under its
// province, by code and by full name with its parent city (or as the
// district alone when directly under the province), and Contains agrees.
func TestPropertyCountyResolves(t *testing.T) {
	counties := currentCounties()
	if len(counties) < 2800 {
		t.Fatalf("only %d counties", len(counties))
	}
	rapid.Check(t, func(t *rapid.T) {
		d := rapid.SampledFrom(counties).Draw(t, "county")
		p := d.Code[:2] + "0000"
		prov, _ := Default().Lookup(p)
		pv := rapid.SampledFrom([]string{prov.Code, prov.Name, prov.Short}).Draw(t, "province key")
		r, err := ResolveRegion(filing.Region{Province: pv, District: d.Code}, asOf2026)
		if err != nil || r.District.Code != d.Code {
			t.Fatalf("%s %s by code: %+v %v", pv, d.Code, r, err)
		}
		parent, ok := Parent(d.Code)
		if !ok {
			t.Fatalf("no parent for %s", d.Code)
		}
		city := parent.Name
		if parent.Level == LevelProvince {
			city = d.Name
		}
		r, err = ResolveRegion(filing.Region{Province: pv, City: city, District: d.Name}, asOf2026)
		if err != nil || r.District.Code != d.Code {
			t.Fatalf("%s/%s/%s by name: %+v %v", pv, city, d.Name, r, err)
		}
		if !Contains(p, d.Code) {
			t.Fatalf("Contains(%s, %s) = false", p, d.Code)
		}
		other := rapid.SampledFrom(baseRows[:]).Draw(t, "other province")
		if other.code != p && Contains(other.code, d.Code) {
			t.Fatalf("Contains(%s, %s) = true", other.code, d.Code)
		}
	})
}

// TestPropertyLookupAgree: lookups by code, full name, short name and
// abbreviation return the same row, and the region resolver agrees.
func TestPropertyLookupAgree(t *testing.T) {
	rows := Default().Rows()
	rapid.Check(t, func(t *rapid.T) {
		r := rapid.SampledFrom(rows).Draw(t, "row")
		keys := append([]string{r.Code, r.Name, r.Short}, r.Abbrs...)
		k := rapid.SampledFrom(keys).Draw(t, "key")
		got, ok := Default().Lookup(k)
		if !ok || got.Code != r.Code {
			t.Fatalf("Lookup(%q) = %s, %v; want %s", k, got.Code, ok, r.Code)
		}
		if k != r.Abbrs[0] && (len(r.Abbrs) < 2 || k != r.Abbrs[1]) {
			res, err := ResolveRegion(filing.Region{Province: k}, asOf2026)
			if err != nil || res.Province.Code != r.Code {
				t.Fatalf("ResolveRegion(%q) = %+v, %v", k, res, err)
			}
		}
	})
}

// TestTreeHelpers checks Children, Parent, LookupDivision, FindDivisions and
// DivisionAsOf against the division package.
func TestTreeHelpers(t *testing.T) {
	if got := Children("441900"); len(got) != 0 {
		t.Errorf("东莞市 children %v", got)
	}
	if got := Children("330100"); len(got) != len(division.Children("330100")) || len(got) == 0 {
		t.Errorf("杭州市 children %d", len(got))
	}
	if p, ok := Parent("419001"); !ok || p.Code != "410000" {
		t.Errorf("济源市 parent %+v", p)
	}
	if _, ok := Parent("810000"); ok {
		t.Error("香港 has a parent")
	}
	if d, ok := LookupDivision("西湖区"); ok {
		t.Errorf("西湖区 is ambiguous but found %+v", d)
	}
	if d, ok := LookupDivision("杭州市"); !ok || d.Code != "330100" {
		t.Errorf("杭州市 = %+v", d)
	}
	if got := FindDivisions("朝阳区"); len(got) != 2 {
		t.Errorf("朝阳区: %v", got)
	}
	if d, ok := DivisionAsOf("330185", filing.Date{Year: 2010, Month: 1, Day: 1}); !ok || d.Name != "临安市" {
		t.Errorf("330185 in 2010 = %+v %v", d, ok)
	}
	if _, ok := DivisionAsOf("330185", asOf2026); ok {
		t.Error("330185 in 2026 found")
	}
	if !IsMunicipality("500000") || IsMunicipality("330000") {
		t.Error("IsMunicipality")
	}
}
