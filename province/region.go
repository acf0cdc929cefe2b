package province

import (
	"strconv"
	"strings"
	"sync"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/internal/division"
)

// Level is the level of an administrative division.
type Level uint8

// The levels of GB/T 2260 at county level and above.
const (
	LevelProvince   Level = 1 // 省级
	LevelPrefecture Level = 2 // 地级
	LevelCounty     Level = 3 // 县级
)

// String returns 省级, 地级 or 县级, or "Level(n)".
func (l Level) String() string {
	switch l {
	case LevelProvince:
		return "省级"
	case LevelPrefecture:
		return "地级"
	case LevelCounty:
		return "县级"
	}
	return "Level(" + strconv.Itoa(int(l)) + ")"
}

// Division is an administrative division of GB/T 2260.
type Division struct {
	Code  string // six digits, such as "330106"
	Name  string // such as 西湖区
	Level Level
	Since int // first year in use
	Until int // year changed or abolished; 0 while in use (table of 2024-12-31)
}

// IsZero reports whether d is the zero Division (none).
func (d Division) IsZero() bool { return d.Code == "" }

func fromDivision(d division.Division) Division {
	return Division{Code: d.Code, Name: d.Name, Level: Level(d.Level), Since: d.Since, Until: d.Until}
}

// tree indexes the current division table of the 31 mainland provinces; it
// is built once and never modified.
type tree struct {
	byCode map[string]Division
	under  map[string][]Division // province code → descendants in code order
	short  map[string][]string   // province code → trimSuffix of each name of under
	kids   map[string][]Division // code → direct children in code order
	// named: province code and a full or short name → the indices in
	// under of the units of that name, ascending.
	named map[[2]string][]int
}

var divisions = sync.OnceValue(func() *tree {
	t := &tree{byCode: map[string]Division{}, under: map[string][]Division{}, short: map[string][]string{}, kids: map[string][]Division{}, named: map[[2]string][]int{}}
	for _, d := range division.All() {
		p := d.Code[:2] + "0000"
		if !isMainland(p) {
			continue
		}
		v := fromDivision(d)
		t.byCode[v.Code] = v
		if v.Level == LevelProvince {
			continue
		}
		i := len(t.under[p])
		t.under[p] = append(t.under[p], v)
		t.short[p] = append(t.short[p], trimSuffix(v.Name))
		t.named[[2]string{p, v.Name}] = append(t.named[[2]string{p, v.Name}], i)
		if sh := trimSuffix(v.Name); sh != v.Name {
			t.named[[2]string{p, sh}] = append(t.named[[2]string{p, sh}], i)
		}
		if par, ok := division.Parent(v.Code); ok {
			t.kids[par.Code] = append(t.kids[par.Code], v)
		}
	}
	return t
})

// isMainland reports whether code is one of the 31 rows of the default table.
func isMainland(code string) bool {
	for _, s := range baseRows {
		if s.code == code {
			return true
		}
	}
	return false
}

// municipalities are the four province-level cities (rule
// basic.region_unknown).
var municipalities = [...]string{"110000", "120000", "310000", "500000"}

// IsMunicipality reports whether code is one of 北京, 天津, 上海 and 重庆.
func IsMunicipality(code string) bool {
	for _, m := range municipalities {
		if m == code {
			return true
		}
	}
	return false
}

// LookupDivision returns the current division (table of 2024-12-31) of a
// mainland province whose code or full name is key. A name shared by
// several divisions (朝阳区) is not found; use [FindDivisions].
func LookupDivision(key string) (Division, bool) {
	t := divisions()
	if d, ok := t.byCode[key]; ok {
		return d, true
	}
	found := FindDivisions(key)
	if len(found) != 1 {
		return Division{}, false
	}
	return found[0], true
}

// FindDivisions returns the current mainland divisions whose full name is
// name, in code order.
func FindDivisions(name string) []Division {
	var out []Division
	for _, d := range division.Find(name) {
		if isMainland(d.Code[:2] + "0000") {
			out = append(out, fromDivision(d))
		}
	}
	return out
}

// Children returns the current direct children of code in code order: a
// province's prefectures and the county-level units directly under it, a
// prefecture's counties. The slice is fresh.
func Children(code string) []Division {
	return append([]Division(nil), divisions().kids[code]...)
}

