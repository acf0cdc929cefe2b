package filing

import (
	"fmt"
	"log/slog"
	"strings"
	"time"
)

// This file holds the personal certificates other than the resident ID card
// (certificate types of the 2020 provider guide "ICP备案流程(PC端)"
// v20200921 §1.1, and the foreigner's permanent residence ID card; number
// formats as printed on the documents). All of them are
// personal data: String, every fmt verb and LogValue mask them; Number and
// MarshalText give the full value. Letters are normalised to upper case, so
// "h12345678" parses as H12345678 (these numbers carry no check character
// whose case the filing forms insist on).

// certUpperAlnum reports whether s is made of ASCII letters and digits only
// and returns it with lower-case letters made upper-case. It allocates only
// when s has a lower-case letter.
func certUpperAlnum(s string) (string, bool) {
	lower := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9', c >= 'A' && c <= 'Z':
		case c >= 'a' && c <= 'z':
			lower = true
		default:
			return s, false
		}
	}
	if lower {
		s = strings.ToUpper(s)
	}
	return s, true
}

// certError builds the *ParseError of type typ with s masked.
func certError(typ, s string, err error, reason string) error {
	return &ParseError{Type: typ, Input: MaskCertNumber(s), Err: err, Reason: reason}
}

// ---------------------------------------------------------------------------

// HKMacaoPermit is the number of a Mainland Travel Permit for Hong Kong and
// Macao Residents (港澳居民来往内地通行证): H (Hong Kong) or M (Macao) followed
// by 8 digits (older permits) or 10 digits, as printed on the permit.
// The permit number has no check character.
//
// HKMacaoPermit is a small comparable value; the zero value is invalid. It is
// personal data: only [HKMacaoPermit.Number] and
// [HKMacaoPermit.MarshalText] give it unmasked.
type HKMacaoPermit struct {
	s string // H or M and 8 or 10 digits; "" for the zero value
}

// ParseHKMacaoPermit parses a Mainland Travel Permit number. Leading and
// trailing ASCII white space is ignored and a lower-case h or m is made
// upper-case. It reports [ErrEmpty] or [ErrFormat] as a [*ParseError] with
// the input masked.
func ParseHKMacaoPermit(s string) (HKMacaoPermit, error) {
	s = certTrimSpace(s)
	if s == "" {
		return HKMacaoPermit{}, certError("HKMacaoPermit", s, ErrEmpty, "")
	}
	u, ok := certUpperAlnum(s)
	if !ok || (len(u) != 9 && len(u) != 11) || (u[0] != 'H' && u[0] != 'M') || !certAllDigits(u[1:]) {
		return HKMacaoPermit{}, certError("HKMacaoPermit", s, ErrFormat, "want H or M and 8 or 10 digits")
	}
	return HKMacaoPermit{s: u}, nil
}

// MustParseHKMacaoPermit is [ParseHKMacaoPermit] that panics on error. It is
// meant for tests and constants only; never call it on user input.
func MustParseHKMacaoPermit(s string) HKMacaoPermit {
	p, err := ParseHKMacaoPermit(s)
	if err != nil {
		panic(err)
	}
	return p
}

// IsValid reports whether p holds a parsed number; the zero value does not.
func (p HKMacaoPermit) IsValid() bool { return p.s != "" }

// Number returns the full permit number, unmasked and upper-case. The result
// is personal data: never show or log it; use [HKMacaoPermit.String] for
// display.
func (p HKMacaoPermit) Number() string { return p.s }

// String returns the number masked for display, or "" for the zero value.
func (p HKMacaoPermit) String() string { return MaskCertNumber(p.s) }

// Format implements [fmt.Formatter]: every verb prints the masked number.
func (p HKMacaoPermit) Format(f fmt.State, verb rune) {
	maskedFormat(f, verb, "HKMacaoPermit", p.String())
}

// LogValue implements [slog.LogValuer]: the number masked.
func (p HKMacaoPermit) LogValue() slog.Value { return slog.StringValue(p.String()) }

// MarshalText implements [encoding.TextMarshaler]. It returns the full
// number, unmasked, for storage and transport; the zero value marshals to
// empty text.
func (p HKMacaoPermit) MarshalText() ([]byte, error) { return []byte(p.s), nil }

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParseHKMacaoPermit]. Empty text gives the zero value.
func (p *HKMacaoPermit) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*p = HKMacaoPermit{}
		return nil
	}
	v, err := ParseHKMacaoPermit(string(text))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// Macao reports whether the permit was issued to a Macao resident (prefix M);
