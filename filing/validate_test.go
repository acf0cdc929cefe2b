package filing_test

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/go-playground/validator/v10"

	"github.com/beian-go/beian/filing"
)

// signUp is a console's own request struct, validated with the library's
// tags on a plain validator, as a Gin or Echo binding does.
type signUp struct {
	Name     string `validate:"required,trimmed,nocontrol"`
	Mobile   string `validate:"mainland_mobile"`
	Landline string `validate:"omitempty,landline"`
	Email    string `validate:"email_addr"`
	ID       string `validate:"resident_id"`
	Licence  string `validate:"omitempty,uscc"`
	Domain   string `validate:"domain_name"`
	IP       string `validate:"omitempty,public_ip"`
	Service  string `validate:"omitempty,service_number"`
	Number   string `validate:"omitempty,icp_number"`
	PSB      string `validate:"omitempty,psb_number"`
}

func validSignUp() signUp {
	return signUp{
		Name: "张三", Mobile: "+86 138-0013-8000", Landline: "086-0571-88888888",
		Email: "zhangsan@example.com", ID: "33010619900101123X", Licence: "91330106MA2111110P",
		Domain: "www.example.com", IP: "47.96.10.10", Service: "32a43232-a888-88e8-b9ec-00888be8abcd",
		Number: "京ICP备12345678号-1", PSB: "京公网安备11010502030143号",
	}
}

// TestRegisterValidations validates a host's struct with a plain
// validator.New(): each tag accepts what its parser accepts and rejects one
// bad value of its field.
func TestRegisterValidations(t *testing.T) {
	v := validator.New()
	if err := filing.RegisterValidations(v); err != nil {
		t.Fatal(err)
	}
	if err := v.Struct(validSignUp()); err != nil {
		t.Fatalf("a valid request fails: %v", err)
	}
	cases := []struct {
		field, tag string
		set        func(*signUp)
	}{
		{"Name", "trimmed", func(s *signUp) { s.Name = " 张三" }},
		{"Name", "nocontrol", func(s *signUp) { s.Name = "张\x01三" }},
		{"Mobile", "mainland_mobile", func(s *signUp) { s.Mobile = "12800138000" }}, // 12x is no mobile block
		{"Mobile", "mainland_mobile", func(s *signUp) { s.Mobile = "" }},            // required by the tag itself
		{"Landline", "landline", func(s *signUp) { s.Landline = "086-0571-08888888" }},
		{"Email", "email_addr", func(s *signUp) { s.Email = "zhangsan@" }},
		{"ID", "resident_id", func(s *signUp) { s.ID = "330106199001011234" }}, // wrong check character
		{"Licence", "uscc", func(s *signUp) { s.Licence = "91330106MA2111110Q" }},
		{"Domain", "domain_name", func(s *signUp) { s.Domain = "http://example.com/" }},
		{"IP", "public_ip", func(s *signUp) { s.IP = "192.168.1.1" }},
		{"Service", "service_number", func(s *signUp) { s.Service = "32a43232" }},
		{"Number", "icp_number", func(s *signUp) { s.Number = "京ICP12345678" }},
		{"PSB", "psb_number", func(s *signUp) { s.PSB = "京公网安备110105号" }},
	}
	for _, c := range cases {
		s := validSignUp()
		c.set(&s)
		var errs validator.ValidationErrors
		if err := v.Struct(s); !errors.As(err, &errs) || len(errs) != 1 || errs[0].Field() != c.field || errs[0].Tag() != c.tag {
			t.Errorf("%s=%q: %v, want one %s error at %s", c.field, reflect.ValueOf(s).FieldByName(c.field), err, c.tag, c.field)
		}
	}
}

// TestModelTagsAreRegistered: every validate tag of the model is a
// validator built-in or one that RegisterValidations registers (validator
// panics on unknown tags), so the model's tags need no other package.
func TestModelTagsAreRegistered(t *testing.T) {
	v := validator.New()
	if err := filing.RegisterValidations(v); err != nil {
		t.Fatal(err)
	}
	seen := 0
	var walk func(reflect.Type, map[reflect.Type]bool)
	walk = func(typ reflect.Type, done map[reflect.Type]bool) {
		for typ.Kind() == reflect.Pointer || typ.Kind() == reflect.Slice {
			typ = typ.Elem()
		}
		if typ.Kind() != reflect.Struct || done[typ] {
			return
		}
		done[typ] = true
		for i := range typ.NumField() {
			f := typ.Field(i)
			for tag := range strings.SplitSeq(f.Tag.Get("validate"), ",") {
				if tag == "" || tag == "dive" || tag == "omitempty" {
					continue
				}
				seen++
				func() {
					defer func() {
						if r := recover(); r != nil {
							t.Errorf("tag %q on %s.%s is not registered: %v", tag, typ.Name(), f.Name, r)
						}
					}()
					_ = v.Var("x", tag)
				}()
			}
			walk(f.Type, done)
		}
	}
	walk(reflect.TypeFor[filing.Application](), map[reflect.Type]bool{})
	if seen == 0 {
		t.Fatal("no validate tags found on the model: the walk is broken")
	}
}

func TestRegisterValidationsNil(t *testing.T) {
	if err := filing.RegisterValidations(nil); err == nil {
		t.Error("a nil validator is accepted")
	}
}
