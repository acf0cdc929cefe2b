package filing

import "log/slog"

// USCC is a unified social credit code (统一社会信用代码) of GB 32100-2015, the
// 18-character number of an enterprise, a sole trader, an institution, a
// social group or any other organisation:
//
//	position 1      registration authority code (登记管理部门代码)
//	position 2      institution type code (机构类别代码)
//	positions 3–8   region code of the registering authority (GB/T 2260)
//	positions 9–17  organisation code (主体标识码, GB 11714)
//	position 18     check character
//
// The alphabet is 0–9 and the upper-case letters except I, O, Z, S and V.
//
// A USCC identifies an organisation and is public: the registers of the
// market regulator publish every code, sole traders' (个体工商户) included.
// So [USCC.String] and [USCC.LogValue] show it in full; only parse errors
// mask their input, which may be a mistyped personal number.
//
// USCC is a small comparable value; the zero value is invalid.
type USCC struct {
	s string // the 18 characters, validated; "" for the zero value
}

// usccAlphabet lists the characters of a USCC by value 0–30
// (GB 32100-2015 §4.2, Table 1).
const usccAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"

// usccWeights are the weights 3^i mod 31 of the first 17 characters
// (GB 32100-2015 §5.3).
var usccWeights = [17]uint8{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28}

// usccInstitution is one institution type (机构类别) under an authority.
type usccInstitution struct {
	code byte
	name string
}

// usccAuthority is one registration authority (登记管理部门) and the
// institution types it registers.
type usccAuthority struct {
	code  byte
	name  string
	types []usccInstitution
}

// usccAuthorities is the table of registration authority codes and their
// institution type codes. Source: GB 32100-2015 Appendix A, Table A.1
// (登记管理部门代码和机构类别代码), with the later additions of authority A
// (中央军委改革和编制办公室, military institutions) and N (农业, rural collective
// economic organisations). Authority 9 is today the market regulator
// (市场监管), still coded 工商 in the standard.
var usccAuthorities = []usccAuthority{
	{'1', "机构编制", []usccInstitution{
		{'1', "机关"},
		{'2', "事业单位"},
		{'3', "中央编办直接管理机构编制的群众团体"},
		{'9', "其他"},
	}},
	{'2', "外交", []usccInstitution{
		{'1', "外国常驻新闻机构"},
		{'9', "其他"},
	}},
	{'3', "司法行政", []usccInstitution{
		{'1', "律师执业机构"},
		{'2', "公证处"},
		{'3', "基层法律服务所"},
		{'4', "司法鉴定机构"},
		{'5', "仲裁委员会"},
		{'9', "其他"},
	}},
	{'4', "文化", []usccInstitution{
		{'1', "外国在华文化中心"},
		{'9', "其他"},
	}},
	{'5', "民政", []usccInstitution{
		{'1', "社会团体"},
		{'2', "民办非企业单位"},
		{'3', "基金会"},
		{'9', "其他"},
	}},
	{'6', "旅游", []usccInstitution{
		{'1', "外国旅游部门常驻代表机构"},
		{'2', "港澳台地区旅游部门常驻内地（大陆）代表机构"},
		{'9', "其他"},
	}},
	{'7', "宗教", []usccInstitution{
		{'1', "宗教活动场所"},
		{'2', "宗教院校"},
		{'9', "其他"},
	}},
	{'8', "工会", []usccInstitution{
		{'1', "基层工会"},
		{'9', "其他"},
	}},
	{'9', "工商", []usccInstitution{
		{'1', "企业"},
		{'2', "个体工商户"},
		{'3', "农民专业合作社"},
	}},
	{'A', "中央军委改革和编制办公室", []usccInstitution{
		{'1', "军队事业单位"},
		{'9', "其他"},
	}},
	{'N', "农业", []usccInstitution{
		{'1', "组级集体经济组织"},
		{'2', "村级集体经济组织"},
		{'3', "乡镇级集体经济组织"},
		{'9', "其他"},
	}},
	{'Y', "其他", []usccInstitution{
		{'1', "其他"},
	}},
}

// ParseUSCC parses an 18-character unified social credit code. Leading and
// trailing ASCII white space is ignored. Lower-case letters are rejected, not
// upper-cased: the code is printed in upper case and a lower-case letter
// usually means the value was retyped rather than copied.
//
// It reports, as a [*ParseError] with the input masked:
//   - [ErrEmpty] for an empty input;
//   - [ErrFormat] for a wrong length (an old 15-digit registration number
//     included), a character outside the alphabet, or positions 3–8 that
//     are not six digits (the Reason says which);
//   - [ErrChecksum] for a wrong check character (position 18).
//
// The check character decides: an authority and institution type pair
// (positions 1–2) that the library's table lacks is accepted, and
// [USCC.CategoryKnown] reports it (rule cert.uscc_category_unknown warns).
// Authorities and types have been added since GB 32100-2015 (A, N), and
// registers list pairs the standard's table does not. The organisation code
// in positions 9–17 is not checked (rule cert.checksum: some real early
// codes fail it), nor is the region code matched against any division.
func ParseUSCC(s string) (USCC, error) {
	s = certTrimSpace(s)
	if err := checkUSCC(s); err != nil {
		return USCC{}, err
	}
	return USCC{s: s}, nil
}

// MustParseUSCC is [ParseUSCC] that panics on error. It is meant for tests
// and constants only; never call it on user input.
func MustParseUSCC(s string) USCC {
	c, err := ParseUSCC(s)
	if err != nil {
		panic(err)
	}
	return c
}

