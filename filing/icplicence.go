package filing

// ICPLicence is the number of a commercial ICP licence (经营性ICP许可证), needed
// by commercial sites after filing (rule post.commercial_licence). It has one
// of two shapes:
//
//   - <abbr>B2-<8 digits>, such as 浙B2-20080101 (the value-added telecom
//     business permit, category B2);
//   - <abbr>ICP证<6 digits>号, such as 京ICP证000001号 (the older form).
//
// Licence numbers are public registry numbers: String shows them in full. The
// zero value is invalid; ICPLicence is comparable.
type ICPLicence struct {
	abbr   string
	b2     bool
	serial string
}

// icpLicenceType is the Type of the parse errors of ICPLicence.
const icpLicenceType = "ICPLicence"

// ParseICPLicence parses a commercial ICP licence number, with the tolerance
// of [ParseICPNumber]: white space and zero-width characters anywhere inside
// are ignored, full-width forms are folded, dashes stand for the hyphen,
// "b" and "icp" may be lower-case, and traditional characters (證, 粵) read
// as their simplified forms. A licence number followed by a sequence
// (粤B2-20090059-5) is the filing number of one of the licence holder's
// services: parse it with [ParseICPNumber]. Errors are *[ParseError], digit
// runs of the input masked, wrapping [ErrEmpty], [ErrFormat] or [ErrRegion].
func ParseICPLicence(s string) (ICPLicence, error) {
	var buf [32]rune
	r := foldRunes(buf[:0], s)
	if len(r) == 0 {
		return ICPLicence{}, &ParseError{Type: icpLicenceType, Input: maskDigitRuns(s), Err: ErrEmpty}
	}
	l, reason, err := parseLicenceRunes(r)
	if err != nil {
		return ICPLicence{}, &ParseError{Type: icpLicenceType, Input: maskDigitRuns(s), Err: err, Reason: reason}
	}
	return l, nil
}

// MustParseICPLicence is like [ParseICPLicence] but panics on an error. It is
// meant for tests and constant inputs only.
func MustParseICPLicence(s string) ICPLicence {
	l, err := ParseICPLicence(s)
	if err != nil {
		panic(err)
	}
	return l
}

// parseLicenceRunes parses folded runes that must form exactly one licence
// number.
func parseLicenceRunes(r []rune) (ICPLicence, string, error) {
	abbr, reason, err := parseAbbr(r)
	if err != nil {
		return ICPLicence{}, reason, err
	}
	switch {
	case hasPrefixRunes(r[1:], "B2-"):
		j := digitsEnd(r, 4)
		if j != len(r) || j-4 != 8 {
			return ICPLicence{}, "want 8 digits after B2-", ErrFormat
		}
		return ICPLicence{abbr: string(abbr), b2: true, serial: string(r[4:j])}, "", nil
	case hasPrefixRunes(r[1:], "ICP证"):
		j := digitsEnd(r, 5)
		if j-5 != 6 {
			return ICPLicence{}, "want 6 digits after ICP证", ErrFormat
		}
		if j+1 != len(r) || r[j] != '号' {
			return ICPLicence{}, `want "号" after the digits, and nothing else`, ErrFormat
		}
		return ICPLicence{abbr: string(abbr), serial: string(r[5:j])}, "", nil
	}
	return ICPLicence{}, `want "B2-" or "ICP证" after the province abbreviation`, ErrFormat
}

// String returns the canonical form (浙B2-20080101, 京ICP证000001号), or ""
// for the zero value.
func (l ICPLicence) String() string {
	switch {
	case !l.IsValid():
		return ""
	case l.b2:
		return l.abbr + "B2-" + l.serial
	}
	return l.abbr + "ICP证" + l.serial + "号"
}

// IsValid reports whether l is a parsed number rather than the zero value.
func (l ICPLicence) IsValid() bool { return l.abbr != "" }

// IsB2 reports whether l has the B2 form (浙B2-20080101) rather than the
// ICP证 form.
func (l ICPLicence) IsB2() bool { return l.b2 }

// Province returns the GB/T 2260 code of the issuing province, or "" for the
// zero value.
func (l ICPLicence) Province() string {
	code, _ := ProvinceOfAbbreviation(l.abbr)
	return code
}

// Abbr returns the province abbreviation the number starts with.
func (l ICPLicence) Abbr() string { return l.abbr }

// Serial returns the digits: 8 for the B2 form, 6 for the ICP证 form.
func (l ICPLicence) Serial() string { return l.serial }

// MarshalText implements [encoding.TextMarshaler]: the canonical form, or
// empty text for the zero value.
func (l ICPLicence) MarshalText() ([]byte, error) { return []byte(l.String()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParseICPLicence]; empty text gives the zero value.
func (l *ICPLicence) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*l = ICPLicence{}
		return nil
	}
	v, err := ParseICPLicence(string(text))
	if err != nil {
		return err
	}
	*l = v
	return nil
}
