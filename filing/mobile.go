package filing

import (
	"fmt"
	"log/slog"
	"strings"
)

// Mobile is a mainland China mobile number (手机号码), the form of a
// principal's 联系方式1 and 应急联系电话 (rules principal.mobile_format,
// principal.emergency_mobile_format).
//
// A Mobile is a small comparable value: == compares numbers, and it can be a
// map key. The zero value is invalid ([Mobile.IsValid] reports false).
//
// A mobile number is personal data. [Mobile.String], the fmt verbs,
// [Mobile.LogValue] and parse errors show it masked (138****8000); the full
// number is available only through [Mobile.Number] and [Mobile.MarshalText].
type Mobile struct {
	// n is the 11-digit national number; 0 for the zero value. Every valid
	// number starts with 1, so no valid number is 0.
	n uint64
}

// MobileBlock is one row of the table of mobile number blocks allocated by
// the MIIT numbering plan, as [MobileBlocks] returns it.
type MobileBlock struct {
	// From and To are the first and the last prefix of the block, digit
	// strings of the same length (3 to 5 digits): "135" to "139" covers
	// every number starting 135, 136, 137, 138 or 139.
	From, To string
	// Carrier is the operator the block is allocated to, such as
	// "China Mobile", or "" where the block is reserved for several.
	Carrier string
	// Use is what the block serves: "mobile", "MVNO" (virtual operators),
	// "data card", "satellite", "IoT" (13-digit machine numbers),
	// "emergency".
	Use string
	// Accepted reports whether a number of the block is accepted as a
	// principal's mobile. Numbers of a block that is not accepted, and
	// numbers of no block at all, fail with [ErrUnallocated].
	Accepted bool
}

// mobileBlocks is the allocation table of 11-digit mobile numbers, sorted by
// prefix, blocks never overlapping. A prefix that no row covers (154, 160,
// 161, 163, 164, 168, 169, 179, 194, 17413–17489) is unallocated.
//
// Source: MIIT 《电信网编号计划(2017年版)》 (the 1xx mobile network
// numbering) and the MIIT allocation notices since: 162/165/167 for virtual
// operators, 166 and 198/199 (2017), 190/193/195/196/197 (2019), 192 to China
// Broadnet (2019), 172 to China Mobile (2020). Table as of 2025-12.
//
// What a principal's mobile may be: the principal receives the SMS code of
// the filing (the SMS step of the 2020 provider guide "ICP备案流程(PC端)" v20200921
// §9), so a number must be a subscriber number that can
// receive text messages.
//   - Basic operators' mobile blocks and the virtual operators' blocks
//     (162, 165, 167, 170x, 171): accepted.
//   - Data cards 145, 147, 149 (上网卡): accepted. MIIT allows these blocks
//     text messages and voice (the operator decides); they are sold to
//     people as their phone numbers.
//   - Satellite mobile numbers 1349, 17400–17405 (天通) and 1749 (maritime
//     satellite): accepted; they are personal subscriber numbers with text
//     messages.
//   - 146 and 148 (IoT data cards) and 140–144 (13-digit IoT numbers, whose
//     first 11 digits are not a phone number): rejected.
//   - 17406–17412 (the MIIT emergency communication centre's numbers, not
//     sold to the public): rejected.
var mobileBlocks = [...]MobileBlock{
	{"130", "132", "China Unicom", "mobile", true},
	{"133", "133", "China Telecom", "mobile", true},
	{"1340", "1348", "China Mobile", "mobile", true},
	{"1349", "1349", "China Telecom", "satellite", true},
	{"135", "139", "China Mobile", "mobile", true},
	{"140", "144", "", "IoT", false},
	{"145", "145", "China Unicom", "data card", true},
	{"146", "146", "China Unicom", "IoT", false},
	{"147", "147", "China Mobile", "data card", true},
	{"148", "148", "China Mobile", "IoT", false},
	{"149", "149", "China Telecom", "data card", true},
	{"150", "152", "China Mobile", "mobile", true},
	{"153", "153", "China Telecom", "mobile", true},
	{"155", "156", "China Unicom", "mobile", true},
	{"157", "159", "China Mobile", "mobile", true},
	{"162", "162", "China Telecom", "MVNO", true},
	{"165", "165", "China Mobile", "MVNO", true},
	{"166", "166", "China Unicom", "mobile", true},
	{"167", "167", "China Unicom", "MVNO", true},
	{"1700", "1702", "China Telecom", "MVNO", true},
	{"1703", "1703", "China Mobile", "MVNO", true},
	{"1704", "1704", "China Unicom", "MVNO", true},
	{"1705", "1706", "China Mobile", "MVNO", true},
	{"1707", "1709", "China Unicom", "MVNO", true},
	{"171", "171", "China Unicom", "MVNO", true},
	{"172", "172", "China Mobile", "mobile", true},
	{"173", "173", "China Telecom", "mobile", true},
	{"17400", "17405", "China Telecom", "satellite", true},
	{"17406", "17412", "MIIT Emergency Communication Support Center", "emergency", false},
	{"1749", "1749", "Beijing Marine Communication & Navigation", "satellite", true},
	{"175", "176", "China Unicom", "mobile", true},
	{"177", "177", "China Telecom", "mobile", true},
	{"178", "178", "China Mobile", "mobile", true},
	{"180", "181", "China Telecom", "mobile", true},
	{"182", "184", "China Mobile", "mobile", true},
	{"185", "186", "China Unicom", "mobile", true},
	{"187", "188", "China Mobile", "mobile", true},
	{"189", "189", "China Telecom", "mobile", true},
	{"190", "191", "China Telecom", "mobile", true},
	{"192", "192", "China Broadnet", "mobile", true},
	{"193", "193", "China Telecom", "mobile", true},
	{"195", "195", "China Mobile", "mobile", true},
	{"196", "196", "China Unicom", "mobile", true},
	{"197", "198", "China Mobile", "mobile", true},
	{"199", "199", "China Telecom", "mobile", true},
}