// Parent returns the current parent of code: a county's prefecture, or its
// province when it is directly under the province; a prefecture's province.
func Parent(code string) (Division, bool) {
	d, ok := division.Parent(code)
	if !ok || !isMainland(d.Code[:2]+"0000") {
		return Division{}, false
	}
	return fromDivision(d), true
}

// Contains reports whether the division code lies in the province
// provinceCode (or is the province itself), by the current table or, for
// a code since changed or abolished, by its code prefix.
func Contains(provinceCode, code string) bool {
	if !isMainland(provinceCode) || len(code) != 6 || code[:2] != provinceCode[:2] {
		return false
	}
	return division.Ever(code)
}

// DivisionAsOf returns the division of code in use on asOf: the current
// one for a zero asOf or a date after 2024 (the table's state), otherwise
// the record of code in use during asOf's year, which may carry a former
// name. ok is false when code was not in use then.
func DivisionAsOf(code string, asOf filing.Date) (Division, bool) {
	if !isMainland(division.ProvinceOf(code)) {
		return Division{}, false
	}
	if asOf.IsZero() || asOf.Year > tableYear {
		d, ok := divisions().byCode[code]
		return d, ok
	}
	var found division.Division
	ok := false
	for _, d := range division.History(code) {
		if d.Since <= asOf.Year && (d.Until == 0 || asOf.Year <= d.Until) {
			found, ok = d, true // the latest record valid in that year
		}
	}
	return fromDivision(found), ok
}

// tableYear is the year of the current division table (2024-12-31).
const tableYear = 2024

// RegionError reports the part of a region that is unknown or does not
// belong to the part above it (rule basic.region_unknown). It
// matches [filing.ErrRegion] with [errors.Is].
type RegionError struct {
	// Part is "province", "city" or "district".
	Part string
	// Value is the value given for that part.
	Value string
	// Reason says what is wrong in a few words.
	Reason string
}

// Error implements error.
func (e *RegionError) Error() string {
	s := "province: region " + e.Part + " " + strconv.Quote(e.Value)
	if e.Reason != "" {
		s += ": " + e.Reason
	}
	return s
}

// Unwrap returns [filing.ErrRegion].
func (e *RegionError) Unwrap() error { return filing.ErrRegion }

// Resolved is a region resolved against the division table.
type Resolved struct {
	// Province is the provincial-level division.
	Province Division
	// City is the prefecture-level division; zero when no city was given,
	// for a municipality, and when the city part named a county-level unit
	// directly under the province.
	City Division
	// District is the county-level division; zero when none was given.
	District Division
}

// Code returns the code of the most specific division resolved.
func (r Resolved) Code() string {
	switch {
	case !r.District.IsZero():
		return r.District.Code
	case !r.City.IsZero():
		return r.City.Code
	}
	return r.Province.Code
}

