package filing

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// ICPNumber is the filing number (备案号) of a filed subject or of one of its
// services. It has one of three forms:
//
//   - <abbr>ICP备<6–10 digits>号[-<n>[<letter>]], such as 京ICP备12345678号
//     (the subject) and 京ICP备12345678号-1 (its first website);
//   - <abbr>B2-<8 digits>[-<n>[<letter>]], such as 粤B2-20090059-5, and
//   - <abbr>ICP证<6 digits>号[-<n>[<letter>]], such as 京ICP证030173号-1:
//     units that hold a commercial licence ([ICPLicence]) are recorded by the
//     MIIT register with the licence as their subject number, and their
//     services are numbered under it.
//
// abbr is a province abbreviation (see [ProvinceOfAbbreviation]). The
// sequence n ≥ 1 numbers the subject's services; websites, apps,
// mini-programs and quick apps share one sequence and differ by the type
// letter after it: none for a website (…号-1), A for an app (…号-2A), X for a
// mini-program (…号-3X), K for a quick app (…号-4K), as set by the MIIT notice
// on app filing (工信部信管〔2023〕105号) and shown in the cloud vendors' filing
// guides. [ICPNumber.Kind] tells them apart. Subject serials have 8 digits
// (two-digit year) or 10 (four-digit year); 6 to 10 are accepted.
//
// Filing numbers are public registry numbers, not personal data: String
// shows them in full. The zero value is invalid; ICPNumber is comparable.
type ICPNumber struct {
	abbr   string
	form   numberForm
	serial string
	site   int
	letter byte
}

// numberForm is the form of the subject part of an ICPNumber.
type numberForm uint8

// The forms of an ICPNumber's subject part.
const (
	formFiling  numberForm = iota // …ICP备…号
	formB2                        // …B2-…
	formLicence                   // …ICP证…号
)

// NumberKind is the kind of what a filing number stands for: the subject
// itself or one of its services. Its String gives the wire words of the app
// kinds (app, mini_program, quick_app).
type NumberKind uint8

// The kinds of filing numbers.
const (
	// NumberNone is the kind of the zero ICPNumber.
	NumberNone NumberKind = iota
	// NumberSubject is a subject number, without sequence (京ICP备12345678号).
	NumberSubject
	// NumberWebsite is a website's number: a sequence without letter (…号-1).
	NumberWebsite
	// NumberApp is an app's number: letter A (…号-2A).
	NumberApp
	// NumberMiniProgram is a mini-program's number: letter X (…号-3X).
	NumberMiniProgram
	// NumberQuickApp is a quick app's number: letter K (…号-4K).
	NumberQuickApp
)

// String returns subject, website, app, mini_program, quick_app, or "" for
// NumberNone and unknown values.
func (k NumberKind) String() string {
	switch k {
	case NumberSubject:
		return "subject"
	case NumberWebsite:
		return "website"
	case NumberApp:
		return "app"
	case NumberMiniProgram:
		return "mini_program"
	case NumberQuickApp:
		return "quick_app"
	}
	return ""
}

// IsApp reports whether k is the kind of an app, a mini-program or a quick
// app: a number with a type letter.
func (k NumberKind) IsApp() bool {
	return k == NumberApp || k == NumberMiniProgram || k == NumberQuickApp
}

// icpNumberType is the Type of the parse errors of ICPNumber.
const icpNumberType = "ICPNumber"

// maxSiteDigits bounds the sequence: five digits are far more than any
// subject has services, and keep the value clear of integer overflow.
const maxSiteDigits = 5

