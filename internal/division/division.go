package division

import (
	"slices"
	"strconv"
	"strings"
)

// Level of a division.
type Level uint8

// The three levels of GB/T 2260 at county level and above.
const (
	Province   Level = 1 // 省级: province, autonomous region, municipality, SAR
	Prefecture Level = 2 // 地级: prefecture-level city, prefecture, league, autonomous prefecture
	County     Level = 3 // 县级: district, county, county-level city, banner, …
)

// String returns the Chinese name of the level (省级, 地级, 县级), or
// "Level(n)" for any other value.
func (l Level) String() string {
	switch l {
	case Province:
		return "省级"
	case Prefecture:
		return "地级"
	case County:
		return "县级"
	}
	return "Level(" + strconv.Itoa(int(l)) + ")"
}

// Division is one administrative division.
type Division struct {
	Code       string   // six digits, e.g. "330106"
	Name       string   // e.g. "西湖区"
	Level      Level    // derived from the code: XX0000 province, XXYY00 prefecture, else county
	Since      int      // first year in use (1981 for codes in use at the start of the record)
	Until      int      // year changed or abolished; 0 when in use at DataDate
	Successors []string // new codes when changed/abolished (may be empty)
	// Transfers lists parts of the division's territory handed to other
	// divisions before Until (or while still in use), e.g. 130102 长安区
	// gave part of its area to 130108 裕华区 in 2001. Usually empty.
	Transfers []Transfer
}

// Transfer is a part of a division's territory handed to another division.
type Transfer struct {
	Code string // the receiving division's code
	Year int    // the year of the transfer
}

// Current reports whether d is in use at [DataDate].
func (d Division) Current() bool { return d.Until == 0 }