// it is false for Hong Kong residents and for the zero value.
func (p HKMacaoPermit) Macao() bool { return p.s != "" && p.s[0] == 'M' }

// ---------------------------------------------------------------------------

// TaiwanPermit is the number of a Mainland Travel Permit for Taiwan Residents
// (台湾居民来往大陆通行证, 台胞证): 8 digits on the cards issued since 2015, or
// the 10 characters of the older booklets, letters and digits with at least
// one letter, as printed on the permit. Ten digits without a letter are
// rejected. The number has no check character.
//
// TaiwanPermit is a small comparable value; the zero value is invalid. It is
// personal data: only [TaiwanPermit.Number] and [TaiwanPermit.MarshalText]
// give it unmasked.
type TaiwanPermit struct {
	s string // 8 digits, or 10 upper-case letters and digits with a letter
}

// ParseTaiwanPermit parses a Taiwan residents' permit number. Leading and
// trailing ASCII white space is ignored and lower-case letters are made
// upper-case. It reports [ErrEmpty] or [ErrFormat] as a [*ParseError] with
// the input masked.
func ParseTaiwanPermit(s string) (TaiwanPermit, error) {
	s = certTrimSpace(s)
	if s == "" {
		return TaiwanPermit{}, certError("TaiwanPermit", s, ErrEmpty, "")
	}
	u, ok := certUpperAlnum(s)
	switch {
	case ok && len(u) == 8 && certAllDigits(u):
	case ok && len(u) == 10 && !certAllDigits(u):
	default:
		return TaiwanPermit{}, certError("TaiwanPermit", s, ErrFormat,
			"want 8 digits, or 10 letters and digits with at least one letter")
	}
	return TaiwanPermit{s: u}, nil
}

// MustParseTaiwanPermit is [ParseTaiwanPermit] that panics on error. It is
// meant for tests and constants only; never call it on user input.
func MustParseTaiwanPermit(s string) TaiwanPermit {
	p, err := ParseTaiwanPermit(s)
	if err != nil {
		panic(err)
	}
	return p
}

// IsValid reports whether p holds a parsed number; the zero value does not.
func (p TaiwanPermit) IsValid() bool { return p.s != "" }

// Number returns the full permit number, unmasked and upper-case. The result
// is personal data: never show or log it; use [TaiwanPermit.String] for
// display.
func (p TaiwanPermit) Number() string { return p.s }

// String returns the number masked for display, or "" for the zero value.
func (p TaiwanPermit) String() string { return MaskCertNumber(p.s) }

// Format implements [fmt.Formatter]: every verb prints the masked number.
func (p TaiwanPermit) Format(f fmt.State, verb rune) {
	maskedFormat(f, verb, "TaiwanPermit", p.String())
}

// LogValue implements [slog.LogValuer]: the number masked.
func (p TaiwanPermit) LogValue() slog.Value { return slog.StringValue(p.String()) }

// MarshalText implements [encoding.TextMarshaler]. It returns the full
// number, unmasked, for storage and transport; the zero value marshals to
// empty text.
func (p TaiwanPermit) MarshalText() ([]byte, error) { return []byte(p.s), nil }

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParseTaiwanPermit]. Empty text gives the zero value.
func (p *TaiwanPermit) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*p = TaiwanPermit{}
		return nil
	}
	v, err := ParseTaiwanPermit(string(text))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// ---------------------------------------------------------------------------

// Passport is a passport number (护照号码) of any country: 5 to 17 letters and
// digits. Countries differ too much for a
// finer check, and passport numbers have no common check character.
//
// Passport is a small comparable value; the zero value is invalid. It is
// personal data: only [Passport.Number] and [Passport.MarshalText] give it
// unmasked.
type Passport struct {
	s string // 5–17 upper-case letters and digits
}

// ParsePassport parses a passport number. Leading and trailing ASCII white
// space is ignored and lower-case letters are made upper-case, as printed in
// the passport's machine-readable zone. Spaces or hyphens inside the number
// are rejected. It reports [ErrEmpty] or [ErrFormat] as a [*ParseError] with
// the input masked.
func ParsePassport(s string) (Passport, error) {
	s = certTrimSpace(s)
	if s == "" {
		return Passport{}, certError("Passport", s, ErrEmpty, "")
	}
	u, ok := certUpperAlnum(s)
	if !ok || len(u) < 5 || len(u) > 17 {
		return Passport{}, certError("Passport", s, ErrFormat, "want 5 to 17 letters and digits")
	}
	return Passport{s: u}, nil
}

