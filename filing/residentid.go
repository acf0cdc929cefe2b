package filing

import (
	"fmt"
	"log/slog"
	"time"

	"github.com/beian-go/beian/internal/division"
)

// ResidentID is a resident identity card number (公民身份号码) of GB 11643-1999:
// an 18-character number made of a 6-digit region code, an 8-digit birth date
// YYYYMMDD, a 3-digit sequence number whose last digit is odd for men and even
// for women, and a check character (ISO 7064 MOD 11-2, 0–9 or X).
//
// ResidentID is a small comparable value: use it as a map key and compare it
// with ==. The zero value is invalid (see [ResidentID.IsValid]).
//
// A resident ID number is personal data. [ResidentID.String], every fmt verb
// and [ResidentID.LogValue] show it masked (3301**********123X); only
// [ResidentID.Number] and [ResidentID.MarshalText] give the full number.
type ResidentID struct {
	s string // the 18 characters, validated; "" for the zero value
}

// residentIDWeights are the ISO 7064 MOD 11-2 weights 2^(17-i) mod 11 of the
// first 17 characters (GB 11643-1999 §7.2).
var residentIDWeights = [17]uint8{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}

// residentIDCheck maps the weighted sum mod 11 to the check character
// (GB 11643-1999 §7.2).
const residentIDCheck = "10X98765432"

// residentIDMinYear is the earliest birth year accepted in a resident ID
// number: no holder of an 18-digit number was born before 1900.
const residentIDMinYear = 1900

// ParseResidentID parses an 18-character resident ID number. Leading and
// trailing ASCII white space is ignored; nothing else is normalised.
//
// It reports, as a [*ParseError] with the input masked:
//   - [ErrEmpty] for an empty input;
//   - [ErrFormat] unless the input is 17 digits followed by a digit or X;
//   - [ErrChecksum] for a wrong check character;
//   - [ErrBirthDate] for a birth date that is not a real calendar date or
//     lies before 1900;
//   - [ErrRegion] for a region code that no administrative division has used
//     since 1981;
//   - [ErrLowercaseX] for a number that ends in a lower-case x and is valid
//     otherwise (rule cert.id_lowercase_x: the x is reported, not fixed).
//
// ParseResidentID does not know today's date, so it accepts birth dates in
// the future; use [ParseResidentIDAt] to reject them.
func ParseResidentID(s string) (ResidentID, error) {
	s = certTrimSpace(s)
	if err := checkResidentID(s); err != nil {
		return ResidentID{}, err
	}
	return ResidentID{s: s}, nil
}

// ParseResidentIDAt is [ParseResidentID] that also rejects, with
// [ErrBirthDate], a birth date after the calendar date of asOf in asOf's
// location (rule cert.id_birthdate).
func ParseResidentIDAt(s string, asOf time.Time) (ResidentID, error) {
	id, err := ParseResidentID(s)
	if err != nil {
		return ResidentID{}, err
	}
	y, m, d := id.Birth()
	if certDateAfter(y, m, d, asOf) {
		return ResidentID{}, residentIDError(id.s, ErrBirthDate, "birth date in the future")
	}
	return id, nil
}

// MustParseResidentID is [ParseResidentID] that panics on error. It is meant
// for tests and constants only; never call it on user input.
func MustParseResidentID(s string) ResidentID {
	id, err := ParseResidentID(s)
	if err != nil {
		panic(err)
	}
	return id
}

// checkResidentID validates the trimmed input s and returns nil or a
// *ParseError.
func checkResidentID(s string) error {
	if s == "" {
		return residentIDError(s, ErrEmpty, "")
	}
	if len(s) != 18 {
		return residentIDError(s, ErrFormat, "want 18 characters")
	}
	sum := 0
	for i := range 17 {
		c := s[i]
		if c < '0' || c > '9' {
			return residentIDError(s, ErrFormat, "want 17 digits before the check character")
		}
		sum += int(c-'0') * int(residentIDWeights[i])
	}
	last := s[17]
	lower := last == 'x'
	if lower {
		last = 'X'
	}
	if (last < '0' || last > '9') && last != 'X' {
		return residentIDError(s, ErrFormat, "check character must be a digit or X")
	}
	if residentIDCheck[sum%11] != last {
		return residentIDError(s, ErrChecksum, "")
	}
	if !certValidBirth(s[6:14]) {
		return residentIDError(s, ErrBirthDate, "")
	}
	if !residentIDRegionEver(s[:6]) {
		return residentIDError(s, ErrRegion, "")
	}
	if lower {
		return residentIDError(s, ErrLowercaseX, "write the check character as upper-case X")
	}
	return nil
}