// parse converts a six-digit code to its number without allocating;
// ok is false for anything else.
func parse(code string) (uint32, bool) {
	if len(code) != 6 {
		return 0, false
	}
	var v uint32
	for i := 0; i < 6; i++ {
		c := code[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + uint32(c-'0')
	}
	return v, true
}

// span returns the index range [lo, hi) of the records of code.
func span(code uint32) (lo, hi int) {
	lo, found := slices.BinarySearch(recCode[:], code)
	if !found {
		return lo, lo
	}
	hi = lo + 1
	for hi < len(recCode) && recCode[hi] == code {
		hi++
	}
	return lo, hi
}

// current returns the index of the record of code in use at [DataDate].
func current(code uint32) (int, bool) {
	lo, hi := span(code)
	for i := lo; i < hi; i++ {
		if recUntil[i] == 0 {
			return i, true
		}
	}
	return 0, false
}

// nameOf returns the name of record i.
func nameOf(i int) string {
	start := uint32(0)
	if i > 0 {
		start = recNameEnd[i-1]
	}
	return recNames[start:recNameEnd[i]]
}

// successors splits the successor field of record i.
func successors(i int) (succ []string, transfers []Transfer) {
	start := uint32(0)
	if i > 0 {
		start = recSuccEnd[i-1]
	}
	field := recSucc[start:recSuccEnd[i]]
	if field == "" {
		return nil, nil
	}
	for e := range strings.SplitSeq(field, ";") {
		code, year, ok := strings.Cut(e, "[")
		if !ok {
			succ = append(succ, code)
			continue
		}
		y, _ := strconv.Atoi(strings.TrimSuffix(year, "]"))
		transfers = append(transfers, Transfer{Code: code, Year: y})
	}
	return succ, transfers
}

// record builds the Division of record i.
func record(i int) Division {
	succ, transfers := successors(i)
	return Division{
		Code:       strconv.FormatUint(uint64(recCode[i]), 10),
		Name:       nameOf(i),
		Level:      levelOf(recCode[i]),
		Since:      int(recSince[i]),
		Until:      int(recUntil[i]),
		Successors: succ,
		Transfers:  transfers,
	}
}

// levelOf derives the level from the shape of a code.
func levelOf(code uint32) Level {
	switch {
	case code%10000 == 0:
		return Province
	case code%100 == 0:
		return Prefecture
	default:
		return County
	}
}

// Lookup returns the division of code in use at [DataDate] (the 2024
// table). ok is false for codes not in that table and for anything that
// is not six digits.
func Lookup(code string) (d Division, ok bool) {
	c, ok := parse(code)
	if !ok {
		return Division{}, false
	}
	i, ok := current(c)
	if !ok {
		return Division{}, false
	}
	return record(i), true
}

// Ever reports whether code was in use at some time since 1981, currently
// or in the past. It does not allocate.
func Ever(code string) bool {
	c, ok := parse(code)
	return ok && EverInt(c)
}

// EverInt is [Ever] for a numeric code such as 330106.
func EverInt(code uint32) bool {
	// A hand-written lower-bound search over the sorted codes.
	lo, hi := 0, len(recCode)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if recCode[m] < code {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < len(recCode) && recCode[lo] == code
}

// History returns every record of code, oldest first; a code can have
// several, e.g. 419001 was 义马市 from 1987 to 1990 and is 济源市 since
// 1996. It returns nil for codes never used.
func History(code string) []Division {
	c, ok := parse(code)
	if !ok {
		return nil
	}
	lo, hi := span(c)
	if lo == hi {
		return nil
	}
	out := make([]Division, 0, hi-lo)
	for i := lo; i < hi; i++ {
		out = append(out, record(i))
	}
	return out
}

// Former returns every county-level code once in use and no longer in use
// at [DataDate] (abolished or changed, and not reused), sorted by code:
// region codes that resident ID numbers issued under them still carry.
func Former() []string {
	var out []string
	for i := range recCode {
		c := recCode[i]
		if levelOf(c) != County || (i+1 < len(recCode) && recCode[i+1] == c) {
			continue // not a county, or a later record of the code follows
		}
		if recUntil[i] != 0 {
			out = append(out, strconv.FormatUint(uint64(c), 10))
		}
	}
	return out
}

// ValidIn reports whether code was in use during year: some record has
// Since <= year and either Until == 0 or year <= Until (the year of a
// change counts for both the old and the new code). The record begins in
// 1981, so years before 1981 are never valid.
func ValidIn(code string, year int) bool {
	c, ok := parse(code)
	if !ok {
		return false
	}
	lo, hi := span(c)
	for i := lo; i < hi; i++ {
		if int(recSince[i]) <= year && (recUntil[i] == 0 || year <= int(recUntil[i])) {
			return true
		}
	}
	return false
}

// parentCode returns the code of the current parent of the current
// division c, or 0 for a province.
func parentCode(c uint32) uint32 {
	switch levelOf(c) {
	case Province:
		return 0
	case County:
		if p := c / 100 * 100; hasCurrent(p) {
			return p
		}
	}
	return c / 10000 * 10000
}

// hasCurrent reports whether c is in the 2024 table.
func hasCurrent(c uint32) bool {
	_, ok := current(c)
	return ok
}

// Parent returns the current parent of a current division: a county's
// prefecture, or its province when the county is directly under the
// province (济源市 419001, a municipality's districts such as 110101);
// a prefecture's province. ok is false for provinces and for codes not in
// the 2024 table.
func Parent(code string) (Division, bool) {
	c, ok := parse(code)
	if !ok || !hasCurrent(c) {
		return Division{}, false
	}
	p := parentCode(c)
	if p == 0 {
		return Division{}, false
	}
	i, ok := current(p)
	if !ok {
		return Division{}, false
	}
	return record(i), true
}

// Children returns the current direct children of code, sorted by code:
// for a province its prefectures and the county-level units directly under
// it (for a municipality its districts and counties), for a prefecture its
// counties. It returns nil for counties, for prefectures without counties
// (东莞市 441900) and for codes not in the 2024 table.
func Children(code string) []Division {
	c, ok := parse(code)
	if !ok || !hasCurrent(c) || levelOf(c) == County {
		return nil
	}
	width := uint32(100)
	if levelOf(c) == Province {
		width = 10000
	}
	lo, _ := slices.BinarySearch(recCode[:], c+1)
	var out []Division
	for i := lo; i < len(recCode) && recCode[i] < c+width; i++ {
		if recUntil[i] == 0 && parentCode(recCode[i]) == c {
			out = append(out, record(i))
		}
	}
	return out
}

// Provinces returns the provincial-level divisions of the 2024 table
// (31 mainland, 台湾省, 香港 and 澳门), sorted by code.
func Provinces() []Division {
	return filter(func(i int) bool { return levelOf(recCode[i]) == Province })
}

// Find returns the current divisions whose name equals name, sorted by
// code. Names are not unique: Find("朝阳区") returns districts of 北京 and
// 长春.
func Find(name string) []Division {
	return filter(func(i int) bool { return nameOf(i) == name })
}

// All returns every division of the 2024 table, sorted by code.
func All() []Division {
	return filter(func(int) bool { return true })
}

// filter returns the current records that keep accepts, in code order.
func filter(keep func(i int) bool) []Division {
	var out []Division
	for i := range recCode {
		if recUntil[i] == 0 && keep(i) {
			out = append(out, record(i))
		}
	}
	return out
}

// ProvinceOf returns the code of the provincial-level division containing
// code: its first two digits followed by "0000". It returns "" when code
// is not six digits.
func ProvinceOf(code string) string {
	if _, ok := parse(code); !ok {
		return ""
	}
	return code[:2] + "0000"
}
