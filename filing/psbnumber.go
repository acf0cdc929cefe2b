package filing

import (
	"iter"
	"slices"
	"unicode/utf8"

	"github.com/beian-go/beian/internal/division"
)

// PSBNumber is a public-security network filing number (公安联网备案号), such as
// 京公网安备 11010502030143号: <abbr>公网安备 <14 digits>号, whose first six
// digits are the code of the filing police bureau, as the public-security
// filing portal beian.mps.gov.cn shows them. For most bureaus that is the
// GB/T 2260 code of their division; bureaus of development zones use codes
// of their own under their prefecture (320590 for the Suzhou Industrial
// Park, 510190 for the Chengdu High-tech Zone). So the first two digits must
// be the province of the abbreviation, and the first four a prefecture-level
// division (or a municipality's) that exists or existed; the last two are
// not checked.
//
// These are public registry numbers: String shows them in full. The zero
// value is invalid; PSBNumber is comparable.
type PSBNumber struct {
	abbr   rune // the simplified abbreviation; 0 for the zero value
	serial uint64
}

// psbNumberType is the Type of the parse errors of PSBNumber.
const psbNumberType = "PSBNumber"

// psbDigits is the number of digits of a public-security filing number.
const psbDigits = 14

// ParsePSBNumber parses a public-security filing number. The space after
// 公网安备 is optional, and parsing has the tolerance of [ParseICPNumber]
// (white space anywhere, full-width forms, traditional characters such as
// 滬公網安備). Errors are *[ParseError], with digit runs of the input masked,
// wrapping [ErrEmpty], [ErrFormat], or [ErrRegion]: an unknown
// abbreviation, a bureau code in another province than the abbreviation's,
// or one under no prefecture that ever existed.
func ParsePSBNumber(s string) (PSBNumber, error) {
	var buf [32]rune
	r := foldRunes(buf[:0], s)
	if len(r) == 0 {
		return PSBNumber{}, &ParseError{Type: psbNumberType, Input: maskDigitRuns(s), Err: ErrEmpty}
	}
	p, reason, err := parsePSBRunes(r, false)
	if err != nil {
		return PSBNumber{}, &ParseError{Type: psbNumberType, Input: maskDigitRuns(s), Err: err, Reason: reason}
	}
	return p, nil
}

// MustParsePSBNumber is like [ParsePSBNumber] but panics on an error. It is
// meant for tests and constant inputs only.
func MustParsePSBNumber(s string) PSBNumber {
	p, err := ParsePSBNumber(s)
	if err != nil {
		panic(err)
	}
	return p
}

// parsePSBRunes parses folded runes that must form exactly one
// public-security filing number. Its reasons are constants when brief (it
// then never allocates).
func parsePSBRunes(r []rune, brief bool) (PSBNumber, string, error) {
	abbr, reason, err := parseAbbrFor(r, brief)
	if err != nil {
		return PSBNumber{}, reason, err
	}
	if !hasPrefixRunes(r[1:], "公网安备") {
		return PSBNumber{}, `want "公网安备" after the province abbreviation`, ErrFormat
	}
	j := digitsEnd(r, 5)
	if j-5 != psbDigits {
		return PSBNumber{}, "want 14 digits after 公网安备", ErrFormat
	}
	if j+1 != len(r) || r[j] != '号' {
		return PSBNumber{}, `want "号" after the digits, and nothing else`, ErrFormat
	}
	code, _ := provinceOfRune(abbr)
	var region [6]byte
	for i := range region {
		region[i] = byte(r[5+i])
	}
	if brief && (region[0] != code[0] || region[1] != code[1] || !bureauRegion(string(region[:]))) {
		return PSBNumber{}, "region code outside the province or under no prefecture", ErrRegion
	}
	if region[0] != code[0] || region[1] != code[1] {
		return PSBNumber{}, "region code " + string(region[:]) + " lies outside the province of " + string(abbr), ErrRegion
	}
	if !bureauRegion(string(region[:])) {
		return PSBNumber{}, "region code " + string(region[:]) + " lies under no prefecture that ever existed", ErrRegion
	}
	serial, _ := digitsValue(r[5:j])
	return PSBNumber{abbr: abbr, serial: serial}, "", nil
}

// bureauRegion reports whether region, six digits, can be the code of a
// police bureau: a division that exists or existed, or a code under a
// prefecture-level division that exists or existed (a development-zone
// bureau, 320590 under 苏州市 320500). A municipality's first four digits
// (1101, 5002) name no division of their own: there the code must share
// them with some division that exists or existed.
func bureauRegion(region string) bool {
	switch {
	case division.Ever(region):
		return true
	case region[2:4] == "00": // a province's own digits name no prefecture
		return false
	case division.Ever(region[:4] + "00"):
		return true
	}
	b := []byte(region[:4] + "00")
	for i := 1; i <= 99; i++ {
		b[4], b[5] = byte('0'+i/10), byte('0'+i%10)
		if division.Ever(string(b)) {
			return true
		}
	}
	return false
}

