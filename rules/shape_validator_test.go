package rules

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/go-playground/validator/v10"
	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/filing/filingtest"
)

// newShapeValidator builds what a host builds: go-playground/validator with
// the filing tags registered (filing.RegisterValidations) and field names
// taken from the JSON tags, so that namespaces read like wire paths. It is
// the reference the direct checks of shapeIssues are held to.
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

// validatorShapeIssues is shapeIssues through validator: each tagged
// struct validated under its wire path.
func validatorShapeIssues(t interface{ Fatalf(string, ...any) }, v *validator.Validate, app *filing.Application) []shapeIssue {
	var out []shapeIssue
	add := func(prefix string, s any) {
		err := v.Struct(s)
		if err == nil {
			return
		}
		errs, ok := err.(validator.ValidationErrors)
		if !ok {
			t.Fatalf("validator: %v", err)
		}
		for _, fe := range errs {
			// Namespace is "Sponsor.principal.name": drop the type name.
			_, rest, _ := strings.Cut(fe.Namespace(), ".")
			val, _ := fe.Value().(string)
			out = append(out, shapeIssue{path: prefix + rest, tag: fe.Tag(), value: val})
		}
	}
	add("sponsor.", &app.Sponsor)
	for i := range app.Websites {
		w := &app.Websites[i]
		switch {
		case app.Sponsor.Nature == filing.Personal || w.ReuseSubjectPrincipal:
		case w.Principal != nil:
			add(sitePath(i)+".principal.", w.Principal)
		default:
			out = append(out, shapeIssue{path: sitePath(i) + ".principal.name", tag: "required"})
		}
	}
	return out
}

// tableTags returns the JSON names and tags of a shape table.
func tableTags[T any](fields []shapeField[T]) map[string]string {
	out := map[string]string{}
	for _, f := range fields {
		var names []string
		for _, t := range f.tags {
			names = append(names, t.name)
		}
		out[f.name] = strings.Join(names, ",")
	}
	return out
}

// structTags returns the JSON names and validate tags of t's tagged fields.
func structTags(t reflect.Type) map[string]string {
	out := map[string]string{}
	for i := range t.NumField() {
		f := t.Field(i)
		if tag := f.Tag.Get("validate"); tag != "" {
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			out[name] = tag
		}
	}
	return out
}

// TestShapeTablesAreTheModelTags: the direct checks know exactly the
// validate tags of the model, and only Sponsor and Principal carry any.
func TestShapeTablesAreTheModelTags(t *testing.T) {
	if diff := cmp.Diff(structTags(reflect.TypeFor[filing.Sponsor]()), tableTags(sponsorShape)); diff != "" {
		t.Errorf("filing.Sponsor tags (-model +table):\n%s", diff)
	}
	if diff := cmp.Diff(structTags(reflect.TypeFor[filing.Principal]()), tableTags(principalShape)); diff != "" {
		t.Errorf("filing.Principal tags (-model +table):\n%s", diff)
	}
	tags := map[string]string{}
	modelTags(reflect.TypeFor[filing.Application](), map[reflect.Type]bool{}, tags)
	for tag, where := range tags {
		if !strings.HasPrefix(where, "Sponsor.") && !strings.HasPrefix(where, "Principal.") {
			t.Errorf("tag %q on %s: the direct checks do not cover that struct", tag, where)
		}
	}
}

// shapeValues are values for the tagged fields: valid and broken mobiles
// and e-mails, names with spaces and control characters, empty strings.
var shapeValues = []string{
	"", " ", " \x07", "张三", " 张三", "张三 ", "张\x07三", "杭州某某科技有限公司", "浙江省杭州市西湖区某某路1号",
	"13800138000", "+86 138-0013-8000", "1380013800", "12345678901", "１３８００１３８０００", "86-13800138000",
	"zhangsan@example.com", "zhangsan@", "@example.com", "a b@example.com", "张三@例子.中国", "13800138000@139.com",
}

