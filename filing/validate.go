package filing

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"unicode"

	"github.com/go-playground/validator/v10"
)

// The validator tags of package filing. [RegisterValidations] registers
// them in a *validator.Validate, so that a console binding requests with
// Gin, Echo or validator directly checks its own structs with the library's
// parsers:
//
//	type Form struct {
//		Mobile string `json:"mobile" binding:"mainland_mobile"`
//		ID     string `json:"id" binding:"resident_id"`
//	}
//
// Every tag fails on the empty string: combine it with validator's
// omitempty where a field is optional. A tag decides the shape of a value
// only; the rules that need a day (an ID card's expiry, a birth date in the
// future) are the rule engine's.
const (
	// TagTrimmed: no leading or trailing white space.
	TagTrimmed = "trimmed"
	// TagNoControl: no control characters.
	TagNoControl = "nocontrol"
	// TagMainlandMobile: a mainland mobile number, as ParseMobile reads it.
	TagMainlandMobile = "mainland_mobile"
	// TagLandline: a landline number, as ParseLandline reads it.
	TagLandline = "landline"
	// TagEmail: an e-mail address, as ParseEmail reads it.
	TagEmail = "email_addr"
	// TagResidentID: a resident ID number (GB 11643-1999), as
	// ParseResidentID reads it.
	TagResidentID = "resident_id"
	// TagUSCC: a unified social credit code (GB 32100-2015), as ParseUSCC
	// reads it.
	TagUSCC = "uscc"
	// TagDomain: a domain name, as ParseHost reads it (a registrable domain
	// or a subdomain of one).
	TagDomain = "domain_name"
	// TagPublicIP: a public unicast IP address, as ParsePublicIP reads it.
	TagPublicIP = "public_ip"
	// TagServiceNumber: a filing service number, as ParseServiceNumber
	// reads it.
	TagServiceNumber = "service_number"
	// TagICPNumber: an ICP filing number, as ParseICPNumber reads it.
	TagICPNumber = "icp_number"
	// TagPSBNumber: a public-security filing number, as ParsePSBNumber
	// reads it.
	TagPSBNumber = "psb_number"
)

// validations are the tags of this package with the parsers that decide
// them.
func validations() map[string]func(string) bool {
	ok := func(parse func(string) error) func(string) bool {
		return func(s string) bool { return parse(s) == nil }
	}
	return map[string]func(string) bool{
		TagTrimmed:        func(s string) bool { return strings.TrimSpace(s) == s },
		TagNoControl:      func(s string) bool { return strings.IndexFunc(s, unicode.IsControl) < 0 },
		TagMainlandMobile: ok(func(s string) error { _, err := ParseMobile(s); return err }),
		TagLandline:       ok(func(s string) error { _, err := ParseLandline(s); return err }),
		TagEmail:          ok(func(s string) error { _, err := ParseEmail(s); return err }),
		TagResidentID:     ok(func(s string) error { _, err := ParseResidentID(s); return err }),
		TagUSCC:           ok(func(s string) error { _, err := ParseUSCC(s); return err }),
		TagDomain:         ok(func(s string) error { _, err := ParseHost(s); return err }),
		TagPublicIP:       ok(func(s string) error { _, err := ParsePublicIP(s); return err }),
		TagServiceNumber:  ok(func(s string) error { _, err := ParseServiceNumber(s); return err }),
		TagICPNumber:      ok(func(s string) error { _, err := ParseICPNumber(s); return err }),
		TagPSBNumber:      ok(func(s string) error { _, err := ParsePSBNumber(s); return err }),
	}
}

// RegisterValidations registers the tags of this package (TagTrimmed,
// TagMainlandMobile, TagResidentID, …) in v. It is what gives the
// `validate` tags of the model their meaning; a host calls it once on the
// validator of its HTTP framework. A tag that does not apply to a string
// field fails. The error names the tag v refused.
func RegisterValidations(v *validator.Validate) error {
	if v == nil {
		return errors.New("filing: RegisterValidations needs a validator")
	}
	for tag, fn := range validations() {
		err := v.RegisterValidation(tag, func(fl validator.FieldLevel) bool {
			f := fl.Field()
			if f.Kind() != reflect.String {
				return false
			}
			return fn(f.String())
		})
		if err != nil {
			return fmt.Errorf("filing: registering validator tag %q: %w", tag, err)
		}
	}
	return nil
}