// checkUSCC validates the trimmed input s and returns nil or a *ParseError.
func checkUSCC(s string) error {
	switch {
	case s == "":
		return usccError(s, ErrEmpty, "")
	case len(s) == 15 && certAllDigits(s):
		return usccError(s, ErrFormat, "old 15-digit registration number; want the 18-character code")
	case len(s) != 18:
		return usccError(s, ErrFormat, "want 18 characters")
	}
	sum := 0
	for i := range 17 {
		v := usccValue(s[i])
		if v < 0 {
			return usccError(s, ErrFormat, usccCharReason(s[i]))
		}
		sum += v * int(usccWeights[i])
	}
	if usccValue(s[17]) < 0 {
		return usccError(s, ErrFormat, usccCharReason(s[17]))
	}
	if usccAlphabet[(31-sum%31)%31] != s[17] {
		return usccError(s, ErrChecksum, "")
	}
	if !certAllDigits(s[2:8]) {
		return usccError(s, ErrFormat, "positions 3-8 must be a six-digit region code")
	}
	return nil
}

// usccValues maps each character of usccAlphabet to its value plus one;
// zero marks a character outside the alphabet.
var usccValues = [256]uint8{
	'0': 1, '1': 2, '2': 3, '3': 4, '4': 5, '5': 6, '6': 7, '7': 8, '8': 9, '9': 10,
	'A': 11, 'B': 12, 'C': 13, 'D': 14, 'E': 15, 'F': 16, 'G': 17, 'H': 18,
	'J': 19, 'K': 20, 'L': 21, 'M': 22, 'N': 23, 'P': 24, 'Q': 25, 'R': 26,
	'T': 27, 'U': 28, 'W': 29, 'X': 30, 'Y': 31,
}

// usccValue returns the value 0–30 of an alphabet character, or -1.
func usccValue(c byte) int {
	return int(usccValues[c]) - 1
}

// usccCharReason explains why c is not in the alphabet.
func usccCharReason(c byte) string {
	switch {
	case c >= 'a' && c <= 'z':
		return "lower-case letter; write letters in upper case"
	case c == 'I' || c == 'O' || c == 'Z' || c == 'S' || c == 'V':
		return "letters I, O, Z, S and V are not used"
	}
	return "character outside 0-9 and A-Y"
}

// usccLookup finds the names of an authority and institution type pair.
func usccLookup(authority, typ byte) (string, string, bool) {
	for _, a := range usccAuthorities {
		if a.code != authority {
			continue
		}
		for _, t := range a.types {
			if t.code == typ {
				return a.name, t.name, true
			}
		}
		return a.name, "", false
	}
	return "", "", false
}

// usccError builds the *ParseError of USCC with s masked.
func usccError(s string, err error, reason string) error {
	return &ParseError{Type: "USCC", Input: MaskCertNumber(s), Err: err, Reason: reason}
}

// certAllDigits reports whether s is made of ASCII digits only.
func certAllDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// IsValid reports whether c holds a parsed code; the zero value does not.
func (c USCC) IsValid() bool { return c.s != "" }

// Number returns the full 18-character code, like [USCC.String]; it exists
// so that every certificate value type has the same accessor.
func (c USCC) Number() string { return c.s }

// String returns the full code, unmasked: a USCC is public (see [USCC]). It
// is "" for the zero value.
func (c USCC) String() string { return c.s }

// LogValue implements [slog.LogValuer]: the full code, which is public.
func (c USCC) LogValue() slog.Value { return slog.StringValue(c.s) }

// MarshalText implements [encoding.TextMarshaler]: the full code; the zero
// value marshals to empty text.
func (c USCC) MarshalText() ([]byte, error) { return []byte(c.s), nil }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseUSCC].
// Empty text gives the zero value.
func (c *USCC) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*c = USCC{}
		return nil
	}
	v, err := ParseUSCC(string(text))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// Authority returns the Chinese name of the registration authority
// (登记管理部门) coded in position 1, such as "工商" or "民政", or "" for the
// zero value and for an authority the table lacks.
func (c USCC) Authority() string {
	if c.s == "" {
		return ""
	}
	a, _, _ := usccLookup(c.s[0], c.s[1])
	return a
}

// CategoryKnown reports whether the registration authority and institution
// type pair of positions 1–2 is in the library's table (GB 32100-2015
// Appendix A with the later authorities A and N). An unknown pair is no
// parse error: the check character decides validity; rule
// cert.uscc_category_unknown makes it a warning. False for the zero value.
func (c USCC) CategoryKnown() bool {
	if c.s == "" {
		return false
	}
	_, _, ok := usccLookup(c.s[0], c.s[1])
	return ok
}

// InstitutionType returns the Chinese name of the institution type
// (机构类别) coded in position 2, such as "企业" or "个体工商户", or "" for the
// zero value and for a type the table lacks (see [USCC.CategoryKnown]).
func (c USCC) InstitutionType() string {
	if c.s == "" {
		return ""
	}
	_, t, _ := usccLookup(c.s[0], c.s[1])
	return t
}

// Region returns the six-digit region code of the registering authority
// (positions 3–8), or "" for the zero value. Units move, so it need not
// match the sponsor's region.
func (c USCC) Region() string {
	if c.s == "" {
		return ""
	}
	return c.s[2:8]
}

// OrgCode returns the nine characters of the organisation code
// (positions 9–17) without a hyphen, or "" for the zero value. It is not
// checked: parse it with [ParseOrgCode] to verify its check character.
func (c USCC) OrgCode() string {
	if c.s == "" {
		return ""
	}
	return c.s[8:17]
}