// MustParsePassport is [ParsePassport] that panics on error. It is meant for
// tests and constants only; never call it on user input.
func MustParsePassport(s string) Passport {
	p, err := ParsePassport(s)
	if err != nil {
		panic(err)
	}
	return p
}

// IsValid reports whether p holds a parsed number; the zero value does not.
func (p Passport) IsValid() bool { return p.s != "" }

// Number returns the full passport number, unmasked and upper-case. The
// result is personal data: never show or log it; use [Passport.String] for
// display.
func (p Passport) Number() string { return p.s }

// String returns the number masked for display, or "" for the zero value.
func (p Passport) String() string { return MaskCertNumber(p.s) }

// Format implements [fmt.Formatter]: every verb prints the masked number.
func (p Passport) Format(f fmt.State, verb rune) { maskedFormat(f, verb, "Passport", p.String()) }

// LogValue implements [slog.LogValuer]: the number masked.
func (p Passport) LogValue() slog.Value { return slog.StringValue(p.String()) }

// MarshalText implements [encoding.TextMarshaler]. It returns the full
// number, unmasked, for storage and transport; the zero value marshals to
// empty text.
func (p Passport) MarshalText() ([]byte, error) { return []byte(p.s), nil }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParsePassport].
// Empty text gives the zero value.
func (p *Passport) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*p = Passport{}
		return nil
	}
	v, err := ParsePassport(string(text))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// ---------------------------------------------------------------------------

// Parentheses around the check character of Hong Kong and Macao identity card
// numbers, ASCII and full-width (U+FF08, U+FF09).
const (
	fullWidthOpen  = "\uff08"
	fullWidthClose = "\uff09"
)

// certSplitCheck splits an identity card number written as body(C),
// body（C） or bodyC into body and check character. The parentheses may be
// ASCII or full-width. ok is false when the shape does not fit.
func certSplitCheck(s string) (body string, check byte, ok bool) {
	closer := ""
	switch {
	case strings.HasSuffix(s, ")"):
		closer = ")"
	case strings.HasSuffix(s, fullWidthClose):
		closer = fullWidthClose
	}
	if closer == "" {
		if len(s) < 2 {
			return "", 0, false
		}
		return s[:len(s)-1], s[len(s)-1], true
	}
	s = s[:len(s)-len(closer)]
	if len(s) < 1 {
		return "", 0, false
	}
	check = s[len(s)-1]
	s = s[:len(s)-1]
	switch {
	case strings.HasSuffix(s, "("):
		return s[:len(s)-1], check, true
	case strings.HasSuffix(s, fullWidthOpen):
		return s[:len(s)-len(fullWidthOpen)], check, true
	}
	return "", 0, false
}

// certSMSSuffix returns the last three digits and the check character of a
// canonical body(C) number as the SMS suffix "567（8）" (rule
// sms.id_suffix_hk_macao).
func certSMSSuffix(s string) string {
	if len(s) < 6 {
		return ""
	}
	n := len(s)
	return s[n-6:n-3] + fullWidthOpen + s[n-2:n-1] + fullWidthClose
}

// HKID is a Hong Kong identity card number (香港身份证号码): one or two
// letters, six digits and a check character, written A123456(3). The check
// character is a digit or A: with the letters valued A=10 … Z=35 and a
// missing first letter valued 36 (a space), the eight characters before it
// are weighted 9, 8, … 2, and the check value is (11 − sum mod 11) mod 11,
// 10 written A (Hong Kong Immigration Department, public algorithm).
//
// HKID is a small comparable value; the zero value is invalid. It is personal
// data: only [HKID.Number] and [HKID.MarshalText] give it unmasked. Macao
// identity card numbers are a separate type, [MacaoID].
type HKID struct {
	s string // canonical A123456(3) or AB123456(7)
}