// ParseICPNumber parses a filing number in any of its forms (see
// [ICPNumber]). Parsing is tolerant of the ways numbers are written by hand:
// white space anywhere inside (including the ideographic space U+3000) and
// zero-width characters are ignored, full-width and other compatibility
// forms are folded by NFKC (ＩＣＰ, full-width digits, －), dashes and the
// minus sign stand for the hyphen, "icp", "b" and the type letter may be
// lower-case, and the traditional characters of pages in traditional Chinese
// (備 號 證 and the traditional province abbreviations such as 滬 and 粵) read
// as their simplified forms. [ICPNumber.String] gives the strict canonical,
// simplified form. Errors are *[ParseError], with digit runs of the input
// masked, wrapping [ErrEmpty], [ErrFormat], or [ErrRegion] (a first
// character that is no province abbreviation).
func ParseICPNumber(s string) (ICPNumber, error) {
	f := foldString(s)
	if len(f.r) == 0 {
		return ICPNumber{}, &ParseError{Type: icpNumberType, Input: maskDigitRuns(s), Err: ErrEmpty}
	}
	n, reason, err := parseICPRunes(f.r)
	if err != nil {
		return ICPNumber{}, &ParseError{Type: icpNumberType, Input: maskDigitRuns(s), Err: err, Reason: reason}
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
// form exactly one filing number. On failure it returns the sentinel and a
// short reason.
func parseICPRunes(r []rune) (ICPNumber, string, error) {
	abbr, reason, err := parseAbbr(r)
	if err != nil {
		return ICPNumber{}, reason, err
	}
	n := ICPNumber{abbr: abbr}
	var j int
	switch {
	case hasPrefixRunes(r[1:], "ICP备"):
		j = digitsEnd(r, 5)
		if d := j - 5; d < 6 || d > 10 {
			return ICPNumber{}, "want 6 to 10 digits after ICP备", ErrFormat
		}
		n.serial = string(r[5:j])
		if j >= len(r) || r[j] != '号' {
			return ICPNumber{}, `want "号" after the digits`, ErrFormat
		}
		j++
	case hasPrefixRunes(r[1:], "ICP证"):
		n.form = formLicence
		j = digitsEnd(r, 5)
		if j-5 != 6 {
			return ICPNumber{}, "want 6 digits after ICP证", ErrFormat
		}
		n.serial = string(r[5:j])
		if j >= len(r) || r[j] != '号' {
			return ICPNumber{}, `want "号" after the digits`, ErrFormat
		}
		j++
	case hasPrefixRunes(r[1:], "B2-"):
		n.form = formB2
		j = digitsEnd(r, 4)
		if j-4 != 8 {
			return ICPNumber{}, "want 8 digits after B2-", ErrFormat
		}
		n.serial = string(r[4:j])
	default:
		return ICPNumber{}, `want "ICP备", "ICP证" or "B2-" after the province abbreviation`, ErrFormat
	}
	if j == len(r) {
		return n, "", nil
	}
	if r[j] != '-' {
		return ICPNumber{}, `want nothing or "-<sequence number>" after the subject number`, ErrFormat
	}
	j++
	k := digitsEnd(r, j)
	if k == j || k-j > maxSiteDigits || r[j] == '0' {
		return ICPNumber{}, "want a sequence number from 1 without leading zeros after the hyphen", ErrFormat
	}
	n.site, _ = strconv.Atoi(string(r[j:k]))
	if k == len(r) {
		return n, "", nil
	}
	switch r[k] {
	case 'A', 'X', 'K':
		n.letter = byte(r[k])
	default:
		return ICPNumber{}, "want nothing or a type letter A (app), X (mini-program) or K (quick app) after the sequence number", ErrFormat
	}
	if k+1 != len(r) {
		return ICPNumber{}, "want nothing after the type letter", ErrFormat
	}
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

// String returns the canonical form, such as 京ICP备12345678号-1,
// 粤B2-20090059-1626X or 京ICP证030173号-1, or "" for the zero value.
func (n ICPNumber) String() string {
	if !n.IsValid() {
		return ""
	}
	var s string
	switch n.form {
	case formB2:
		s = n.abbr + "B2-" + n.serial
	case formLicence:
		s = n.abbr + "ICP证" + n.serial + "号"
	default:
		s = n.abbr + "ICP备" + n.serial + "号"
	}
	if n.site > 0 {
		s += "-" + strconv.Itoa(n.site)
		if n.letter != 0 {
			s += string(rune(n.letter))
		}
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

// Abbr returns the province abbreviation the number starts with, in its
// simplified form (滬 reads 沪); 蜀 and 川 both stay as given.
func (n ICPNumber) Abbr() string { return n.abbr }

// Serial returns the digits of the subject number: 6 to 10 for the ICP备
// form, 8 for the B2 form, 6 for the ICP证 form.
func (n ICPNumber) Serial() string { return n.serial }

// Site returns the sequence number of the service: n for …号-n and …号-nA,
// 0 for a subject number.
func (n ICPNumber) Site() int { return n.site }

// Letter returns the type letter after the sequence: "A" (app), "X"
// (mini-program), "K" (quick app), or "" for a website or subject number.
func (n ICPNumber) Letter() string {
	if n.letter == 0 {
		return ""
	}
	return string(rune(n.letter))
}

// Kind says what the number stands for: the subject, a website, an app, a
// mini-program or a quick app; [NumberNone] for the zero value.
func (n ICPNumber) Kind() NumberKind {
	switch {
	case !n.IsValid():
		return NumberNone
	case n.site == 0:
		return NumberSubject
	}
	switch n.letter {
	case 'A':
		return NumberApp
	case 'X':
		return NumberMiniProgram
	case 'K':
		return NumberQuickApp
	}
	return NumberWebsite
}

// IsSubject reports whether n is a subject number, without sequence.
func (n ICPNumber) IsSubject() bool { return n.IsValid() && n.site == 0 }

// IsLicence reports whether n has a licence form (粤B2-20090059-5,
// 京ICP证030173号-1) rather than the ICP备 form.
func (n ICPNumber) IsLicence() bool { return n.IsValid() && n.form != formFiling }

// Licence returns the commercial licence whose number is n's subject number
// (粤B2-20090059 for 粤B2-20090059-5); ok is false for the ICP备 form and
// the zero value.
func (n ICPNumber) Licence() (l ICPLicence, ok bool) {
	if !n.IsLicence() {
		return ICPLicence{}, false
	}
	return ICPLicence{abbr: n.abbr, b2: n.form == formB2, serial: n.serial}, true
}

// Subject returns the subject number of n: n without its sequence and type
// letter.
func (n ICPNumber) Subject() ICPNumber {
	n.site, n.letter = 0, 0
	return n
}

// SameSubject reports whether n and o belong to the same filed subject: the
// same form, the same province (either abbreviation form) and the same
// digits, whatever their sequences and letters. Zero values belong to no
// subject.
func (n ICPNumber) SameSubject(o ICPNumber) bool {
	return n.IsValid() && o.IsValid() && n.form == o.form && n.serial == o.serial && n.Province() == o.Province()
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
	// Intended is set for a malformed candidate whose only fault is a
	// missing or misplaced "号": 京ICP备13033158 (no 号) means
	// 京ICP备13033158号, 陕ICP备12000810-2号 (the sequence before 号) means
	// 陕ICP备12000810号-2, and 京公网安备 11010802017522 means the number
	// with 号. It holds the number meant, or the zero value.
	Intended N
}

// ICPMatch is a filing number candidate found by [FindICPNumbers].
type ICPMatch = NumberMatch[ICPNumber]

// FindICPNumbers returns every filing number candidate in text, in order:
// each occurrence of "ICP备" or "ICP证" followed by a digit, with the letter
// before it (the province abbreviation), and each "B2-" followed by a digit
// with a province abbreviation before it; then the digits, "号" and an optional
// sequence "-<n>" with its type letter. Text is folded as by
// [ParseICPNumber] (full width, lower case, traditional characters). White
// space and zero-width characters inside a candidate are skipped; any other
// character ends it.
//
// A type letter counts when it follows the sequence directly, without white
// space, and is not the first of a run of letters (so …号-1 About is a
// website's number, …号-1A an app's). A candidate ending in another single
// letter (…号-1B) is malformed: a finder never drops a letter it saw.
//
// Malformed candidates (a wrong digit count, no "号", an unknown
// abbreviation) are returned too, with Err set, so that a caller can tell
// "no number" from "a wrong number"; those whose only fault is where "号"
// stands carry the number meant in Intended. FindICPNumbers runs in time
// linear in len(text).
func FindICPNumbers(text string) []ICPMatch {
	if !strings.ContainsAny(text, "备備证證BbＢｂ") { // every candidate holds one, unfolded
		return nil
	}
	return findNumbers(text, icpNumberType, icpExtent, parseICPRunes)
}

// icpExtent is the candidate scan of FindICPNumbers at folded rune i: it
// returns the start and end of the candidate, and the runes of the number
// meant when "号" is missing or misplaced; ok is false when no candidate
// starts at i.
func icpExtent(f *folded, i, prevEnd int) (start, end int, intended []rune, ok bool) {
	r := f.r
	var m int
	b2 := false
	switch r[i] {
	case 'I':
		if !hasPrefixRunes(r[i:], "ICP备") && !hasPrefixRunes(r[i:], "ICP证") {
			return 0, 0, nil, false
		}
		m = i + 4
	case 'B':
		// B2- alone is common in model names: a licence number needs its
		// province abbreviation.
		if i == 0 || i-1 < prevEnd || !hasPrefixRunes(r[i:], "B2-") {
			return 0, 0, nil, false
		}
		if _, ok := ProvinceOfAbbreviation(string(r[i-1])); !ok {
			return 0, 0, nil, false
		}
		m, b2 = i+3, true
	default:
		return 0, 0, nil, false
	}
	j := digitsEnd(r, m)
	if j == m {
		return 0, 0, nil, false
	}
	start = i
	if i > prevEnd && unicode.IsLetter(r[i-1]) {
		start = i - 1
	}
	if b2 {
		return start, f.sequence(j), nil, true
	}
	if j < len(r) && r[j] == '号' {
		return start, f.sequence(j + 1), nil, true
	}
	// No "号" after the digits: maybe none at all, maybe after the sequence.
	intended = append(append([]rune(nil), r[start:j]...), '号')
	end = f.sequence(j)
	intended = append(intended, r[j:end]...)
	if end > j && end < len(r) && r[end] == '号' {
		end++
	}
	return start, end, intended, true
}

// sequence returns the end of the sequence "-<digits>[<letter>]" starting at
// folded rune j, or j when there is none.
func (f *folded) sequence(j int) int {
	r := f.r
	if j+1 >= len(r) || r[j] != '-' || !isDigit(r[j+1]) {
		return j
	}
	k := digitsEnd(r, j+1)
	if k < len(r) && f.letterAt(k) && !(k+1 < len(r) && f.letterAt(k+1)) {
		k++
	}
	return k
}

// letterAt reports whether folded rune k is a Latin letter that directly
// follows the rune before it in the original text.
func (f *folded) letterAt(k int) bool {
	if c := f.r[k]; c < 'A' || c > 'Z' {
		return false
	}
	prev := int(f.pos[k-1])
	_, size := utf8.DecodeRuneInString(f.s[prev:])
	return int(f.pos[k]) == prev+size
}

// findNumbers is the scan of FindICPNumbers and FindPSBNumbers: extent
// finds the candidates in the folded text, parse reads their runes.
func findNumbers[N any](text, typ string, extent func(f *folded, i, prevEnd int) (int, int, []rune, bool), parse func([]rune) (N, string, error)) []NumberMatch[N] {
	f := foldString(text)
	var out []NumberMatch[N]
	var rc runeCounter
	prevEnd := 0
	for i := 0; i < len(f.r); i++ {
		start, end, intended, ok := extent(&f, i, prevEnd)
		if !ok {
			continue
		}
		var m NumberMatch[N]
		m.Start, m.End, m.Text = f.span(start, end, &rc)
		if n, reason, err := parse(f.r[start:end]); err != nil {
			m.Err = &ParseError{Type: typ, Input: maskDigitRuns(m.Text), Err: err, Reason: reason}
			if intended != nil {
				if n, _, err := parse(intended); err == nil {
					m.Intended = n
				}
			}
		} else {
			m.Number = n
		}
		out = append(out, m)
		prevEnd = end
		i = end - 1
	}
	return out
}

// folded is text in the form numbers are matched in: white space and
// zero-width characters dropped, every other rune folded by [foldRune].
type folded struct {
	s   string  // the original text
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
	f := folded{s: s, r: make([]rune, 0, n), pos: make([]int32, 0, n)}
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
func (f *folded) span(start, end int, rc *runeCounter) (rs, re int, s string) {
	b0 := int(f.pos[start])
	b1 := int(f.pos[end-1])
	_, size := utf8.DecodeRuneInString(f.s[b1:])
	b1 += size
	return rc.at(f.s, b0), rc.at(f.s, b1), f.s[b0:b1]
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
// dashes and the minus sign to '-', the traditional characters of numbers
// to their simplified forms (see simplified). ok is false for white space
// and zero-width characters, which matching skips.
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
		return simplified(c), true
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