// MobileBlocks returns a copy of the allocation table that [ParseMobile]
// checks numbers against, sorted by prefix. Changing the copy changes
// nothing in the package.
func MobileBlocks() []MobileBlock {
	out := make([]MobileBlock, len(mobileBlocks))
	copy(out, mobileBlocks[:])
	return out
}

// mobileBlockOf returns the index of the row of mobileBlocks whose prefix
// range holds the 11 digits d, or -1. It runs a binary search: rows are sorted
// and never overlap, so the prefix of d of a row's length compares with the
// row's range the same way d compares with the row's numbers.
func mobileBlockOf(d *[11]byte) int {
	lo, hi := 0, len(mobileBlocks)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		b := &mobileBlocks[m]
		switch {
		case mobileComparePrefix(d, b.To) > 0:
			lo = m + 1
		case mobileComparePrefix(d, b.From) < 0:
			hi = m
		default:
			return m
		}
	}
	return -1
}

// mobileComparePrefix compares the first len(p) digits of d with p, as
// strings.Compare does, without converting d to a string.
func mobileComparePrefix(d *[11]byte, p string) int {
	for i := 0; i < len(p) && i < len(d); i++ {
		switch {
		case d[i] < p[i]:
			return -1
		case d[i] > p[i]:
			return 1
		}
	}
	return 0
}

