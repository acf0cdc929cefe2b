package filing

import (
	"errors"
	"strconv"
)

// Sentinel errors for the categories of parse failures. Every error returned by
// a Parse function of this package wraps exactly one of them, so callers can
// branch with [errors.Is] without matching message text.
var (
	// ErrEmpty reports an empty input (after trimming white space).
	ErrEmpty = errors.New("empty")
	// ErrFormat reports an input whose shape (length, alphabet, separators)
	// does not fit the value type.
	ErrFormat = errors.New("wrong format")
	// ErrChecksum reports a wrong check character.
	ErrChecksum = errors.New("wrong check character")
	// ErrLowercaseX reports a resident ID number ending in a lower-case x,
	// which filing forms reject rather than fix (rule cert.id_lowercase_x; the 2020 provider guide
	// "ICP备案流程(PC端)" v20200921 §2 and §3.1: "身份证号码中含有字母X,需输入大写X").
	ErrLowercaseX = errors.New("lower-case x in place of X")
	// ErrBirthDate reports a resident ID number whose birth date is not a
	// real date or lies in the future.
	ErrBirthDate = errors.New("impossible birth date")
	// ErrRegion reports a region code that no administrative division has
	// ever used (or, for values bound to a province, one of another province).
	ErrRegion = errors.New("unknown region code")
	// ErrUnallocated reports a number outside the blocks allocated for its
	// use (for example a mobile number in an unallocated prefix).
	ErrUnallocated = errors.New("unallocated number block")
	// ErrNotRegistrable reports a domain that is a public suffix or a
	// subdomain rather than a registrable domain.
	ErrNotRegistrable = errors.New("not a registrable domain")
	// ErrNotPublic reports an IP address that is not public unicast.
	ErrNotPublic = errors.New("not a public unicast address")
)

// ParseError is the error of every Parse function of this package. It names
// the value type, quotes the input (masked when the type holds personal data)
// and wraps one of the sentinel errors.
type ParseError struct {
	// Type is the name of the value type, such as "ResidentID".
	Type string
	// Input is the offending input, already masked for personal data.
	Input string
	// Err is the category: one of the sentinel errors of this package.
	Err error
	// Reason optionally details the failure in a few words.
	Reason string
}

// Error implements error. The input is quoted as stored, that is masked.
func (e *ParseError) Error() string {
	s := "filing: parsing " + e.Type + " " + strconv.Quote(e.Input) + ": " + e.Err.Error()
	if e.Reason != "" {
		s += ": " + e.Reason
	}
	return s
}

// Unwrap returns the sentinel category, for [errors.Is].
func (e *ParseError) Unwrap() error { return e.Err }
