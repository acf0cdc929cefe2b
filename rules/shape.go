package rules

import (
	"strings"
	"unicode"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/rule"
)

// The boundary check: the `validate` tags of the filing model (required
// fields, plain text, the tags package filing registers with
// filing.RegisterValidations for hosts that bind requests with
// go-playground/validator) are decided here directly, field by field, with
// the same parsers and in validator's order, without reflection. The
// tests hold the tables below equal to the model's tags and the issues
// equal to what validator reports on generated applications. Each issue
// becomes a finding with its rule ID.

// shapeIssue is one failed tag: the wire path of the field, the tag and the
// field's value.
type shapeIssue struct {
	path  string
	tag   string
	value string
}

// shapeTag is one validator tag of the model with its test: the tag fails
// when ok returns false. Like validator, a field reports its first failing
// tag only.
type shapeTag struct {
	name string
	ok   func(string) bool
}

// The tags the model uses: validator's required on a string and the tags
// of filing.RegisterValidations, decided by the same parsers.
var (
	tagRequired  = shapeTag{"required", func(s string) bool { return s != "" }}
	tagTrimmed   = shapeTag{filing.TagTrimmed, func(s string) bool { return strings.TrimSpace(s) == s }}
	tagNoControl = shapeTag{filing.TagNoControl, func(s string) bool { return strings.IndexFunc(s, unicode.IsControl) < 0 }}
	tagMobile    = shapeTag{filing.TagMainlandMobile, func(s string) bool { _, err := filing.ParseMobile(s); return err == nil }}
	tagEmail     = shapeTag{filing.TagEmail, func(s string) bool { _, err := filing.ParseEmail(s); return err == nil }}
)

// shapeField is one tagged string field of a model struct T: its JSON
// name, its tags in the model's order and how to read it.
type shapeField[T any] struct {
	name string
	tags []shapeTag
	get  func(*T) string
}

// sponsorShape and principalShape are the tagged fields of filing.Sponsor
// and filing.Principal in field order (the sponsor's principal is checked
// after the sponsor's own fields, as validator walks it).
var (
	sponsorShape = []shapeField[filing.Sponsor]{
		{"name", []shapeTag{tagRequired, tagTrimmed, tagNoControl}, func(s *filing.Sponsor) string { return s.Name }},
		{"cert_address", []shapeTag{tagRequired}, func(s *filing.Sponsor) string { return s.CertAddress }},
		{"mailing_address", []shapeTag{tagRequired}, func(s *filing.Sponsor) string { return s.MailingAddress }},
	}
	principalShape = []shapeField[filing.Principal]{
		{"name", []shapeTag{tagRequired}, func(p *filing.Principal) string { return p.Name }},
		{"mobile", []shapeTag{tagMobile}, func(p *filing.Principal) string { return p.Mobile }},
		{"emergency_mobile", []shapeTag{tagMobile}, func(p *filing.Principal) string { return p.EmergencyMobile }},
		{"email", []shapeTag{tagEmail}, func(p *filing.Principal) string { return p.Email }},
	}
)

// appendShape appends the issues of v's fields under prefix (a wire path
// ending in a dot).
func appendShape[T any](out []shapeIssue, prefix string, v *T, fields []shapeField[T]) []shapeIssue {
	for i := range fields {
		f := &fields[i]
		val := f.get(v)
		for _, t := range f.tags {
			if !t.ok(val) {
				out = append(out, shapeIssue{path: prefix + f.name, tag: t.name, value: val})
				break
			}
		}
	}
	return out
}

// shapeIssues checks app's shape and returns the failed tags by path.
func shapeIssues(app *filing.Application) []shapeIssue {
	var out []shapeIssue
	out = appendShape(out, "sponsor.", &app.Sponsor, sponsorShape)
	out = appendShape(out, "sponsor.principal.", &app.Sponsor.Principal, principalShape)
	for i := range app.Websites {
		w := &app.Websites[i]
		switch {
		case app.Sponsor.Nature == filing.Personal || w.ReuseSubjectPrincipal:
			// The subject principal stands for the site's (a principal
			// filled in anyway is website.principal_personal_reuse).
		case w.Principal != nil:
			n := len(out)
			out = appendShape(out, "", w.Principal, principalShape)
			for j := n; j < len(out); j++ {
				out[j].path = sitePath(i) + ".principal." + out[j].path
			}
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
	return func(c *Run) {
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