// residentIDError builds the *ParseError of ResidentID with s masked.
func residentIDError(s string, err error, reason string) error {
	return &ParseError{Type: "ResidentID", Input: MaskCertNumber(s), Err: err, Reason: reason}
}

// IsValid reports whether id holds a parsed number; the zero value does not.
func (id ResidentID) IsValid() bool { return id.s != "" }

// Number returns the full 18-character number, unmasked. The result is
// personal data: store or transmit it, but never show or log it; use
// [ResidentID.String] for display. It is "" for the zero value.
func (id ResidentID) Number() string { return id.s }

// String returns the number masked for display (3301**********123X), or ""
// for the zero value.
func (id ResidentID) String() string { return MaskCertNumber(id.s) }

// Format implements [fmt.Formatter] so that every verb, %#v included, prints
// the masked number only.
func (id ResidentID) Format(f fmt.State, verb rune) { maskedFormat(f, verb, "ResidentID", id.String()) }

// LogValue implements [slog.LogValuer]: the number masked.
func (id ResidentID) LogValue() slog.Value { return slog.StringValue(id.String()) }

// MarshalText implements [encoding.TextMarshaler]. It returns the full number,
// unmasked, because it is meant for storage and transport; the zero value
// marshals to empty text.
func (id ResidentID) MarshalText() ([]byte, error) { return []byte(id.s), nil }

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParseResidentID]. Empty text gives the zero value.
func (id *ResidentID) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*id = ResidentID{}
		return nil
	}
	v, err := ParseResidentID(string(text))
	if err != nil {
		return err
	}
	*id = v
	return nil
}

// Region returns the 6-digit region code (地址码) of the number's first
// issue, or "" for the zero value. The code may belong to a division that has
// since been abolished or renamed.
func (id ResidentID) Region() string {
	if id.s == "" {
		return ""
	}
	return id.s[:6]
}

// Birth returns the birth date encoded in the number, or zeros for the zero
// value.
func (id ResidentID) Birth() (year int, month time.Month, day int) {
	if id.s == "" {
		return 0, 0, 0
	}
	return certDigits(id.s[6:10]), time.Month(certDigits(id.s[10:12])), certDigits(id.s[12:14])
}

// Male reports whether the sequence number is odd, which GB 11643-1999
// assigns to men (even numbers to women). It is false for the zero value.
func (id ResidentID) Male() bool {
	return id.s != "" && (id.s[16]-'0')%2 == 1
}

// certTrimSpace removes leading and trailing ASCII white space by slicing,
// without allocating.
func certTrimSpace(s string) string {
	for len(s) > 0 && certIsSpace(s[0]) {
		s = s[1:]
	}
	for len(s) > 0 && certIsSpace(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	return s
}

func certIsSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// certDigits returns the value of a string of ASCII digits (already checked).
func certDigits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// certValidBirth reports whether the 8 digits YYYYMMDD form a real calendar
// date no earlier than 1900-01-01.
func certValidBirth(s string) bool {
	y, m, d := certDigits(s[:4]), certDigits(s[4:6]), certDigits(s[6:8])
	if y < residentIDMinYear || m < 1 || m > 12 || d < 1 {
		return false
	}
	return d <= daysIn(y, time.Month(m))
}

// certDateAfter reports whether the date y-m-d lies after the calendar date
// of asOf in asOf's location.
func certDateAfter(y int, m time.Month, d int, asOf time.Time) bool {
	ay, am, ad := asOf.Date()
	if y != ay {
		return y > ay
	}
	if m != am {
		return m > am
	}
	return d > ad
}

// residentIDRegionEver reports whether region, six digits, is a code some
// administrative division has used since 1981 (GB/T 2260, through package
// division): a number keeps the code of its first registration for life.
func residentIDRegionEver(region string) bool { return division.Ever(region) }
