package filing

import (
	"iter"
	"slices"
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
	abbr   rune // the simplified abbreviation; 0 for the zero value
	form   numberForm
	digits uint8 // the number of digits of serial, leading zeros included
	letter byte
	site   uint32
	serial uint64
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
	var buf [32]rune
	r := foldRunes(buf[:0], s)
	if len(r) == 0 {
		return ICPNumber{}, &ParseError{Type: icpNumberType, Input: maskDigitRuns(s), Err: ErrEmpty}
	}
	n, reason, err := parseICPRunes(r, false)
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
// short reason; a constant one when brief (it then never allocates).
func parseICPRunes(r []rune, brief bool) (ICPNumber, string, error) {
	abbr, reason, err := parseAbbrFor(r, brief)
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
		n.serial, n.digits = digitsValue(r[5:j])
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
		n.serial, n.digits = digitsValue(r[5:j])
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
		n.serial, n.digits = digitsValue(r[4:j])
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
	site, _ := digitsValue(r[j:k])
	n.site = uint32(site)
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

// digitsValue returns the value and the count of a run of at most 19 ASCII
// digits.
func digitsValue(r []rune) (v uint64, n uint8) {
	for _, c := range r {
		v = v*10 + uint64(c-'0')
	}
	return v, uint8(len(r))
}

// appendDigits appends v with at least n digits, zero-padded on the left.
func appendDigits(b []byte, v uint64, n int) []byte {
	var tmp [20]byte
	d := strconv.AppendUint(tmp[:0], v, 10)
	for i := len(d); i < n; i++ {
		b = append(b, '0')
	}
	return append(b, d...)
}

// parseAbbr checks that r starts with a province abbreviation (folded: the
// simplified form) and returns it.
func parseAbbr(r []rune) (abbr rune, reason string, err error) { return parseAbbrFor(r, false) }

// parseAbbrFor is parseAbbr; when brief, its reasons are constants.
func parseAbbrFor(r []rune, brief bool) (abbr rune, reason string, err error) {
	if len(r) == 0 {
		return 0, "want a province abbreviation", ErrFormat
	}
	if _, ok := provinceOfRune(r[0]); !ok {
		if unicode.Is(unicode.Han, r[0]) {
			if brief {
				return 0, "no province abbreviation", ErrRegion
			}
			return 0, "no province abbreviation " + strconv.Quote(string(r[0])), ErrRegion
		}
		return 0, "want a province abbreviation first", ErrFormat
	}
	return r[0], "", nil
}

// String returns the canonical form, such as 京ICP备12345678号-1,
// 粤B2-20090059-1626X or 京ICP证030173号-1, or "" for the zero value.
func (n ICPNumber) String() string {
	if !n.IsValid() {
		return ""
	}
	b := make([]byte, 0, 32)
	b = utf8.AppendRune(b, n.abbr)
	switch n.form {
	case formB2:
		b = append(b, "B2-"...)
		b = appendDigits(b, n.serial, int(n.digits))
	case formLicence:
		b = append(b, "ICP证"...)
		b = appendDigits(b, n.serial, int(n.digits))
		b = append(b, "号"...)
	default:
		b = append(b, "ICP备"...)
		b = appendDigits(b, n.serial, int(n.digits))
		b = append(b, "号"...)
	}
	if n.site > 0 {
		b = append(b, '-')
		b = strconv.AppendUint(b, uint64(n.site), 10)
		if n.letter != 0 {
			b = append(b, n.letter)
		}
	}
	return string(b)
}

// IsValid reports whether n is a parsed number rather than the zero value.
func (n ICPNumber) IsValid() bool { return n.abbr != 0 }

// Province returns the GB/T 2260 code of the province the number was filed in
// ("110000" for 京), or "" for the zero value.
func (n ICPNumber) Province() string {
	code, _ := provinceOfRune(n.abbr)
	return code
}

// Abbr returns the province abbreviation the number starts with, in its
// simplified form (滬 reads 沪); 蜀 and 川 both stay as given. It is "" for
// the zero value.
func (n ICPNumber) Abbr() string {
	if !n.IsValid() {
		return ""
	}
	return string(n.abbr)
}

// Serial returns the digits of the subject number: 6 to 10 for the ICP备
// form, 8 for the B2 form, 6 for the ICP证 form; "" for the zero value.
func (n ICPNumber) Serial() string {
	if !n.IsValid() {
		return ""
	}
	return string(appendDigits(nil, n.serial, int(n.digits)))
}

// Site returns the sequence number of the service: n for …号-n and …号-nA,
// 0 for a subject number.
func (n ICPNumber) Site() int { return int(n.site) }

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
	return ICPLicence{abbr: string(n.abbr), b2: n.form == formB2, serial: n.Serial()}, true
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
	if !n.IsValid() || !o.IsValid() || n.form != o.form || n.serial != o.serial || n.digits != o.digits {
		return false
	}
	a, _ := provinceOfRune(n.abbr)
	b, _ := provinceOfRune(o.abbr)
	return a == b
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
// with a province abbreviation before it; then the digits, "号" and an
// optional sequence "-<n>" with its type letter. Text is folded as by
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
// linear in len(text); see [FindICPNumbersSeq] for memory independent of
// the number of candidates.
func FindICPNumbers(text string) []ICPMatch { return slices.Collect(FindICPNumbersSeq(text)) }

// FindICPNumbersSeq yields the candidates of [FindICPNumbers] one by one.
// Besides the candidates it yields, it uses memory bounded independently of
// len(text): the text is folded only around the places where a candidate
// may start.
func FindICPNumbersSeq(text string) iter.Seq[ICPMatch] {
	return func(yield func(ICPMatch) bool) { scanICP(text, false, yield) }
}

// FindICPNumbersBrief is [FindICPNumbersSeq] for a caller that only tells
// well-formed candidates from malformed ones: the Err of a malformed
// candidate is the sentinel error alone ([ErrFormat], [ErrEmpty], …)
// rather than a *ParseError, so that no candidate costs an allocation, however
// many distinct malformed candidates the text holds. Everything else is as
// FindICPNumbersSeq yields it.
func FindICPNumbersBrief(text string) iter.Seq[ICPMatch] {
	return func(yield func(ICPMatch) bool) { scanICP(text, true, yield) }
}

// scanICP is the loop of FindICPNumbersSeq, and of FindICPNumbersBrief when
// brief. Everything it needs lives on its stack: no candidate it finds
// well-formed (no candidate at all when brief) costs an allocation.
func scanICP(text string, brief bool, yield func(ICPMatch) bool) {
	sc := numScanner{s: text, anchors: icpAnchors[:], typ: icpNumberType, brief: brief}
	sc.init()
	for {
		c, ok := sc.next(false)
		if !ok {
			return
		}
		var m ICPMatch
		sc.span(&m.Start, &m.End, &m.Text, c)
		n, reason, err := parseICPRunes(sc.rbuf[:sc.rn], sc.brief)
		switch {
		case sc.long:
			m.Err = sc.err(m.Text, ErrFormat, "far too long for a number")
		case err != nil:
			m.Err = sc.err(m.Text, err, reason)
			if sc.mn > 0 {
				if n, _, err := parseICPRunes(sc.mbuf[:sc.mn], true); err == nil {
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

// icpAnchors are the runes, as written, one of which every candidate of
// FindICPNumbers holds: 备 or 证 (simplified or traditional) after ICP, or
// the B of B2- (ASCII or full width, either case).
var icpAnchors = [...]string{"备", "備", "证", "證", "B", "b", "Ｂ", "ｂ"}

// psbAnchors are those of FindPSBNumbers: the 备 of 公网安备.
var psbAnchors = [...]string{"备", "備"}

// numScanner finds candidates in s: it looks for the anchors, folds the text
// around each, and reads the candidate with a numCursor. Its buffers hold one
// candidate at a time.
type numScanner struct {
	s       string
	anchors []string
	next1   [8]int // the next byte offset of each anchor at or after from; -1 none; -2 unknown
	from    int    // where the search for the next anchor resumes
	prevEnd int    // the byte offset where the last candidate ended
	typ     string // the Type of the parse errors
	rc      runeCounter
	rbuf    [maxCandidate]rune     // the folded runes of the candidate (capped)
	rn      int                    // how many of rbuf
	long    bool                   // the candidate has more runes than rbuf holds
	mbuf    [maxCandidate + 1]rune // the runes of the number meant
	mn      int                    // how many of mbuf; 0 when none is meant
	errs    [4]struct {            // the last errors made, by text: a page repeats its numbers
		text string
		err  *ParseError
	}
	nerr  int
	brief bool // errors are the sentinel errors alone
}

// init readies a new numScanner.
func (sc *numScanner) init() {
	for k := range sc.next1 {
		sc.next1[k] = -2
	}
}

// span sets the rune offsets and the text of candidate c.
func (sc *numScanner) span(start, end *int, text *string, c numCandidate) {
	*text = sc.s[c.start:c.end]
	*start, *end = sc.rc.at(sc.s, c.start), sc.rc.at(sc.s, c.end)
}

// err returns the *ParseError of a malformed candidate, reusing the one
// made for the same text lately: pages repeat their numbers, malformed ones
// included, and one error per repetition would cost memory in proportion
// to the page.
func (sc *numScanner) err(text string, sentinel error, reason string) error {
	if sc.brief {
		return sentinel
	}
	for _, e := range sc.errs {
		if e.err != nil && e.text == text && e.err.Err == sentinel && e.err.Reason == reason {
			return e.err
		}
	}
	err := &ParseError{Type: sc.typ, Input: maskDigitRuns(text), Err: sentinel, Reason: reason}
	e := &sc.errs[sc.nerr%len(sc.errs)]
	e.text, e.err = text, err
	sc.nerr++
	return err
}

// maxCandidate caps the runes kept of a candidate: no number has more than
// 32, so a longer candidate is malformed whatever its runes.
const maxCandidate = 64

// numCandidate is the extent of a candidate found by numScanner.next.
type numCandidate struct {
	start, end int // byte offsets into the text
}

// next returns the next candidate, reading anchors in order: of
// FindPSBNumbers when psb, else of FindICPNumbers. The marker functions
// fill sc.rbuf (and sc.mbuf) for the candidate they return.
func (sc *numScanner) next(psb bool) (numCandidate, bool) {
	for {
		a := sc.nextAnchor()
		if a < 0 {
			return numCandidate{}, false
		}
		_, size := utf8.DecodeRuneInString(sc.s[a:])
		sc.from = a + size
		var c numCandidate
		var ok bool
		if psb {
			c, ok = psbMarker(sc, a)
		} else {
			c, ok = icpMarker(sc, a)
		}
		if ok {
			sc.prevEnd = c.end
			sc.from = max(sc.from, c.end)
			return c, true
		}
	}
}

// nextAnchor returns the byte offset of the first anchor at or after
// sc.from, or -1. Each anchor is searched for once per stretch of text, so
// a whole scan costs time linear in the text.
func (sc *numScanner) nextAnchor() int {
	best := -1
	for k, a := range sc.anchors {
		n := sc.next1[k]
		if n == -1 {
			continue
		}
		if n < sc.from {
			n = strings.Index(sc.s[sc.from:], a)
			if n >= 0 {
				n += sc.from
			}
			sc.next1[k] = n
		}
		if n >= 0 && (best < 0 || n < best) {
			best = n
		}
	}
	return best
}

// back returns the folded rune that ends before byte i, skipping the runes
// folding drops, and its byte offset; ok is false when there is none at or
// after limit.
func (sc *numScanner) back(i, limit int) (c rune, at int, ok bool) {
	for i > limit {
		x, size := utf8.DecodeLastRuneInString(sc.s[limit:i])
		i -= size
		if f, keep := foldRune(x); keep {
			return f, i, true
		}
	}
	return 0, 0, false
}

// backWord reports whether the folded runes of w end right before byte i,
// at or after limit, and returns where the first one starts.
func (sc *numScanner) backWord(i, limit int, w string) (start int, ok bool) {
	for k := len(w); k > 0; {
		want, size := utf8.DecodeLastRuneInString(w[:k])
		k -= size
		c, at, ok := sc.back(i, limit)
		if !ok || c != want {
			return 0, false
		}
		i = at
	}
	return i, true
}

// numCursor reads the folded runes of a text forward, skipping the runes
// folding drops.
type numCursor struct {
	s    string
	i    int // byte offset of the next rune to look at
	last int // byte offset after the last rune read
}

// peek returns the next folded rune and its byte offset without reading it;
// ok is false at the end of the text.
func (c *numCursor) peek() (r rune, at int, ok bool) {
	for c.i < len(c.s) {
		x, size := utf8.DecodeRuneInString(c.s[c.i:])
		if f, keep := foldRune(x); keep {
			return f, c.i, true
		}
		c.i += size
	}
	return 0, len(c.s), false
}

// read reads the next folded rune.
func (c *numCursor) read() rune {
	r, at, _ := c.peek()
	_, size := utf8.DecodeRuneInString(c.s[at:])
	c.i = at + size
	c.last = c.i
	return r
}

// adjacent reports whether the next folded rune directly follows the last
// rune read, with nothing skipped between them.
func (c *numCursor) adjacent() bool {
	_, at, ok := c.peek()
	return ok && at == c.last
}

// add appends a folded rune to the candidate, up to maxCandidate.
func (sc *numScanner) add(r rune) {
	if sc.rn < maxCandidate {
		sc.rbuf[sc.rn] = r
		sc.rn++
	} else {
		sc.long = true
	}
}

// addText appends the folded runes of s[from:to].
func (sc *numScanner) addText(from, to int) {
	for _, x := range sc.s[from:to] {
		if f, keep := foldRune(x); keep {
			sc.add(f)
		}
	}
}

// digits reads a run of digits.
func (sc *numScanner) digits(c *numCursor) int {
	n := 0
	for {
		r, _, ok := c.peek()
		if !ok || !isDigit(r) {
			return n
		}
		sc.add(c.read())
		n++
	}
}

// sequence reads an optional sequence "-<digits>[<letter>]". A letter
// counts when it directly follows the digits and no letter directly follows
// it.
func (sc *numScanner) sequence(c *numCursor) {
	r, _, ok := c.peek()
	if !ok || r != '-' {
		return
	}
	save := *c
	c.read()
	if r, _, ok := c.peek(); !ok || !isDigit(r) {
		*c = save
		return
	}
	sc.add('-')
	sc.digits(c)
	if r, _, ok := c.peek(); !ok || r < 'A' || r > 'Z' || !c.adjacent() {
		return
	}
	save = *c
	l := c.read()
	if r, _, ok := c.peek(); ok && 'A' <= r && r <= 'Z' && c.adjacent() {
		*c = save // the first letter of a word
		return
	}
	sc.add(l)
}

// start begins a candidate whose marker starts at byte m: it takes the
// letter before the marker as its abbreviation when it lies after the last
// candidate, and folds the runes up to byte me, the end of the marker.
func (sc *numScanner) start(m, me int) int {
	sc.rn, sc.long, sc.mn = 0, false, 0
	start := m
	if c, at, ok := sc.back(m, sc.prevEnd); ok && unicode.IsLetter(c) {
		start = at
	}
	sc.addText(start, me)
	return start
}

// icpMarker is the marker of FindICPNumbers.
func icpMarker(sc *numScanner, a int) (numCandidate, bool) {
	x, _ := utf8.DecodeRuneInString(sc.s[a:])
	f, _ := foldRune(x)
	c := numCursor{s: sc.s, i: a}
	c.read()
	var m int
	b2 := false
	switch f {
	case '备', '证':
		var ok bool
		if m, ok = sc.backWord(a, sc.prevEnd, "ICP"); !ok {
			return numCandidate{}, false
		}
	case 'B':
		// B2- alone is common in model names: a licence number needs its
		// province abbreviation.
		for _, w := range "2-" {
			if r, _, ok := c.peek(); !ok || r != w {
				return numCandidate{}, false
			}
			c.read()
		}
		p, _, ok := sc.back(a, sc.prevEnd)
		if _, isAbbr := provinceOfRune(p); !ok || !isAbbr {
			return numCandidate{}, false
		}
		m, b2 = a, true
	default:
		return numCandidate{}, false
	}
	if r, _, ok := c.peek(); !ok || !isDigit(r) {
		return numCandidate{}, false
	}
	start := sc.start(m, c.i)
	sc.digits(&c)
	if b2 {
		sc.sequence(&c)
		return numCandidate{start, c.last}, true
	}
	if r, _, ok := c.peek(); ok && r == '号' {
		sc.add(c.read())
		sc.sequence(&c)
		return numCandidate{start, c.last}, true
	}
	// No "号" after the digits: maybe none at all, maybe after the
	// sequence.
	n, digitsEnd := sc.rn, c.last
	sc.sequence(&c)
	if !sc.long {
		sc.mn = copy(sc.mbuf[:], sc.rbuf[:n])
		sc.mbuf[sc.mn] = '号'
		sc.mn += 1 + copy(sc.mbuf[sc.mn+1:], sc.rbuf[n:sc.rn])
	}
	if c.last > digitsEnd {
		if r, _, ok := c.peek(); ok && r == '号' {
			sc.add(c.read())
		}
	}
	return numCandidate{start, c.last}, true
}

// psbMarker is the marker of FindPSBNumbers.
func psbMarker(sc *numScanner, a int) (numCandidate, bool) {
	m, ok := sc.backWord(a, sc.prevEnd, "公网安")
	if !ok {
		return numCandidate{}, false
	}
	c := numCursor{s: sc.s, i: a}
	c.read()
	if r, _, ok := c.peek(); !ok || !isDigit(r) {
		return numCandidate{}, false
	}
	start := sc.start(m, c.i)
	sc.digits(&c)
	if r, _, ok := c.peek(); ok && r == '号' {
		sc.add(c.read())
		return numCandidate{start, c.last}, true
	}
	if !sc.long {
		sc.mn = copy(sc.mbuf[:], sc.rbuf[:sc.rn])
		sc.mbuf[sc.mn] = '号'
		sc.mn++
	}
	return numCandidate{start, c.last}, true
}

// foldRunes appends the folded runes of s to dst: white space and
// zero-width characters dropped, every other rune folded by [foldRune].
func foldRunes(dst []rune, s string) []rune {
	for _, c := range s {
		if c, ok := foldRune(c); ok {
			dst = append(dst, c)
		}
	}
	return dst
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
