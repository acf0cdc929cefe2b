package rules

import (
	"github.com/beian-go/beian/rule"

	"reflect"
	"strings"
	"sync"

	"github.com/go-playground/validator/v10"

	"github.com/beian-go/beian/filing"
)

// The boundary check: go-playground/validator reads the `validate` tags of
// the filing model (required fields, plain text, the tags package filing
// registers with filing.RegisterValidations). Its errors never leave this
// package: each is turned into a finding with its rule ID.

// newShapeValidator builds the validator with the filing tags registered
// and field names taken from the JSON tags, so that namespaces read like
// the wire paths of the application.
func newShapeValidator() (*validator.Validate, error) {
	v := validator.New(validator.WithRequiredStructEnabled())
	v.RegisterTagNameFunc(func(f reflect.StructField) string {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			return ""
		}
		return name
	})
	if err := filing.RegisterValidations(v); err != nil {
		return nil, err
	}
	return v, nil
}

// shapeValidator is built once; a *validator.Validate is safe for concurrent use.
var shapeValidator = sync.OnceValues(newShapeValidator)

// shapeIssue is one failed tag: the wire path of the field, the tag and the
// field's value.
type shapeIssue struct {
	path  string
	tag   string
	value string
}

// shapeIssues validates app's shape and returns the failed tags by path.
func shapeIssues(app *filing.Application) []shapeIssue {
	v, err := shapeValidator()
	if err != nil {
		return nil
	}
	// The tagged structs are validated one by one, under their wire paths:
	// walking the whole application would reflect over every untagged field.
	var out []shapeIssue
	add := func(prefix string, s any) {
		errs, ok := v.Struct(s).(validator.ValidationErrors)
		if !ok {
			return
		}
		for _, fe := range errs {
			// Namespace is "Sponsor.principal.name": drop the type name.
			_, rest, _ := strings.Cut(fe.Namespace(), ".")
			v, _ := fe.Value().(string)
			out = append(out, shapeIssue{path: prefix + rest, tag: fe.Tag(), value: v})
		}
	}
	add("sponsor.", &app.Sponsor)
	for i := range app.Websites {
		w := &app.Websites[i]
		switch {
		case app.Sponsor.Nature == filing.Personal || w.ReuseSubjectPrincipal:
			// The subject principal stands for the site's (a principal
			// filled in anyway is website.principal_personal_reuse).
		case w.Principal != nil:
			add(sitePath(i)+".principal.", w.Principal)
		default:
			// A unit's site that neither names a principal nor reuses the
			// subject's has no principal at all: its name is missing.
			out = append(out, shapeIssue{path: sitePath(i) + ".principal.name", tag: "required"})
		}
	}
	return out
}

var basicNameRequired = Rule{
	Def: rule.Def{ID: "basic.name_required", Severity: rule.Error, Source: guide("§1.1"),
		Text: rule.Text{
			ZH: "请填写主办者名称（不能有首尾空格或控制字符）",
			EN: "Enter the sponsor's name (no leading or trailing spaces, no control characters)."}},
	Check: shapeRule("sponsor.name"),
}

var basicCertAddressRequired = Rule{
	Def: rule.Def{ID: "basic.cert_address_required", Severity: rule.Error, Source: guide("§1.1"),
		Text: rule.Text{
			ZH: "请填写证件住所",
			EN: "Enter the address on the certificate."}},
	Check: shapeRule("sponsor.cert_address"),
}

var sponsorAddressRequired = Rule{
	Def: rule.Def{ID: "sponsor.address_required", Severity: rule.Error, Source: guide("§2"),
		Text: rule.Text{
			ZH: "请填写通信地址",
			EN: "Enter the mailing address."}},
	Check: shapeRule("sponsor.mailing_address"),
}

var principalNameRequired = Rule{
	Def: rule.Def{ID: "principal.name_required", Severity: rule.Error, Source: guide("§2, §3.1"),
		Text: rule.Text{
			ZH: "请填写{field}",
			EN: "Enter the {field}."}},
	Check: shapeRule("sponsor.principal.name", "websites[].principal.name", "apps[].principal.name"),
}

var principalMobileFormat = Rule{
	Def: rule.Def{ID: "principal.mobile_format", Severity: rule.Error, Source: guide("§2, §3.1"),
		Text: rule.Text{
			ZH: "{field}须为11位中国大陆手机号码",
			EN: "The {field} must be an 11-digit mainland mobile number."}},
	Check: shapeRuleValue(filing.MaskPhone, "sponsor.principal.mobile", "websites[].principal.mobile", "apps[].principal.mobile"),
}

var principalEmergencyMobileFormat = Rule{
	Def: rule.Def{ID: "principal.emergency_mobile_format", Severity: rule.Error, Source: guide("§2, §3.1"),
		Text: rule.Text{
			ZH: "{field}须为11位中国大陆手机号码",
			EN: "The {field} must be an 11-digit mainland mobile number."}},
	Check: shapeRuleValue(filing.MaskPhone, "sponsor.principal.emergency_mobile", "websites[].principal.emergency_mobile", "apps[].principal.emergency_mobile"),
}

var principalEmailFormat = Rule{
	Def: rule.Def{ID: "principal.email_format", Severity: rule.Error, Source: guide("§2, §3.1"),
		Text: rule.Text{
			ZH: "{field}格式不正确",
			EN: "The {field} is not a valid e-mail address."}},
	Check: shapeRuleValue(filing.MaskEmail, "sponsor.principal.email", "websites[].principal.email", "apps[].principal.email"),
}

// shapeRule returns a check that flags the shape issues at the given paths;
// a path "websites[].x" stands for that field of every website.
func shapeRule(paths ...string) CheckFunc {
	return shapeRuleValue(nil, paths...)
}

// shapeRuleValue is shapeRule with the offending value in the params,
// masked by mask (personal data never reaches a report in full).
func shapeRuleValue(mask func(string) string, paths ...string) CheckFunc {
	return func(c *Context) {
		for _, is := range c.shapeIssues {
			for _, p := range paths {
				if is.path == p || pathMatches(is.path, p) {
					params := Params{"check": is.tag}
					if mask != nil {
						params = Params{"value": mask(is.value)}
					}
					c.Flag(is.path, params)
					break
				}
			}
		}
	}
}

// pathMatches reports whether path is pattern with the "[]" of pattern
// filled by an index: "websites[3].principal.name" matches
// "websites[].principal.name".
func pathMatches(path, pattern string) bool {
	head, tail, ok := strings.Cut(pattern, "[]")
	if !ok || !strings.HasPrefix(path, head+"[") || !strings.HasSuffix(path, "]"+tail) {
		return false
	}
	idx := path[len(head)+1 : len(path)-len(tail)-1]
	if idx == "" {
		return false
	}
	for _, r := range idx {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