// ParseHKID parses a Hong Kong identity card number written with the check
// character in ASCII or full-width parentheses or without parentheses:
// A123456(3), A123456（3） and A1234563 are the same number. Leading and
// trailing ASCII white space is ignored and lower-case letters are made
// upper-case.
//
// It reports, as a [*ParseError] with the input masked, [ErrEmpty],
// [ErrFormat] for a wrong shape and [ErrChecksum] for a wrong check
// character.
func ParseHKID(s string) (HKID, error) {
	s = certTrimSpace(s)
	if s == "" {
		return HKID{}, certError("HKID", s, ErrEmpty, "")
	}
	body, check, ok := certSplitCheck(s)
	if ok {
		body, ok = certUpperAlnum(body)
	}
	if ok && check >= 'a' && check <= 'z' {
		check -= 'a' - 'A'
	}
	letters := len(body) - 6
	if !ok || (letters != 1 && letters != 2) ||
		!certIsUpper(body[0]) || !certIsUpper(body[letters-1]) || !certAllDigits(body[letters:]) ||
		((check < '0' || check > '9') && check != 'A') {
		return HKID{}, certError("HKID", s, ErrFormat, "want 1 or 2 letters, 6 digits and a check character")
	}
	if hkidCheck(body) != check {
		return HKID{}, certError("HKID", s, ErrChecksum, "")
	}
	return HKID{s: certCanonicalCheck(s, body, check)}, nil
}

// certCanonicalCheck returns body(check), reusing s when it is written so
// already.
func certCanonicalCheck(s, body string, check byte) string {
	n := len(body)
	if len(s) == n+3 && s[:n] == body && s[n] == '(' && s[n+1] == check && s[n+2] == ')' {
		return s
	}
	return body + "(" + string(check) + ")"
}

// hkidCheck returns the check character of a valid body of 1 or 2 letters
// and 6 digits.
func hkidCheck(body string) byte {
	sum := 0
	if len(body) == 7 {
		sum = 36 * 9 // the missing first letter counts as a space, 36
	}
	w := len(body) + 1
	for i := 0; i < len(body); i++ {
		c := body[i]
		v := int(c - '0')
		if certIsUpper(c) {
			v = int(c-'A') + 10
		}
		sum += v * w
		w--
	}
	v := (11 - sum%11) % 11
	if v == 10 {
		return 'A'
	}
	return byte('0' + v)
}

func certIsUpper(c byte) bool { return c >= 'A' && c <= 'Z' }

// MustParseHKID is [ParseHKID] that panics on error. It is meant for tests
// and constants only; never call it on user input.
func MustParseHKID(s string) HKID {
	id, err := ParseHKID(s)
	if err != nil {
		panic(err)
	}
	return id
}

// IsValid reports whether id holds a parsed number; the zero value does not.
func (id HKID) IsValid() bool { return id.s != "" }

// Number returns the full number in canonical form A123456(3), unmasked. The
// result is personal data: never show or log it; use [HKID.String] for
// display.
func (id HKID) Number() string { return id.s }

// String returns the number masked for display, or "" for the zero value.
func (id HKID) String() string { return MaskCertNumber(id.s) }

// Format implements [fmt.Formatter]: every verb prints the masked number.
func (id HKID) Format(f fmt.State, verb rune) { maskedFormat(f, verb, "HKID", id.String()) }

// LogValue implements [slog.LogValuer]: the number masked.
func (id HKID) LogValue() slog.Value { return slog.StringValue(id.String()) }

// MarshalText implements [encoding.TextMarshaler]. It returns the full
// number in canonical form, unmasked, for storage and transport; the zero
// value marshals to empty text.
func (id HKID) MarshalText() ([]byte, error) { return []byte(id.s), nil }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseHKID].
// Empty text gives the zero value.
func (id *HKID) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*id = HKID{}
		return nil
	}
	v, err := ParseHKID(string(text))
	if err != nil {
		return err
	}
	*id = v
	return nil
}

// SMSSuffix returns what the Zhejiang SMS form asks of a Hong Kong identity
// card: its last six characters with the check character in full-width
// parentheses, "456（3）" for A123456(3) (rule sms.id_suffix_hk_macao; the SMS
// step of the 2020 provider guide "ICP备案流程(PC端)" v20200921 §9).
// It is "" for the zero value.
func (id HKID) SMSSuffix() string { return certSMSSuffix(id.s) }

// ---------------------------------------------------------------------------

// MacaoID is a Macao identity card number (澳门居民身份证号码): a first digit 1,
// 5 or 7, six digits and a check digit, written 1234567(8). The algorithm of
// the check digit is not published, so any digit is accepted there.
//
// MacaoID is a small comparable value; the zero value is invalid. It is
// personal data: only [MacaoID.Number] and [MacaoID.MarshalText] give it
// unmasked.
type MacaoID struct {
	s string // canonical 1234567(8)
}

