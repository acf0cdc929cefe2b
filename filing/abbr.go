package filing

// provinceAbbr is one row of the abbreviation table: a province's GB/T 2260
// code and its one-character abbreviations, the common form first.
type provinceAbbr struct {
	code  string
	abbrs []string
}

// provinceAbbrs lists the one-character abbreviations (简称) of the 31
// mainland provincial-level divisions, in code order, as given in RULES.md §9
// "Province abbreviations" [general]. Where a province has two forms the
// common one comes first; ICP filing numbers use the second (蜀 黔 滇 陇), and
// both are accepted on input. The table is never written after compile time.
var provinceAbbrs = [...]provinceAbbr{
	{"110000", []string{"京"}},
	{"120000", []string{"津"}},
	{"130000", []string{"冀"}},
	{"140000", []string{"晋"}},
	{"150000", []string{"蒙"}},
	{"210000", []string{"辽"}},
	{"220000", []string{"吉"}},
	{"230000", []string{"黑"}},
	{"310000", []string{"沪"}},
	{"320000", []string{"苏"}},
	{"330000", []string{"浙"}},
	{"340000", []string{"皖"}},
	{"350000", []string{"闽"}},
	{"360000", []string{"赣"}},
	{"370000", []string{"鲁"}},
	{"410000", []string{"豫"}},
	{"420000", []string{"鄂"}},
	{"430000", []string{"湘"}},
	{"440000", []string{"粤"}},
	{"450000", []string{"桂"}},
	{"460000", []string{"琼"}},
	{"500000", []string{"渝"}},
	{"510000", []string{"川", "蜀"}},
	{"520000", []string{"贵", "黔"}},
	{"530000", []string{"云", "滇"}},
	{"540000", []string{"藏"}},
	{"610000", []string{"陕"}},
	{"620000", []string{"甘", "陇"}},
	{"630000", []string{"青"}},
	{"640000", []string{"宁"}},
	{"650000", []string{"新"}},
}

// ProvinceOfAbbreviation returns the GB/T 2260 code of the province whose
// one-character abbreviation is abbr ("京" → "110000"; "川" and "蜀" both →
// "510000"). Both forms of Sichuan, Guizhou, Yunnan and Gansu are accepted;
// filing numbers use 蜀, 黔, 滇 and 陇. ok is false for anything else.
func ProvinceOfAbbreviation(abbr string) (code string, ok bool) {
	for i := range provinceAbbrs {
		for _, a := range provinceAbbrs[i].abbrs {
			if a == abbr {
				return provinceAbbrs[i].code, true
			}
		}
	}
	return "", false
}

// ProvinceAbbreviations returns the abbreviations of the province with the
// GB/T 2260 code, the common form first (510000 → ["川", "蜀"]); ICP filing
// numbers use the last form (蜀, 黔, 滇, 陇). The slice is fresh and may be
// modified; it is nil for a code that is not a mainland province.
func ProvinceAbbreviations(code string) []string {
	for i := range provinceAbbrs {
		if provinceAbbrs[i].code == code {
			return append([]string(nil), provinceAbbrs[i].abbrs...)
		}
	}
	return nil
}
