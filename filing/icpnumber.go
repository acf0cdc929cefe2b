package filing

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// ICPNumber is an ICP filing number (ICP备案号), the number the bureau gives a
// filed subject, optionally followed by a website suffix: 京ICP备12345678号 is
// the subject number, 京ICP备12345678号-1 the number of the subject's first
// website (RULES.md §9 "Number formats" [general]). The shape is
// <abbr>ICP备<6–10 digits>号[-<n>] with abbr a province abbreviation (see
// [ProvinceOfAbbreviation]) and n ≥ 1.
//
// Filing numbers are public registry numbers, not personal data: String
// shows them in full. The zero value is invalid; ICPNumber is comparable.
type ICPNumber struct {
	abbr   string
	serial string
	site   int
}

// icpNumberType is the Type of the parse errors of ICPNumber.
const icpNumberType = "ICPNumber"

// maxSite bounds the website suffix: five digits are far more than any subject
// has websites, and keep the value clear of integer overflow.
const maxSiteDigits = 5

// ParseICPNumber parses an ICP filing number. Parsing is tolerant of the ways
// numbers are written by hand: white space anywhere inside (including the
// ideographic space U+3000) and zero-width characters are ignored, full-width
// and other compatibility forms are folded by NFKC (ＩＣＰ, full-width digits,
// －), dashes and the minus sign stand for the hyphen, and "icp" may be
// lower-case. [ICPNumber.String] gives the strict canonical form. Errors are
// *[ParseError] wrapping [ErrEmpty], [ErrFormat], or [ErrRegion] (a first
// character that is no province abbreviation).
func ParseICPNumber(s string) (ICPNumber, error) {
	f := foldString(s)
	if len(f.r) == 0 {
		return ICPNumber{}, &ParseError{Type: icpNumberType, Input: s, Err: ErrEmpty}
	}
	n, reason, err := parseICPRunes(f.r)
	if err != nil {
		return ICPNumber{}, &ParseError{Type: icpNumberType, Input: s, Err: err, Reason: reason}
	}
	return n, nil
}

// MustParseICPNumber is like [ParseICPNumber] but panics on an error. It is
// meant for tests and constant inputs only.
func MustParseICPNumber(s string) ICPNumber {
	n, err := ParseICPNumber(s)
	if err != nil {
		panic(err)
	}
	return n
}

// parseICPRunes parses folded runes (white space already dropped) that must
// form exactly one ICP filing number. On failure it returns the sentinel and
// a short reason.
func parseICPRunes(r []rune) (ICPNumber, string, error) {
	abbr, reason, err := parseAbbr(r)
	if err != nil {
		return ICPNumber{}, reason, err
	}
	i := 1
	if !hasPrefixRunes(r[i:], "ICP备") {
		return ICPNumber{}, `want "ICP备" after the province abbreviation`, ErrFormat
	}
	i += 4
	j := digitsEnd(r, i)
	if n := j - i; n < 6 || n > 10 {
		return ICPNumber{}, "want 6 to 10 digits after ICP备", ErrFormat
	}
	serial := string(r[i:j])
	if j >= len(r) || r[j] != '号' {
		return ICPNumber{}, `want "号" after the digits`, ErrFormat
	}
	j++
	n := ICPNumber{abbr: abbr, serial: serial}
	if j == len(r) {
		return n, "", nil
	}
	if r[j] != '-' {
		return ICPNumber{}, `want nothing or "-<website number>" after "号"`, ErrFormat
	}
	j++
	k := digitsEnd(r, j)
	if k != len(r) || k == j || k-j > maxSiteDigits || r[j] == '0' {
		return ICPNumber{}, "want a website number from 1 without leading zeros after the hyphen", ErrFormat
	}
	n.site, _ = strconv.Atoi(string(r[j:k]))
	return n, "", nil
}

// parseAbbr checks that r starts with a province abbreviation.
func parseAbbr(r []rune) (abbr, reason string, err error) {
	if len(r) == 0 {
		return "", "want a province abbreviation", ErrFormat
	}
	abbr = string(r[0])
	if _, ok := ProvinceOfAbbreviation(abbr); !ok {
		if unicode.Is(unicode.Han, r[0]) {
			return "", "no province abbreviation " + strconv.Quote(abbr), ErrRegion
		}
		return "", "want a province abbreviation first", ErrFormat
	}
	return abbr, "", nil
}

