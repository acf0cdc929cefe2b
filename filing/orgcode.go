package filing

import "log/slog"

// OrgCode is an organisation code (组织机构代码) of GB 11714: eight digits or
// upper-case letters, then a check character (a digit or X), written
// XXXXXXXX-C. Since 2015 it lives on inside the unified social credit code
// (positions 9–17 of a [USCC]); older certificates show it alone.
//
// An organisation code identifies an organisation and is public, so
// [OrgCode.String] shows it in full. OrgCode is a small comparable value; the
// zero value is invalid.
type OrgCode struct {
	b [9]byte // the eight body characters and the check character; zero for the zero value
}

// orgCodeWeights are the weights of the eight body characters
// (GB 11714-1997 §5).
var orgCodeWeights = [8]uint8{3, 7, 9, 10, 5, 8, 4, 2}

// ParseOrgCode parses an organisation code, with or without the hyphen
// before the check character ("12345678-5" or "123456785"). Leading and
// trailing ASCII white space is ignored; lower-case letters are rejected.
//
// It reports, as a [*ParseError] with the input masked, [ErrEmpty] for an
// empty input, [ErrFormat] for a wrong shape and [ErrChecksum] for a wrong
// check character. Digits count as 0–9 and letters A–Z as 10–35; the check
// character is 11 − (weighted sum mod 11), with 10 written X and 11 written 0.
func ParseOrgCode(s string) (OrgCode, error) {
	s = certTrimSpace(s)
	var c OrgCode
	switch {
	case s == "":
		return OrgCode{}, orgCodeError(s, ErrEmpty, "")
	case len(s) == 9:
		copy(c.b[:], s)
	case len(s) == 10 && s[8] == '-':
		copy(c.b[:8], s[:8])
		c.b[8] = s[9]
	default:
		return OrgCode{}, orgCodeError(s, ErrFormat, "want 8 characters, an optional hyphen and a check character")
	}
	sum := 0
	for i := range 8 {
		ch := c.b[i]
		var v int
		switch {
		case ch >= '0' && ch <= '9':
			v = int(ch - '0')
		case ch >= 'A' && ch <= 'Z':
			v = int(ch-'A') + 10
		default:
			return OrgCode{}, orgCodeError(s, ErrFormat, "want digits and upper-case letters")
		}
		sum += v * int(orgCodeWeights[i])
	}
	check := c.b[8]
	if (check < '0' || check > '9') && check != 'X' {
		return OrgCode{}, orgCodeError(s, ErrFormat, "check character must be a digit or X")
	}
	if orgCodeCheck(sum) != check {
		return OrgCode{}, orgCodeError(s, ErrChecksum, "")
	}
	return c, nil
}

// orgCodeCheck returns the check character of a weighted sum.
func orgCodeCheck(sum int) byte {
	switch v := 11 - sum%11; v {
	case 10:
		return 'X'
	case 11:
		return '0'
	default:
		return byte('0' + v)
	}
}

// MustParseOrgCode is [ParseOrgCode] that panics on error. It is meant for
// tests and constants only; never call it on user input.
func MustParseOrgCode(s string) OrgCode {
	c, err := ParseOrgCode(s)
	if err != nil {
		panic(err)
	}
	return c
}

// orgCodeError builds the *ParseError of OrgCode with s masked.
func orgCodeError(s string, err error, reason string) error {
	return &ParseError{Type: "OrgCode", Input: MaskCertNumber(s), Err: err, Reason: reason}
}

// IsValid reports whether c holds a parsed code; the zero value does not.
func (c OrgCode) IsValid() bool { return c.b[0] != 0 }

// Number returns the code in canonical form XXXXXXXX-C, like
// [OrgCode.String]; it exists so that every certificate value type has the
// same accessor.
func (c OrgCode) Number() string { return c.String() }

// String returns the code in canonical form XXXXXXXX-C (with the hyphen), or
// "" for the zero value.
func (c OrgCode) String() string {
	if !c.IsValid() {
		return ""
	}
	return string(c.b[:8]) + "-" + string(c.b[8])
}

// LogValue implements [slog.LogValuer]: the code, which is public.
func (c OrgCode) LogValue() slog.Value { return slog.StringValue(c.String()) }

// MarshalText implements [encoding.TextMarshaler]: the canonical form; the
// zero value marshals to empty text.
func (c OrgCode) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseOrgCode].
// Empty text gives the zero value.
func (c *OrgCode) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*c = OrgCode{}
		return nil
	}
	v, err := ParseOrgCode(string(text))
	if err != nil {
		return err
	}
	*c = v
	return nil
}
