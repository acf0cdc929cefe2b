package beian_test

import (
	"github.com/beian-go/beian/rule"

	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/beian-go/beian"
	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/rules"
)

// wireExample decodes the example enterprise application in the
// application's JSON shape (its website principal filled in), kept in
// examples/beiancheck/testdata.
func wireExample(tb testing.TB) *filing.Application {
	tb.Helper()
	f, err := os.Open("examples/beiancheck/testdata/enterprise_ok.json")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	app, err := filing.Decode(f)
	if err != nil {
		tb.Fatal(err)
	}
	return app
}

func ExampleCheck() {
	app, err := filing.Decode(strings.NewReader(`{
	  "type": "first_filing",
	  "as_of": "2026-11-28",
	  "sponsor": {
	    "region": {"province": "北京", "city": "", "district": "朝阳区"},
	    "nature": "personal", "cert_type": "resident_id", "name": "李小明",
	    "cert_number": "110105198512124568",
	    "cert_address": "北京市朝阳区某某街道8号",
	    "mailing_address": "北京市朝阳区某某小区3号楼2单元501室",
	    "investor": "李小明", "remark": "",
	    "principal": {"name": "李小明", "cert_type": "resident_id", "cert_number": "110105198512124568",
	      "cert_expiry": "long_term", "mobile": "13900139000", "contact2": "",
	      "emergency_mobile": "13700137000", "email": "xiaoming@example.cn", "is_legal_representative": false}
	  },
	  "websites": [{"name": "李小明的读书笔记", "domains": ["www.xiaoming-notes.cn"], "previous_domains": [],
	    "content_type": "other", "service_type": "website_application", "languages": ["zh-Hans"],
	    "sectors": [], "pre_approvals": [], "access": {"service": "lightweight", "ips": ["47.96.20.20"], "service_number": ""},
	    "reuse_subject_principal": true, "remark": ""}]
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	report := beian.Check(app, app.AsOf, beian.WithLanguage(language.English))
	fmt.Println("ok:", report.OK())
	for _, f := range report.Findings {
		if f.Severity == rule.Error {
			fmt.Println(f.Field, f.Rule, f.Params["registrable"])
			fmt.Println(f.Message)
		}
	}
	for _, t := range report.SMSTargets {
		fmt.Println("sms:", t.Mobile, t.Roles)
	}
	// Output:
	// ok: false
	// websites[0].domains[0] basic.domain_not_registrable xiaoming-notes.cn
	// “www.xiaoming-notes.cn” is not a registrable domain: enter the registrable domain (xiaoming-notes.cn), not a subdomain or a public suffix.
	// sms: 139****9000 [subject_principal website_principal]
}

func ExampleCatalog() {
	e, _ := beian.Catalog().Entry("cert.id_lowercase_x")
	fmt.Println(e.ID, e.Severity)
	fmt.Println(e.Text.ZH)
	fmt.Println(e.Source)
	// Output:
	// cert.id_lowercase_x error
	// 身份证号码中含有字母X，需输入大写X
	// ICP备案流程(PC端) 20200921 §2, §3.1
}

// TestCheckOptions: the rule set, the day and host options reach the engine.
func TestCheckOptions(t *testing.T) {
	app := wireExample(t)
	if r := beian.Check(app, app.AsOf); !r.OK() || r.RuleSet != "default" {
		t.Errorf("default check: %v %v", r.RuleSet, r.Findings)
	}
	r := beian.Check(app, filing.Date{Year: 2020, Month: 1, Day: 2}, beian.WithRuleSet(rules.VendorKB2025()))
	if r.RuleSet != "vendor-kb-2025" || r.AsOf.String() != "2020-01-02" || len(r.SMSTargets) != 0 {
		t.Errorf("overlay before SMS: %v %v %v", r.RuleSet, r.AsOf, r.SMSTargets)
	}
	if beian.DefaultRuleSet().Name() != "default" {
		t.Error("DefaultRuleSet is not the default")
	}
}

// manySites returns a Shaanxi unit's first filing with n sites, each with
// its own domain and principal.
func manySites(tb testing.TB, n int) *filing.Application {
	app := wireExample(tb)
	app.Sponsor.Region = filing.Region{Province: "陕西省", City: "西安市", District: "雁塔区"}
	app.Sponsor.MailingAddress = "陕西省西安市雁塔区某某路1号5幢301室"
	w := app.Websites[0]
	app.Websites = nil
	for i := range n {
		s := w
		s.Domains = []string{"site" + strconv.Itoa(i) + ".cn"}
		p := *w.Principal
		s.Principal = &p
		app.Websites = append(app.Websites, s)
	}
	return app
}

func TestManySitesAreValid(t *testing.T) {
	if r := beian.Check(manySites(t, 30), filing.Date{Year: 2026, Month: 11, Day: 28}); !r.OK() {
		t.Errorf("30 sites in Shaanxi: %v", r.Findings)
	}
	if r := beian.Check(manySites(t, 31), filing.Date{Year: 2026, Month: 11, Day: 28}); !r.Has("website.count_province_limit", "websites") {
		t.Errorf("31 sites in Shaanxi: %v", r.Findings)
	}
}

func BenchmarkCheck1Site(b *testing.B) {
	app := wireExample(b)
	b.ReportAllocs()
	for b.Loop() {
		beian.Check(app, app.AsOf)
	}
}

func BenchmarkCheck30Sites(b *testing.B) {
	app := manySites(b, 30)
	b.ReportAllocs()
	for b.Loop() {
		beian.Check(app, app.AsOf)
	}
}

// TestCheckNeedsADay: without a day in the call or the application, the
// report says so and runs no rule; it never picks a day of its own.
func TestCheckNeedsADay(t *testing.T) {
	app := wireExample(t)
	app.AsOf = filing.Date{}
	r := beian.Check(app, filing.Date{})
	if r.OK() || len(r.Findings) != 1 || !r.Has("basic.as_of_required", "as_of") || !r.AsOf.IsZero() {
		t.Errorf("check without a day: %+v", r)
	}
	day := filing.Date{Year: 2026, Month: 11, Day: 28}
	if r := beian.Check(app, day); !r.OK() || r.AsOf != day {
		t.Errorf("check with a day: %v %v", r.AsOf, r.Findings)
	}
}