// ResolveRegion resolves a sponsor's region (province > city > district) as
// of a date, implementing the rule basic.region_unknown:
//
//   - the province is one of the 31 mainland provincial-level divisions,
//     given by code ("330000"), full name (浙江省) or short name (浙江);
//   - city and district, when given, belong to it, and a district given
//     with a prefecture-level city belongs to that city;
//   - for 北京, 天津, 上海 and 重庆 the city may be empty, the municipality
//     itself (code, full or short name), or 市辖区 (code XX0100: the district
//     must then be one of the municipality's districts, XX01xx) or 县 (code
//     XX0200: one of its counties, XX02xx);
//   - a county-level unit directly under a province (济源市, 仙桃市, 潜江市,
//     天门市, 神农架林区, 石河子市, a municipality's districts, …) may be given
//     as the city or as the district; given as the city, the district is
//     empty or names the same unit;
//   - a prefecture-level city without districts (东莞市, 中山市, 儋州市,
//     嘉峪关市) has an empty district.
//
// Cities and districts are given by code or by name: the full name, or the
// name without its suffix 市, 区 or 县 where that is unambiguous within the
// part above. Surrounding white space is ignored. Divisions come from the
// table of 2024-12-31 and must be in use on asOf (any date after 2024 and the
// zero date mean the current table); for an earlier asOf a code since
// changed or abolished is accepted when it was in use in asOf's year (by
// code only: former names are not matched). The error is a [*RegionError]
// naming the first wrong part.
func ResolveRegion(r filing.Region, asOf filing.Date) (Resolved, error) {
	var out Resolved
	pv := strings.TrimSpace(r.Province)
	p, ok := resolveProvince(pv, asOf)
	if !ok {
		reason := "not one of the 31 mainland provincial-level divisions"
		if pv == "" {
			reason = "missing"
		}
		return Resolved{}, &RegionError{Part: "province", Value: r.Province, Reason: reason}
	}
	out.Province = p
	cv := strings.TrimSpace(r.City)
	dv := strings.TrimSpace(r.District)

	// scope restricts the district part: a prefix of codes, or a parent.
	var (
		under      Division // prefecture whose child the district must be
		codePrefix = p.Code[:2]
		direct     Division // county-level unit given as city
	)
	switch {
	case cv == "":
	case IsMunicipality(p.Code) && (cv == p.Code || cv == p.Name || cv == shortOf(p.Code)):
	case IsMunicipality(p.Code) && (cv == "市辖区" || cv == p.Code[:2]+"0100"):
		codePrefix = p.Code[:2] + "01"
	case IsMunicipality(p.Code) && (cv == "县" || cv == p.Code[:2]+"0200"):
		codePrefix = p.Code[:2] + "02"
	default:
		c, err := below{value: cv, province: p, prefix: p.Code[:2], city: true, asOf: asOf}.resolve()
		if err != nil {
			return Resolved{}, err
		}
		if c.Level == LevelCounty {
			direct = c
		} else {
			out.City, under = c, c
		}
	}
	if dv == "" {
		if !direct.IsZero() {
			out.District = direct
		}
		return out, nil
	}
	if !direct.IsZero() {
		d, err := below{value: dv, province: p, prefix: p.Code[:2], asOf: asOf}.resolve()
		if err != nil || d.Code != direct.Code {
			return Resolved{}, &RegionError{Part: "district", Value: r.District, Reason: "the city part already names the county-level unit " + direct.Name}
		}
		out.District = direct
		return out, nil
	}
	if !under.IsZero() && under.Until == 0 && len(divisions().kids[under.Code]) == 0 {
		return Resolved{}, &RegionError{Part: "district", Value: r.District, Reason: under.Name + " has no districts; leave it empty"}
	}
	d, err := below{value: dv, province: p, under: under, prefix: codePrefix, asOf: asOf}.resolve()
	if err != nil {
		return Resolved{}, err
	}
	out.District = d
	return out, nil
}

// shortOf returns the short name of a province of the default table.
func shortOf(code string) string {
	for _, s := range baseRows {
		if s.code == code {
			return s.short
		}
	}
	return ""
}

// resolveProvince finds a mainland province by code, full or short name.
func resolveProvince(v string, asOf filing.Date) (Division, bool) {
	if v == "" {
		return Division{}, false
	}
	for _, s := range provinceDivisions() {
		if v == s.code || v == s.short || v == s.d.Name {
			if !usableOn(s.d.Code, asOf) {
				return Division{}, false
			}
			return s.d, true
		}
	}
	return Division{}, false
}

// provinceDivision is a row of the default table with its division.
type provinceDivision struct {
	code, short string
	d           Division
}

// provinceDivisions are the rows of the default table whose code is in the
// division table, in the table's order, with their divisions: looked up
// once, not on every resolveProvince. Never written after it is built.
var provinceDivisions = sync.OnceValue(func() []provinceDivision {
	var out []provinceDivision
	for _, s := range baseRows {
		if d, ok := divisions().byCode[s.code]; ok {
			out = append(out, provinceDivision{s.code, s.short, d})
		}
	}
	return out
})

// usableOn reports whether the current division code is in use on asOf.
func usableOn(code string, asOf filing.Date) bool {
	return asOf.IsZero() || asOf.Year > tableYear || division.ValidIn(code, asOf.Year)
}

// below is the look-up of a city or district value inside a province.
type below struct {
	value    string
	province Division
	under    Division // the city a district must belong to, when known
	prefix   string   // the code prefix the unit must have
	city     bool     // a city (or a county-level unit under the province), not a district
	asOf     filing.Date
}