// String returns the canonical form, such as 京ICP备12345678号-1, or "" for
// the zero value.
func (n ICPNumber) String() string {
	if !n.IsValid() {
		return ""
	}
	s := n.abbr + "ICP备" + n.serial + "号"
	if n.site > 0 {
		s += "-" + strconv.Itoa(n.site)
	}
	return s
}

// IsValid reports whether n is a parsed number rather than the zero value.
func (n ICPNumber) IsValid() bool { return n.abbr != "" }

// Province returns the GB/T 2260 code of the province the number was filed in
// ("110000" for 京), or "" for the zero value.
func (n ICPNumber) Province() string {
	code, _ := ProvinceOfAbbreviation(n.abbr)
	return code
}

// Abbr returns the province abbreviation the number starts with, as written
// (蜀 and 川 both stay as given).
func (n ICPNumber) Abbr() string { return n.abbr }

// Serial returns the 6 to 10 digits of the subject's number.
func (n ICPNumber) Serial() string { return n.serial }

// Site returns the website suffix: n for …号-n, 0 for a subject number.
func (n ICPNumber) Site() int { return n.site }

// IsSubject reports whether n is a subject number, without website suffix.
func (n ICPNumber) IsSubject() bool { return n.IsValid() && n.site == 0 }

// Subject returns the subject number of n: n without its website suffix.
func (n ICPNumber) Subject() ICPNumber {
	n.site = 0
	return n
}

// SameSubject reports whether n and o belong to the same filed subject: the
// same province (either abbreviation form) and the same digits, whatever
// their website suffixes. Zero values belong to no subject.
func (n ICPNumber) SameSubject(o ICPNumber) bool {
	return n.IsValid() && o.IsValid() && n.serial == o.serial && n.Province() == o.Province()
}

// MarshalText implements [encoding.TextMarshaler]: the canonical form, or
// empty text for the zero value.
func (n ICPNumber) MarshalText() ([]byte, error) { return []byte(n.String()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseICPNumber];
// empty text gives the zero value.
func (n *ICPNumber) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*n = ICPNumber{}
		return nil
	}
	v, err := ParseICPNumber(string(text))
	if err != nil {
		return err
	}
	*n = v
	return nil
}

// NumberMatch is a number candidate found in free text by [FindICPNumbers]
// or [FindPSBNumbers].
type NumberMatch[N any] struct {
	// Start and End are rune offsets into the searched text: the candidate
	// is runes [Start, End).
	Start, End int
	// Text is the candidate as written in the searched text.
	Text string
	// Number is the parsed number; the zero value when Err is set.
	Number N
	// Err is nil for a well-formed number, else the *ParseError explaining
	// why the candidate is not one (for example five digits, or a missing
	// "号").
	Err error
}

// ICPMatch is an ICP filing number candidate found by [FindICPNumbers].
type ICPMatch = NumberMatch[ICPNumber]

// FindICPNumbers returns every ICP filing number candidate in text, in order:
// each occurrence of "ICP备" (folded as in [ParseICPNumber]) followed by at
// least one digit, with the province abbreviation before it, the digits, "号"
// and an optional "-<n>" after it. White space and zero-width characters
// inside a candidate are skipped; any other character ends it. Malformed
// candidates (a wrong digit count, no "号", an unknown abbreviation) are
// returned too, with Err set, so that a caller can tell "no number" from "a
// wrong number". FindICPNumbers runs in time linear in len(text).
func FindICPNumbers(text string) []ICPMatch {
	return findNumbers(text, "ICP备", icpNumberType, true, parseICPRunes)
}