// ParseMobile parses a mainland mobile number: 11 digits starting 13 to 19,
// optionally preceded by the country code as +86, 86 or 0086. Spaces, tabs,
// '-', full-width digits (０–９), the full-width plus and hyphen and the
// ideographic space are accepted and dropped. The number must lie in a block
// the MIIT has allocated for subscriber mobiles (see [MobileBlocks]).
//
// Errors are [*ParseError] values, with the input masked, wrapping
// [ErrEmpty], [ErrFormat] or [ErrUnallocated]. Parsing a valid number does
// not allocate.
func ParseMobile(s string) (Mobile, error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return Mobile{}, mobileError(t, ErrEmpty, "")
	}
	var g phoneDigits
	if reason := g.scan(t, false); reason != "" {
		return Mobile{}, mobileError(t, ErrFormat, reason)
	}
	buf, nd, plus := &g.digits, g.n, g.plus
	if nd > 16 {
		return Mobile{}, mobileError(t, ErrFormat, "too many digits")
	}
	start := 0
	switch {
	case plus:
		if nd != 13 || buf[0] != '8' || buf[1] != '6' {
			return Mobile{}, mobileError(t, ErrFormat, "want +86 and 11 digits")
		}
		start = 2
	case nd == 11:
	case nd == 13 && buf[0] == '8' && buf[1] == '6':
		start = 2
	case nd == 15 && buf[0] == '0' && buf[1] == '0' && buf[2] == '8' && buf[3] == '6':
		start = 4
	default:
		return Mobile{}, mobileError(t, ErrFormat, "want 11 digits")
	}
	var d [11]byte
	copy(d[:], buf[start:start+11])
	if d[0] != '1' || d[1] < '3' {
		return Mobile{}, mobileError(t, ErrFormat, "a mobile number starts with 13 to 19")
	}
	if b := mobileBlockOf(&d); b < 0 {
		return Mobile{}, mobileError(t, ErrUnallocated, "prefix "+string(d[:3])+" is not allocated to mobiles")
	} else if !mobileBlocks[b].Accepted {
		return Mobile{}, mobileError(t, ErrUnallocated, mobileBlocks[b].Use+" block "+mobileBlocks[b].From+", not a subscriber mobile")
	}
	var n uint64
	for _, c := range d {
		n = n*10 + uint64(c-'0')
	}
	return Mobile{n: n}, nil
}

// MustParseMobile is like [ParseMobile] but panics on error. It is meant for
// tests and package-level constants of known-good numbers only.
func MustParseMobile(s string) Mobile {
	m, err := ParseMobile(s)
	if err != nil {
		panic(err)
	}
	return m
}

// mobileError builds the *ParseError of Mobile with s masked.
func mobileError(s string, err error, reason string) error {
	return &ParseError{Type: "Mobile", Input: contactClip(MaskPhone(s)), Err: err, Reason: reason}
}

// IsValid reports whether m holds a parsed number; the zero value does not.
func (m Mobile) IsValid() bool { return m.n != 0 }

// digits writes the 11 digits of m into d.
func (m Mobile) digits(d *[11]byte) {
	n := m.n
	for i := len(d) - 1; i >= 0; i-- {
		d[i] = byte('0' + n%10)
		n /= 10
	}
}

// Number returns the full 11-digit number without country code, unmasked
// (13800138000). The result is personal data: store or transmit it, but
// never show or log it; use [Mobile.String] for display. It is "" for the
// zero value.
func (m Mobile) Number() string {
	if m.n == 0 {
		return ""
	}
	var d [11]byte
	m.digits(&d)
	return string(d[:])
}

// String returns the number masked for display (138****8000), or "" for the
// zero value.
func (m Mobile) String() string {
	if m.n == 0 {
		return ""
	}
	var d [11]byte
	m.digits(&d)
	for i := 3; i < 7; i++ {
		d[i] = '*'
	}
	return string(d[:])
}

// Carrier returns the operator the number's block is allocated to, such as
// "China Mobile", "China Unicom", "China Telecom" or "China Broadnet" (numbers
// of a virtual operator's block give the host operator), or "" for the zero
// value. Since number portability (2019) a number may have moved to another
// operator; Carrier tells the allocation, not the current subscription.
func (m Mobile) Carrier() string {
	if m.n == 0 {
		return ""
	}
	var d [11]byte
	m.digits(&d)
	if b := mobileBlockOf(&d); b >= 0 {
		return mobileBlocks[b].Carrier
	}
	return ""
}

// Format implements [fmt.Formatter] so that every verb, %#v included, prints
// the masked number only.
func (m Mobile) Format(f fmt.State, verb rune) { maskedFormat(f, verb, "Mobile", m.String()) }

// LogValue implements [slog.LogValuer]: the number masked.
func (m Mobile) LogValue() slog.Value { return slog.StringValue(m.String()) }

// AppendText implements [encoding.TextAppender] like [Mobile.MarshalText].
func (m Mobile) AppendText(b []byte) ([]byte, error) {
	if m.n == 0 {
		return b, nil
	}
	var d [11]byte
	m.digits(&d)
	return append(b, d[:]...), nil
}

// MarshalText implements [encoding.TextMarshaler]. It returns the full
// 11-digit number, unmasked, because it is meant for storage and transport;
// the zero value marshals to empty text.
func (m Mobile) MarshalText() ([]byte, error) { return m.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseMobile].
// Empty text gives the zero value.
func (m *Mobile) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*m = Mobile{}
		return nil
	}
	v, err := ParseMobile(string(text))
	if err != nil {
		return err
	}
	*m = v
	return nil
}