// ParseMacaoID parses a Macao identity card number written with the check
// digit in ASCII or full-width parentheses or without parentheses. Leading
// and trailing ASCII white space is ignored. It reports [ErrEmpty] or
// [ErrFormat] as a [*ParseError] with the input masked.
func ParseMacaoID(s string) (MacaoID, error) {
	s = certTrimSpace(s)
	if s == "" {
		return MacaoID{}, certError("MacaoID", s, ErrEmpty, "")
	}
	body, check, ok := certSplitCheck(s)
	if !ok || len(body) != 7 || (body[0] != '1' && body[0] != '5' && body[0] != '7') ||
		!certAllDigits(body) || check < '0' || check > '9' {
		return MacaoID{}, certError("MacaoID", s, ErrFormat, "want 1, 5 or 7, 6 digits and a check digit")
	}
	return MacaoID{s: certCanonicalCheck(s, body, check)}, nil
}

// MustParseMacaoID is [ParseMacaoID] that panics on error. It is meant for
// tests and constants only; never call it on user input.
func MustParseMacaoID(s string) MacaoID {
	id, err := ParseMacaoID(s)
	if err != nil {
		panic(err)
	}
	return id
}

// IsValid reports whether id holds a parsed number; the zero value does not.
func (id MacaoID) IsValid() bool { return id.s != "" }

// Number returns the full number in canonical form 1234567(8), unmasked. The
// result is personal data: never show or log it; use [MacaoID.String] for
// display.
func (id MacaoID) Number() string { return id.s }

// String returns the number masked for display, or "" for the zero value.
func (id MacaoID) String() string { return MaskCertNumber(id.s) }

// Format implements [fmt.Formatter]: every verb prints the masked number.
func (id MacaoID) Format(f fmt.State, verb rune) { maskedFormat(f, verb, "MacaoID", id.String()) }

// LogValue implements [slog.LogValuer]: the number masked.
func (id MacaoID) LogValue() slog.Value { return slog.StringValue(id.String()) }

// MarshalText implements [encoding.TextMarshaler]. It returns the full
// number in canonical form, unmasked, for storage and transport; the zero
// value marshals to empty text.
func (id MacaoID) MarshalText() ([]byte, error) { return []byte(id.s), nil }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseMacaoID].
// Empty text gives the zero value.
func (id *MacaoID) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*id = MacaoID{}
		return nil
	}
	v, err := ParseMacaoID(string(text))
	if err != nil {
		return err
	}
	*id = v
	return nil
}

// SMSSuffix returns what the Zhejiang SMS form asks of a Macao identity
// card: its last six characters with the check digit in full-width
// parentheses, "567（8）" for 1234567(8) (rule sms.id_suffix_hk_macao; the SMS
// step of the 2020 provider guide "ICP备案流程(PC端)" v20200921 §9).
// It is "" for the zero value.
func (id MacaoID) SMSSuffix() string { return certSMSSuffix(id.s) }

// ---------------------------------------------------------------------------

// ForeignerPermanentID is the number of a Foreigner's Permanent Residence
// ID Card (外国人永久居留身份证) in the 18-character form issued since
// 2023-12-01, built like a resident ID number: 9, a 2-digit province code of
// the accepting authority, a 3-digit nationality code, an 8-digit birth date
// YYYYMMDD, a 3-digit sequence number and an ISO 7064 MOD 11-2 check
// character (0–9 or X), as for GB 11643-1999 (National Immigration
// Administration, 新版外国人永久居留身份证机读信息规则, 2023).
//
// Only this form is accepted: the older 15-character numbers (three letters
// and twelve digits) are reported as [ErrFormat].
//
// ForeignerPermanentID is a small comparable value; the zero value is
// invalid. It is personal data: only [ForeignerPermanentID.Number] and
// [ForeignerPermanentID.MarshalText] give it unmasked.
type ForeignerPermanentID struct {
	s string // the 18 characters, validated
}