// findNumbers is the scan of FindICPNumbers and FindPSBNumbers: every
// occurrence of marker (folded) followed by a digit, taken with the letter
// before it (the province abbreviation), the digits, "号" and, when suffix
// is set, a website suffix "-<n>"; parse reads a candidate's runes.
func findNumbers[N any](text, marker, typ string, suffix bool, parse func([]rune) (N, string, error)) []NumberMatch[N] {
	if !strings.Contains(text, "备") { // every candidate holds it, unfolded
		return nil
	}
	f := foldString(text)
	r := f.r
	skip := utf8.RuneCountInString(marker)
	var out []NumberMatch[N]
	var rc runeCounter
	prevEnd := 0
	for i := 0; i+skip < len(r); i++ {
		if !hasPrefixRunes(r[i:], marker) {
			continue
		}
		start := i
		if i > prevEnd && unicode.IsLetter(r[i-1]) {
			start = i - 1
		}
		j := digitsEnd(r, i+skip)
		if j == i+skip {
			continue
		}
		if j < len(r) && r[j] == '号' {
			j++
		}
		if suffix && j+1 < len(r) && r[j] == '-' && isDigit(r[j+1]) {
			j = digitsEnd(r, j+1)
		}
		var m NumberMatch[N]
		m.Start, m.End, m.Text = f.span(text, start, j, &rc)
		if n, reason, err := parse(r[start:j]); err != nil {
			m.Err = &ParseError{Type: typ, Input: m.Text, Err: err, Reason: reason}
		} else {
			m.Number = n
		}
		out = append(out, m)
		prevEnd = j
		i = j - 1
	}
	return out
}

// folded is text in the form numbers are matched in: white space and
// zero-width characters dropped, every other rune folded by [foldRune].
type folded struct {
	r   []rune  // folded runes
	pos []int32 // pos[i] is the byte offset in the original text of r[i]
}

// foldString folds s for matching. Offsets are kept as int32: texts longer
// than 2 GiB are cut there.
func foldString(s string) folded {
	if len(s) > math.MaxInt32 {
		s = s[:math.MaxInt32]
	}
	n := utf8.RuneCountInString(s)
	f := folded{r: make([]rune, 0, n), pos: make([]int32, 0, n)}
	for i, c := range s {
		if c, ok := foldRune(c); ok {
			f.r = append(f.r, c)
			f.pos = append(f.pos, int32(i))
		}
	}
	return f
}

// span returns the rune offsets and the original text of the folded runes
// [start, end). rc counts runes incrementally: spans must be taken in
// increasing order.
func (f folded) span(text string, start, end int, rc *runeCounter) (rs, re int, s string) {
	b0 := int(f.pos[start])
	b1 := int(f.pos[end-1])
	_, size := utf8.DecodeRuneInString(text[b1:])
	b1 += size
	return rc.at(text, b0), rc.at(text, b1), text[b0:b1]
}

// runeCounter converts increasing byte offsets into rune offsets in linear
// total time.
type runeCounter struct{ b, r int }

// at returns the rune offset of byte offset b ≥ every earlier b.
func (c *runeCounter) at(text string, b int) int {
	c.r += utf8.RuneCountInString(text[c.b:b])
	c.b = b
	return c.r
}

// foldRune maps c to its matching form: ASCII letters upper-case, NFKC
// compatibility forms (full-width letters and digits) to their plain form,
// dashes and the minus sign to '-'. ok is false for white space and
// zero-width characters, which matching skips.
func foldRune(c rune) (rune, bool) {
	switch {
	case c < utf8.RuneSelf:
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			return 0, false
		case 'a' <= c && c <= 'z':
			return c - 'a' + 'A', true
		}
		return c, true
	case 0x4E00 <= c && c <= 0x9FFF: // CJK unified ideographs: unchanged by NFKC
		return c, true
	case unicode.IsSpace(c):
		return 0, false
	}
	switch c {
	case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: // soft hyphen, zero-width characters
		return 0, false
	case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: // dashes, minus
		return '-', true
	}
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], c)
	if d := norm.NFKC.Properties(buf[:n]).Decomposition(); len(d) > 0 {
		if d0, size := utf8.DecodeRune(d); size == len(d) {
			c = d0
			if 'a' <= c && c <= 'z' {
				c = c - 'a' + 'A'
			}
			if c == ' ' {
				return 0, false
			}
		}
	}
	return c, true
}

// hasPrefixRunes reports whether r starts with the runes of p.
func hasPrefixRunes(r []rune, p string) bool {
	i := 0
	for _, c := range p {
		if i >= len(r) || r[i] != c {
			return false
		}
		i++
	}
	return true
}

// isDigit reports whether c is an ASCII digit.
func isDigit(c rune) bool { return '0' <= c && c <= '9' }

// digitsEnd returns the index after the run of ASCII digits starting at i.
func digitsEnd(r []rune, i int) int {
	for i < len(r) && isDigit(r[i]) {
		i++
	}
	return i
}
