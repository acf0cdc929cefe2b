package filing

import "unicode/utf8"

// provinceAbbr is one row of the abbreviation table: a province's GB/T 2260
// code, its one-character abbreviations (the common form first) and the
// traditional forms of those that traditional Chinese writes differently.
type provinceAbbr struct {
	code  string
	abbrs []rune
	trad  []rune
}

// provinceAbbrs lists the one-character abbreviations (简称) of the 31
// mainland provincial-level divisions, in code order, as the State Council's
// list of provincial-level divisions gives them. Where a province has two
// forms the common one comes first; ICP filing numbers use the second (蜀 黔
// 滇 陇), and both are accepted on input.
//
// The third column holds the traditional forms (滬 for 沪, 隴 for 陇) that
// pages in traditional Chinese show in filing numbers, such as
// 滬ICP備11018329號-5; the abbreviations left without one are written alike
// in both scripts (京, 浙, 黔). Number parsers read a traditional form as its
// simplified one. The table is never written after compile time.
var provinceAbbrs = [...]provinceAbbr{
	{"110000", []rune{'京'}, nil},
	{"120000", []rune{'津'}, nil},
	{"130000", []rune{'冀'}, nil},
	{"140000", []rune{'晋'}, []rune{'晉'}},
	{"150000", []rune{'蒙'}, nil},
	{"210000", []rune{'辽'}, []rune{'遼'}},
	{"220000", []rune{'吉'}, nil},
	{"230000", []rune{'黑'}, nil},
	{"310000", []rune{'沪'}, []rune{'滬'}},
	{"320000", []rune{'苏'}, []rune{'蘇'}},
	{"330000", []rune{'浙'}, nil},
	{"340000", []rune{'皖'}, nil},
	{"350000", []rune{'闽'}, []rune{'閩'}},
	{"360000", []rune{'赣'}, []rune{'贛'}},
	{"370000", []rune{'鲁'}, []rune{'魯'}},
	{"410000", []rune{'豫'}, nil},
	{"420000", []rune{'鄂'}, nil},
	{"430000", []rune{'湘'}, nil},
	{"440000", []rune{'粤'}, []rune{'粵'}},
	{"450000", []rune{'桂'}, nil},
	{"460000", []rune{'琼'}, []rune{'瓊'}},
	{"500000", []rune{'渝'}, nil},
	{"510000", []rune{'川', '蜀'}, nil},
	{"520000", []rune{'贵', '黔'}, []rune{'貴'}},
	{"530000", []rune{'云', '滇'}, []rune{'雲'}},
	{"540000", []rune{'藏'}, nil},
	{"610000", []rune{'陕'}, []rune{'陝'}},
	{"620000", []rune{'甘', '陇'}, []rune{'隴'}},
	{"630000", []rune{'青'}, nil},
	{"640000", []rune{'宁'}, []rune{'寧'}},
	{"650000", []rune{'新'}, nil},
}

// ProvinceOfAbbreviation returns the GB/T 2260 code of the province whose
// one-character abbreviation is abbr ("京" → "110000"; "川" and "蜀" both →
// "510000"). Both forms of Sichuan, Guizhou, Yunnan and Gansu are accepted;
// filing numbers use 蜀, 黔, 滇 and 陇. The traditional forms are accepted
// too ("滬" → "310000"). ok is false for anything else.
func ProvinceOfAbbreviation(abbr string) (code string, ok bool) {
	c, size := utf8.DecodeRuneInString(abbr)
	if size != len(abbr) || size == 0 {
		return "", false
	}
	return provinceOfRune(simplified(c))
}

// provinceOfRune is ProvinceOfAbbreviation for a simplified abbreviation
// rune; it allocates nothing.
func provinceOfRune(c rune) (code string, ok bool) {
	if c < 0x4E00 {
		return "", false
	}
	for i := range provinceAbbrs {
		for _, x := range provinceAbbrs[i].abbrs {
			if x == c {
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
			return runeStrings(provinceAbbrs[i].abbrs)
		}
	}
	return nil
}

// TraditionalAbbreviations returns the traditional forms of the
// abbreviations of the province with the GB/T 2260 code, for the
// abbreviations traditional Chinese writes differently (310000 → ["滬"],
// 620000 → ["隴"]), or nil when every form is written alike (110000 京) or
// the code is not a mainland province. The slice is fresh.
func TraditionalAbbreviations(code string) []string {
	for i := range provinceAbbrs {
		if provinceAbbrs[i].code == code {
			return runeStrings(provinceAbbrs[i].trad)
		}
	}
	return nil
}

// runeStrings returns the runes as one-rune strings, or nil for none.
func runeStrings(rs []rune) []string {
	if len(rs) == 0 {
		return nil
	}
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = string(r)
	}
	return out
}

// simplified maps the traditional characters that filing numbers are
// written with on traditional-Chinese pages to their simplified forms: the
// words of the numbers (備 號 網 證, in 滬ICP備11018329號 and 滬公網安備…號)
// and the traditional province abbreviations of provinceAbbrs. Every other
// rune is returned unchanged.
func simplified(c rune) rune {
	switch c {
	case '備':
		return '备'
	case '號':
		return '号'
	case '網':
		return '网'
	case '證':
		return '证'
	case '晉':
		return '晋'
	case '遼':
		return '辽'
	case '滬':
		return '沪'
	case '蘇':
		return '苏'
	case '閩':
		return '闽'
	case '贛':
		return '赣'
	case '魯':
		return '鲁'
	case '粵':
		return '粤'
	case '瓊':
		return '琼'
	case '貴':
		return '贵'
	case '雲':
		return '云'
	case '陝':
		return '陕'
	case '隴':
		return '陇'
	case '寧':
		return '宁'
	}
	return c
}