// ParseForeignerPermanentID parses an 18-character permanent residence ID
// number. Leading and trailing ASCII white space is ignored. It reports, as
// a [*ParseError] with the input masked, [ErrEmpty], [ErrFormat] for a
// wrong shape, [ErrChecksum] for a wrong check character, [ErrBirthDate] for
// a birth date that is not a real date or lies before 1900, and
// [ErrLowercaseX] for a lower-case x check character on a number that is
// valid otherwise (as for [ParseResidentID], it is reported, not fixed).
func ParseForeignerPermanentID(s string) (ForeignerPermanentID, error) {
	s = certTrimSpace(s)
	if s == "" {
		return ForeignerPermanentID{}, certError("ForeignerPermanentID", s, ErrEmpty, "")
	}
	if len(s) != 18 || s[0] != '9' || !certAllDigits(s[:17]) {
		return ForeignerPermanentID{}, certError("ForeignerPermanentID", s, ErrFormat,
			"want 9, 16 digits and a check character")
	}
	last := s[17]
	lower := last == 'x'
	if lower {
		last = 'X'
	}
	if (last < '0' || last > '9') && last != 'X' {
		return ForeignerPermanentID{}, certError("ForeignerPermanentID", s, ErrFormat,
			"check character must be a digit or X")
	}
	sum := 0
	for i := range 17 {
		sum += int(s[i]-'0') * int(residentIDWeights[i])
	}
	if residentIDCheck[sum%11] != last {
		return ForeignerPermanentID{}, certError("ForeignerPermanentID", s, ErrChecksum, "")
	}
	if !certValidBirth(s[6:14]) {
		return ForeignerPermanentID{}, certError("ForeignerPermanentID", s, ErrBirthDate, "")
	}
	if lower {
		return ForeignerPermanentID{}, certError("ForeignerPermanentID", s, ErrLowercaseX,
			"write the check character as upper-case X")
	}
	return ForeignerPermanentID{s: s}, nil
}

// ParseForeignerPermanentIDAt is [ParseForeignerPermanentID] that also
// rejects, with [ErrBirthDate], a birth date after the calendar date of asOf
// in asOf's location.
func ParseForeignerPermanentIDAt(s string, asOf time.Time) (ForeignerPermanentID, error) {
	id, err := ParseForeignerPermanentID(s)
	if err != nil {
		return ForeignerPermanentID{}, err
	}
	y, m, d := id.Birth()
	if certDateAfter(y, m, d, asOf) {
		return ForeignerPermanentID{}, certError("ForeignerPermanentID", id.s, ErrBirthDate, "birth date in the future")
	}
	return id, nil
}

// MustParseForeignerPermanentID is [ParseForeignerPermanentID] that panics
// on error. It is meant for tests and constants only; never call it on user
// input.
func MustParseForeignerPermanentID(s string) ForeignerPermanentID {
	id, err := ParseForeignerPermanentID(s)
	if err != nil {
		panic(err)
	}
	return id
}

// IsValid reports whether id holds a parsed number; the zero value does not.
func (id ForeignerPermanentID) IsValid() bool { return id.s != "" }

// Number returns the full 18-character number, unmasked. The result is
// personal data: never show or log it; use [ForeignerPermanentID.String]
// for display.
func (id ForeignerPermanentID) Number() string { return id.s }

// String returns the number masked for display, or "" for the zero value.
func (id ForeignerPermanentID) String() string { return MaskCertNumber(id.s) }

// Format implements [fmt.Formatter]: every verb prints the masked number.
func (id ForeignerPermanentID) Format(f fmt.State, verb rune) {
	maskedFormat(f, verb, "ForeignerPermanentID", id.String())
}

// LogValue implements [slog.LogValuer]: the number masked.
func (id ForeignerPermanentID) LogValue() slog.Value { return slog.StringValue(id.String()) }

// MarshalText implements [encoding.TextMarshaler]. It returns the full
// number, unmasked, for storage and transport; the zero value marshals to
// empty text.
func (id ForeignerPermanentID) MarshalText() ([]byte, error) { return []byte(id.s), nil }

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParseForeignerPermanentID]. Empty text gives the zero value.
func (id *ForeignerPermanentID) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*id = ForeignerPermanentID{}
		return nil
	}
	v, err := ParseForeignerPermanentID(string(text))
	if err != nil {
		return err
	}
	*id = v
	return nil
}

// Province returns the 2-digit province code of the accepting authority
// (positions 2–3), or "" for the zero value.
func (id ForeignerPermanentID) Province() string {
	if id.s == "" {
		return ""
	}
	return id.s[1:3]
}

// Nationality returns the 3-digit nationality code (positions 4–6), or ""
// for the zero value.
func (id ForeignerPermanentID) Nationality() string {
	if id.s == "" {
		return ""
	}
	return id.s[3:6]
}

// Birth returns the birth date encoded in the number, or zeros for the zero
// value.
func (id ForeignerPermanentID) Birth() (year int, month time.Month, day int) {
	if id.s == "" {
		return 0, 0, 0
	}
	return certDigits(id.s[6:10]), time.Month(certDigits(id.s[10:12])), certDigits(id.s[12:14])
}