// String returns the canonical form with one space, such as
// 京公网安备 11010502030143号, or "" for the zero value.
func (p PSBNumber) String() string {
	if !p.IsValid() {
		return ""
	}
	b := make([]byte, 0, 40)
	b = utf8.AppendRune(b, p.abbr)
	b = append(b, "公网安备 "...)
	b = appendDigits(b, p.serial, psbDigits)
	b = append(b, "号"...)
	return string(b)
}

// IsValid reports whether p is a parsed number rather than the zero value.
func (p PSBNumber) IsValid() bool { return p.abbr != 0 }

// Province returns the GB/T 2260 code of the province of the abbreviation, or
// "" for the zero value.
func (p PSBNumber) Province() string {
	code, _ := provinceOfRune(p.abbr)
	return code
}

// Abbr returns the province abbreviation the number starts with, in its
// simplified form; "" for the zero value.
func (p PSBNumber) Abbr() string {
	if !p.IsValid() {
		return ""
	}
	return string(p.abbr)
}

// Serial returns the 14 digits, or "" for the zero value.
func (p PSBNumber) Serial() string {
	if !p.IsValid() {
		return ""
	}
	return string(appendDigits(nil, p.serial, psbDigits))
}

// SameNumber reports whether p and o are the same number: the same digits
// under the same province (川 and 蜀 are one province). Zero values are no
// number.
func (p PSBNumber) SameNumber(o PSBNumber) bool {
	if !p.IsValid() || !o.IsValid() || p.serial != o.serial {
		return false
	}
	a, _ := provinceOfRune(p.abbr)
	b, _ := provinceOfRune(o.abbr)
	return a == b
}

// Region returns the code of the filing police bureau: the first six
// digits.
func (p PSBNumber) Region() string {
	if !p.IsValid() {
		return ""
	}
	return p.Serial()[:6]
}

// MarshalText implements [encoding.TextMarshaler]: the canonical form, or
// empty text for the zero value.
func (p PSBNumber) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParsePSBNumber]; empty text gives the zero value.
func (p *PSBNumber) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*p = PSBNumber{}
		return nil
	}
	v, err := ParsePSBNumber(string(text))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// PSBMatch is a public-security filing number candidate found by
// [FindPSBNumbers].
type PSBMatch = NumberMatch[PSBNumber]

// FindPSBNumbers returns every public-security filing number candidate in
// text, in order: each occurrence of "公网安备" (or 公網安備) followed by at
// least one digit, with the province abbreviation before it and "号" after
// the digits. As in [FindICPNumbers], white space inside a candidate is
// skipped, and malformed candidates are returned with Err set; one without
// "号" carries the number meant in Intended. It runs in linear time.
func FindPSBNumbers(text string) []PSBMatch { return slices.Collect(FindPSBNumbersSeq(text)) }

// FindPSBNumbersSeq yields the candidates of [FindPSBNumbers] one by one,
// in memory bounded as that of [FindICPNumbersSeq].
func FindPSBNumbersSeq(text string) iter.Seq[PSBMatch] {
	return func(yield func(PSBMatch) bool) { scanPSB(text, false, yield) }
}

// FindPSBNumbersBrief is [FindPSBNumbersSeq] with the sentinel errors of
// [FindICPNumbersBrief]: no candidate costs an allocation.
func FindPSBNumbersBrief(text string) iter.Seq[PSBMatch] {
	return func(yield func(PSBMatch) bool) { scanPSB(text, true, yield) }
}

// scanPSB is the loop of FindPSBNumbersSeq and FindPSBNumbersBrief (see
// scanICP).
func scanPSB(text string, brief bool, yield func(PSBMatch) bool) {
	sc := numScanner{s: text, anchors: psbAnchors[:], typ: psbNumberType, brief: brief}
	sc.init()
	for {
		c, ok := sc.next(true)
		if !ok {
			return
		}
		var m PSBMatch
		sc.span(&m.Start, &m.End, &m.Text, c)
		n, reason, err := parsePSBRunes(sc.rbuf[:sc.rn], sc.brief)
		switch {
		case sc.long:
			m.Err = sc.err(m.Text, ErrFormat, "far too long for a number")
		case err != nil:
			m.Err = sc.err(m.Text, err, reason)
			if sc.mn > 0 {
				if n, _, err := parsePSBRunes(sc.mbuf[:sc.mn], true); err == nil {
					m.Intended = n
				}
			}
		default:
			m.Number = n
		}
		if !yield(m) {
			return
		}
	}
}