// resolve resolves the city (q.city) or district q.value inside
// q.province: below the prefecture q.under when it is non-zero, else among
// the units whose code starts with q.prefix. A city is a prefecture or a
// county-level unit directly under the province; a district is a
// county-level unit.
func (q below) resolve() (Division, error) {
	v, p, under, prefix, asCity, asOf := q.value, q.province, q.under, q.prefix, q.city, q.asOf
	part := "district"
	if asCity {
		part = "city"
	}
	t := divisions()
	fits := func(d Division) bool {
		if !strings.HasPrefix(d.Code, prefix) {
			return false
		}
		if !under.IsZero() {
			return d.Level == LevelCounty && d.Code[:4] == under.Code[:4]
		}
		if asCity {
			if d.Level == LevelPrefecture {
				return true
			}
			// A county-level unit directly under the province: its
			// prefecture code is not in use.
			_, hasPref := t.byCode[d.Code[:4]+"00"]
			return d.Level == LevelCounty && !hasPref
		}
		return d.Level == LevelCounty
	}
	wrong := func(reason string) error {
		return &RegionError{Part: part, Value: v, Reason: reason}
	}
	where := p.Name
	if !under.IsZero() {
		where = under.Name
	}
	if isCode(v) {
		if d, ok := t.byCode[v]; ok {
			if !fits(d) {
				return Division{}, wrong("not a " + part + " of " + where)
			}
			if !usableOn(d.Code, asOf) {
				return Division{}, wrong("not in use on " + asOf.String())
			}
			return d, nil
		}
		if asOf.IsZero() || asOf.Year > tableYear {
			return Division{}, wrong("unknown code")
		}
		d, ok := DivisionAsOf(v, asOf)
		if !ok {
			return Division{}, wrong("not in use on " + asOf.String())
		}
		if !fitsFormer(d, prefix, under, asCity) {
			return Division{}, wrong("not a " + part + " of " + where)
		}
		return d, nil
	}
	// Rarely more than one unit matches: room for two of each on the stack.
	var fullBuf, shortBuf [2]Division
	full, short := fullBuf[:0], shortBuf[:0]
	shorts, units := t.short[p.Code], t.under[p.Code]
	// Only the units with that full or short name can match.
	for _, i := range t.named[[2]string{p.Code, v}] {
		d := units[i]
		// Names are compared first: they rule out nearly every unit
		// cheaply, before the map look-ups of fits.
		isFull := d.Name == v
		if !isFull && shorts[i] != v || !fits(d) || !usableOn(d.Code, asOf) {
			continue
		}
		if isFull {
			full = append(full, d)
		} else {
			short = append(short, d)
		}
	}
	switch {
	case len(full) == 1:
		return full[0], nil
	case len(full) > 1 || len(short) > 1:
		return Division{}, wrong("ambiguous in " + where + "; give the code")
	case len(short) == 1:
		return short[0], nil
	}
	return Division{}, wrong("not a " + part + " of " + where)
}

// fitsFormer checks a division since changed or abolished by its code.
func fitsFormer(d Division, prefix string, under Division, asCity bool) bool {
	if !strings.HasPrefix(d.Code, prefix) {
		return false
	}
	if !under.IsZero() {
		return d.Level == LevelCounty && d.Code[:4] == under.Code[:4]
	}
	if asCity {
		return d.Level == LevelPrefecture || d.Level == LevelCounty && d.Code[2:4] == "90"
	}
	return d.Level == LevelCounty
}

// isCode reports whether v is six ASCII digits.
func isCode(v string) bool {
	if len(v) != 6 {
		return false
	}
	for i := 0; i < 6; i++ {
		if v[i] < '0' || v[i] > '9' {
			return false
		}
	}
	return true
}

// trimSuffix drops a final 市, 区 or 县 from a division name, the short form
// accepted in regions; it returns name unchanged when nothing would remain.
func trimSuffix(name string) string {
	for _, s := range [...]string{"市", "区", "县"} {
		if t, ok := strings.CutSuffix(name, s); ok && t != "" {
			return t
		}
	}
	return name
}