// phoneDigits is a phone number read by [phoneDigits.scan]: its digits,
// half-width, and where the separators split them into groups. It lives on
// the stack: scanning does not allocate.
type phoneDigits struct {
	digits [phoneMaxDigits]byte
	n      int // digits used
	// ends[i] is the end, in digits, of group i; ng groups.
	ends [phoneMaxDigits]uint8
	ng   int
	// plus reports a '+' (or '＋') before the first digit.
	plus bool
}

// phoneMaxDigits is the most digits [phoneDigits.scan] reads; no mainland
// number, with country code and extension, comes near it.
const phoneMaxDigits = 24

// group returns the digits of group i.
func (g *phoneDigits) group(i int) []byte {
	from := uint8(0)
	if i > 0 {
		from = g.ends[i-1]
	}
	return g.digits[from:g.ends[i]]
}

// scan is the one tokenizer of phone numbers, [ParseMobile]'s and
// [ParseLandline]'s. It reads s into g: digits (ASCII or full-width ０–９)
// form groups; a space, tab, ideographic space, '-' or full-width '－' ends a
// group, and so do '(' and ')' (ASCII or full-width) and the en and em dashes
// when parens is true (landlines are written (0571)88888888 and
// 0571–88888888); one '+' or '＋' may come before the first digit. It returns
// the reason the text is not a phone number, or "". g must be the zero
// value.
func (g *phoneDigits) scan(s string, parens bool) string {
	inGroup := false
	for i := 0; i < len(s); {
		c := s[i]
		digit, size := byte(0), 1
		switch {
		case '0' <= c && c <= '9':
			// A run of ASCII digits, the common case, in one loop.
			j := i
			for ; j < len(s) && '0' <= s[j] && s[j] <= '9'; j++ {
				if g.n == len(g.digits) {
					return "too many digits"
				}
				g.digits[g.n] = s[j]
				g.n++
			}
			i, inGroup = j, true
			continue
		case c == ' ' || c == '\t' || c == '-' || parens && (c == '(' || c == ')'):
		case c == '+':
			if g.plus || g.n > 0 {
				return "'+' only before the country code"
			}
			g.plus = true
		case c == 0xEF && i+2 < len(s) && s[i+1] == 0xBC:
			// U+FF00 block: full-width digits U+FF10–FF19, plus U+FF0B,
			// hyphen-minus U+FF0D, parentheses U+FF08 and U+FF09.
			size = 3
			switch c3 := s[i+2]; {
			case 0x90 <= c3 && c3 <= 0x99:
				digit = '0' + c3 - 0x90
			case c3 == 0x8B:
				if g.plus || g.n > 0 {
					return "'+' only before the country code"
				}
				g.plus = true
			case c3 == 0x8D, parens && (c3 == 0x88 || c3 == 0x89):
			default:
				return "unexpected character"
			}
		case c == 0xE3 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x80:
			// U+3000 IDEOGRAPHIC SPACE
			size = 3
		case parens && c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x93 || s[i+2] == 0x94):
			// U+2013 EN DASH, U+2014 EM DASH
			size = 3
		default:
			return "unexpected character"
		}
		i += size
		if digit == 0 {
			if inGroup {
				g.ends[g.ng] = uint8(g.n)
				g.ng++
				inGroup = false
			}
			continue
		}
		if g.n == len(g.digits) {
			return "too many digits"
		}
		g.digits[g.n] = digit
		g.n++
		inGroup = true
	}
	if inGroup {
		g.ends[g.ng] = uint8(g.n)
		g.ng++
	}
	return ""
}

// contactMaxInput is the number of runes of an input that a ParseError
// quotes; longer inputs are cut and end in "…".
const contactMaxInput = 64

// contactClip cuts s to contactMaxInput runes for quoting in an error, so
// that a huge input does not make a huge error. Masking, where it applies,
// is done on the clipped text.
func contactClip(s string) string {
	n := 0
	for i := range s {
		if n == contactMaxInput {
			return s[:i] + "…"
		}
		n++
	}
	return s
}