// TestPropertyShapeAgreesWithValidator: on generated applications whose
// tagged fields take good and bad values, the direct checks report
// exactly the issues validator reports with the filing tags registered.
func TestPropertyShapeAgreesWithValidator(t *testing.T) {
	v, err := newShapeValidator()
	if err != nil {
		t.Fatal(err)
	}
	value := rapid.SampledFrom(shapeValues)
	principal := func(t *rapid.T, p *filing.Principal, label string) {
		for _, f := range []*string{&p.Name, &p.Mobile, &p.EmergencyMobile, &p.Email} {
			if rapid.Bool().Draw(t, label+" changed") {
				*f = value.Draw(t, label)
			}
		}
	}
	rapid.Check(t, func(t *rapid.T) {
		app := filingtest.Application(filingtest.Options{}).Draw(t, "app")
		s := &app.Sponsor
		for _, f := range []*string{&s.Name, &s.CertAddress, &s.MailingAddress} {
			if rapid.Bool().Draw(t, "sponsor field changed") {
				*f = value.Draw(t, "sponsor value")
			}
		}
		principal(t, &s.Principal, "subject principal")
		for i := range app.Websites {
			w := &app.Websites[i]
			switch rapid.IntRange(0, 3).Draw(t, "site principal") {
			case 0:
				w.Principal = nil
			case 1:
				w.ReuseSubjectPrincipal = !w.ReuseSubjectPrincipal
			case 2:
				if w.Principal == nil {
					w.Principal = &filing.Principal{}
				}
				principal(t, w.Principal, "site principal")
			}
		}
		want := validatorShapeIssues(t, v, app)
		got := shapeIssues(app)
		if diff := cmp.Diff(want, got, cmp.AllowUnexported(shapeIssue{})); diff != "" {
			t.Fatalf("shape issues (-validator +direct):\n%s", diff)
		}
	})
}

// TestShapeEveryValue walks every tagged field of the sponsor, its
// principal and a site's principal with every value of shapeValues: the
// direct checks and validator agree on each.
func TestShapeEveryValue(t *testing.T) {
	v, err := newShapeValidator()
	if err != nil {
		t.Fatal(err)
	}
	base := func() *filing.Application {
		p := filing.Principal{Name: "李四", Mobile: "13700137000", EmergencyMobile: "13500135000", Email: "lisi@example.com"}
		return &filing.Application{
			Sponsor: filing.Sponsor{Nature: filing.Enterprise, Name: "杭州某某科技有限公司", CertAddress: "杭州", MailingAddress: "杭州",
				Principal: filing.Principal{Name: "张三", Mobile: "13800138000", EmergencyMobile: "13900139000", Email: "zhangsan@example.com"}},
			Websites: []filing.Website{{Principal: &p}},
		}
	}
	fields := map[string]func(*filing.Application) *string{
		"sponsor.name":            func(a *filing.Application) *string { return &a.Sponsor.Name },
		"sponsor.cert_address":    func(a *filing.Application) *string { return &a.Sponsor.CertAddress },
		"sponsor.mailing_address": func(a *filing.Application) *string { return &a.Sponsor.MailingAddress },
	}
	for _, who := range []string{"sponsor", "site"} {
		p := func(a *filing.Application) *filing.Principal {
			if who == "sponsor" {
				return &a.Sponsor.Principal
			}
			return a.Websites[0].Principal
		}
		fields[who+".principal.name"] = func(a *filing.Application) *string { return &p(a).Name }
		fields[who+".principal.mobile"] = func(a *filing.Application) *string { return &p(a).Mobile }
		fields[who+".principal.emergency_mobile"] = func(a *filing.Application) *string { return &p(a).EmergencyMobile }
		fields[who+".principal.email"] = func(a *filing.Application) *string { return &p(a).Email }
	}
	if got := shapeIssues(base()); len(got) != 0 {
		t.Fatalf("the base application has issues: %+v", got)
	}
	for name, field := range fields {
		for _, val := range shapeValues {
			app := base()
			*field(app) = val
			want := validatorShapeIssues(t, v, app)
			if diff := cmp.Diff(want, shapeIssues(app), cmp.AllowUnexported(shapeIssue{})); diff != "" {
				t.Errorf("%s = %q (-validator +direct):\n%s", name, val, diff)
			}
		}
	}
}

// TestShapeIssuesSeen: the property meets issues of every tag (a guard that
// its values exercise the checks).
func TestShapeIssuesSeen(t *testing.T) {
	app := &filing.Application{Sponsor: filing.Sponsor{Name: " x", Principal: filing.Principal{Name: "张三", Mobile: "1", EmergencyMobile: "13800138000", Email: "x@"}},
		Websites: []filing.Website{{}}}
	var tags []string
	for _, is := range shapeIssues(app) {
		tags = append(tags, is.path+":"+is.tag)
	}
	want := []string{"sponsor.name:trimmed", "sponsor.cert_address:required", "sponsor.mailing_address:required",
		"sponsor.principal.mobile:mainland_mobile", "sponsor.principal.email:email_addr", "websites[0].principal.name:required"}
	if !slices.Equal(tags, want) {
		t.Errorf("issues %q, want %q", tags, want)
	}
}
