package rules_test

import (
	"github.com/beian-go/beian/rule"

	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/rules"
)

// TestReportJSONShape: the report has exactly the fields of the report's
// wire format, lists are [] when empty, and a finding has rule, severity,
// field, message, params and source.
func TestReportJSONShape(t *testing.T) {
	t.Parallel()
	app := validEnterprise()
	app.Websites[0].Domains[0] = "www.example.com"
	b, err := json.Marshal(rules.Default().Check(app, filing.Date{}))
	if err != nil {
		t.Fatal(err)
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(b, &top); err != nil {
		t.Fatal(err)
	}
	var keys []string
	for k := range top {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	want := []string{"as_of", "findings", "materials", "ok", "ruleset", "ruleset_date", "sms_targets"}
	if diff := cmp.Diff(want, keys); diff != "" {
		t.Errorf("report keys (-want +got):\n%s", diff)
	}
	var findings []map[string]any
	if err := json.Unmarshal(top["findings"], &findings); err != nil || len(findings) != 1 {
		t.Fatalf("findings = %s (%v)", top["findings"], err)
	}
	got := findings[0]
	wantFinding := map[string]any{
		"rule": "basic.domain_not_registrable", "severity": "error", "field": "websites[0].domains[0]",
		"message": "“www.example.com”不是可备案的主域名，请填写主域名（如 example.com），不能是子域名或公共后缀",
		"params":  map[string]any{"value": "www.example.com", "registrable": "example.com"},
		"source":  "ICP备案流程(PC端) 20200921 §1.1",
	}
	if diff := cmp.Diff(wantFinding, got); diff != "" {
		t.Errorf("finding (-want +got):\n%s", diff)
	}
	if string(top["ok"]) != "false" {
		t.Errorf("ok = %s, want false", top["ok"])
	}
	empty, _ := json.Marshal(rules.Report{})
	for _, k := range []string{`"findings":[]`, `"sms_targets":[]`, `"materials":[]`, `"ok":true`} {
		if !bytes.Contains(empty, []byte(k)) {
			t.Errorf("empty report %s lacks %s", empty, k)
		}
	}
}

// TestReportOrderAndDeterminism: findings are sorted by field (indexes as
// numbers) then rule, and the same input gives the same bytes.
func TestReportOrderAndDeterminism(t *testing.T) {
	t.Parallel()
	app := validEnterprise()
	app.Type = filing.AccessFiling // several sites, several domains allowed
	for i := 0; i < 11; i++ {
		w := site("site" + string(rune('a'+i)) + ".cn")
		w.Access.IPs = []string{"10.0.0.1"}
		app.Websites = append(app.Websites, w)
	}
	first, _ := json.Marshal(rules.Default().Check(app, filing.Date{}))
	for range 5 {
		again, _ := json.Marshal(rules.Default().Check(app, filing.Date{}))
		if !bytes.Equal(first, again) {
			t.Fatal("two checks of the same application gave different bytes")
		}
	}
	r := rules.Default().Check(app, filing.Date{})
	var fields []string
	for _, f := range r.Findings {
		if f.Rule == "website.ip_invalid" {
			fields = append(fields, f.Field)
		}
	}
	want := []string{"websites[1].access.ips[0]", "websites[2].access.ips[0]", "websites[3].access.ips[0]"}
	if len(fields) != 11 || !slices.Equal(fields[:3], want) || fields[10] != "websites[11].access.ips[0]" {
		t.Errorf("order of fields: %v", fields)
	}
}

// TestEnglishMessages: messages follow the language asked for; any tag
// falls back to Chinese or English.
func TestEnglishMessages(t *testing.T) {
	t.Parallel()
	app := validEnterprise()
	app.Sponsor.Principal.Mobile = "12800138000"
	cases := []struct {
		tag  language.Tag
		want string
	}{
		{language.English, "The mobile number of the subject principal must be an 11-digit mainland mobile number."},
		{language.BritishEnglish, "The mobile number of the subject principal must be an 11-digit mainland mobile number."},
		{language.Chinese, "主体负责人手机号码须为11位中国大陆手机号码"},
		{language.SimplifiedChinese, "主体负责人手机号码须为11位中国大陆手机号码"},
		{language.French, "主体负责人手机号码须为11位中国大陆手机号码"}, // Chinese is the default
	}
	for _, c := range cases {
		r := rules.Default().Check(app, filing.Date{}, rules.WithLanguage(c.tag))
		if len(r.Findings) != 1 || r.Findings[0].Message != c.want {
			t.Errorf("%v: findings %v, want message %q", c.tag, r.Findings, c.want)
		}
	}
}

// TestNoPersonalDataInReports: a report of broken certificate and phone
// numbers never carries them in full, in any language.
func TestNoPersonalDataInReports(t *testing.T) {
	t.Parallel()
	app := validEnterprise()
	secrets := []string{"330106198808082220", "13800138000", "13700137000", "12800138000", "33010619900101123x"}
	app.Websites[0].Principal.CertNumber = secrets[0]
	app.Sponsor.Principal.EmergencyMobile = secrets[1] // same as the mobile: a warning
	app.Websites[0].Principal.Contact2 = "1370013700"  // a digit short
	app.Sponsor.Principal.Mobile = secrets[3]
	app.Sponsor.Principal.CertNumber = secrets[4]
	app.Websites[0].Principal.Email = "zhang 13600136000@x" // invalid, and a phone number inside
	secrets = append(secrets, "13600136000")
	for _, tag := range []language.Tag{language.Chinese, language.English} {
		b, _ := json.Marshal(rules.Default().Check(app, filing.Date{}, rules.WithLanguage(tag)))
		for _, s := range append(secrets, "1370013700") {
			if bytes.Contains(b, []byte(s)) {
				t.Errorf("%v: report contains %s: %s", tag, s, b)
			}
		}
	}
}

// TestDerivedSetsLeaveTheDefault: deriving sets never changes the default,
// and the derived sets behave as asked.
func TestDerivedSetsLeaveTheDefault(t *testing.T) {
	t.Parallel()
	before := rules.Default().Catalog()
	app := validEnterprise()
	app.Sponsor.MailingAddress = "浙江省杭州市西湖区某某路"

	stricter := rules.Default().WithSeverity("sponsor.address_not_detailed", rule.Error)
	if r := stricter.Check(app, filing.Date{}); r.OK() {
		t.Error("a warning raised to error does not fail the report")
	}
	if r := rules.Default().Check(app, filing.Date{}); !r.OK() || !r.Has("sponsor.address_not_detailed", "") {
		t.Error("the default set changed with a derived one")
	}
	without := rules.Default().Without("sponsor.address_not_detailed")
	if r := without.Check(app, filing.Date{}); r.Has("sponsor.address_not_detailed", "") {
		t.Error("a dropped rule still runs")
	}
	own := rules.Rule{Def: rule.Def{ID: "host.no_test_domains", Severity: rule.Error, Source: rule.Source{Title: "host policy"},
		Text: rule.Text{ZH: "不能使用测试域名{value}", EN: "Test domain {value} not allowed."}},
		Check: func(c *rules.Run) {
			for i, w := range c.App.Websites {
				for j, d := range w.Domains {
					if strings.HasSuffix(d, "example.com") {
						c.Flag("websites["+string(rune('0'+i))+"].domains["+string(rune('0'+j))+"]", rules.Params{"value": d})
					}
				}
			}
		}}
	r := rules.Default().With(own).Check(validEnterprise(), filing.Date{})
	if !r.Has("host.no_test_domains", "websites[0].domains[0]") || r.Findings[0].Message != "不能使用测试域名example.com" {
		t.Errorf("a host's rule: %v", r.Findings)
	}
	if diff := cmp.Diff(before, rules.Default().Catalog()); diff != "" {
		t.Errorf("default catalog changed (-before +after):\n%s", diff)
	}
}

// TestEffectiveDates: a rule runs only on the days it is in force.
func TestEffectiveDates(t *testing.T) {
	t.Parallel()
	r, _ := rules.Default().Rule("sponsor.investor_required")
	r.Since = filing.Date{Year: 2025, Month: 1, Day: 1}
	r.Until = filing.Date{Year: 2025, Month: 12, Day: 31}
	set := rules.Default().With(r)
	app := validEnterprise()
	app.Sponsor.Investor = ""
	for _, c := range []struct {
		day  filing.Date
		want bool
	}{
		{filing.Date{Year: 2024, Month: 12, Day: 31}, false},
		{filing.Date{Year: 2025, Month: 1, Day: 1}, true},
		{filing.Date{Year: 2025, Month: 12, Day: 31}, true},
		{filing.Date{Year: 2026, Month: 1, Day: 1}, false},
	} {
		if got := set.Check(app, c.day).Has("sponsor.investor_required", ""); got != c.want {
			t.Errorf("on %v: fired %v, want %v", c.day, got, c.want)
		}
	}
}

// TestSMSTargetsInReport: one entry per distinct mobile, masked; none
// before 2020-08-17.
func TestSMSTargetsInReport(t *testing.T) {
	t.Parallel()
	app := validEnterprise()
	app.Websites[0].Principal.Mobile = "138 0013 8000" // same number as the subject principal
	r := rules.Default().Check(app, filing.Date{})
	want := []rules.SMSTarget{{Roles: []string{"subject_principal", "website_principal"},
		Fields: []string{"sponsor.principal", "websites[0]"}, Mobile: "138****8000"}}
	if diff := cmp.Diff(want, r.SMSTargets); diff != "" {
		t.Errorf("targets (-want +got):\n%s", diff)
	}
	if r := rules.Default().Check(app, filing.Date{Year: 2020, Month: 8, Day: 16}); len(r.SMSTargets) != 0 {
		t.Errorf("targets before 2020-08-17: %v", r.SMSTargets)
	}
}

// TestMaterials: what an enterprise and a person must prepare (the 2020
// provider guide §1.1 step 4).
func TestMaterials(t *testing.T) {
	t.Parallel()
	idsOf := func(ms []rules.Material) []string {
		var out []string
		for _, m := range ms {
			out = append(out, m.ID)
		}
		return out
	}
	ent := rules.Default().Check(validEnterprise(), filing.Date{})
	if diff := cmp.Diff([]string{"business_license", "subject_principal_cert", "website_principal_cert", "principal_holding_unit_cert", "domain_certificate"}, idsOf(ent.Materials)); diff != "" {
		t.Errorf("enterprise materials (-want +got):\n%s", diff)
	}
	per := rules.Default().Check(validPersonal(), filing.Date{})
	if diff := cmp.Diff([]string{"resident_id", "website_principal_cert", "domain_certificate"}, idsOf(per.Materials)); diff != "" {
		t.Errorf("personal materials (-want +got):\n%s", diff)
	}
}

// TestCatalogJSON: the catalog encodes with the fields a console reads.
func TestCatalogJSON(t *testing.T) {
	t.Parallel()
	b, err := rules.Default().Catalog().JSON()
	if err != nil {
		t.Fatal(err)
	}
	var c struct {
		RuleSet string `json:"ruleset"`
		Rules   []struct {
			ID, Severity, Source, Hook string
			Text                       struct{ ZH, EN string }
			Checked                    bool
		} `json:"rules"`
	}
	if err := json.Unmarshal(b, &c); err != nil {
		t.Fatal(err)
	}
	if c.RuleSet != "default" || len(c.Rules) < 60 {
		t.Fatalf("catalog %q with %d rules", c.RuleSet, len(c.Rules))
	}
	for _, e := range c.Rules {
		if e.ID == "conflict.domain_filed" && (e.Hook != "conflicts" || !e.Checked) {
			t.Errorf("conflict.domain_filed entry: %+v", e)
		}
		if e.ID == "order.expiry" && e.Checked {
			t.Errorf("a fact is marked checked: %+v", e)
		}
	}
}

// TestCheckNeverPanics on a nil or empty application.
func TestCheckNeverPanics(t *testing.T) {
	t.Parallel()
	if r := rules.Default().Check(nil, filing.Date{}); r.OK() || !r.Has("basic.as_of_required", "as_of") {
		t.Errorf("a nil application without a day: %v", r.Findings)
	}
	if r := rules.Default().Check(nil, filing.Date{Year: 2026, Month: 12, Day: 1}); r.OK() || r.Has("basic.as_of_required", "") {
		t.Errorf("a nil application: %v", r.Findings)
	}
	if r := rules.Default().Check(&filing.Application{Websites: []filing.Website{{}}}, filing.Date{}); r.OK() {
		t.Error("an empty application passes")
	}
}

// TestOptionalMessageParts: a bare public suffix has no registrable domain
// to offer, and its message says nothing of one; a subdomain's does.
func TestOptionalMessageParts(t *testing.T) {
	t.Parallel()
	cases := []struct{ domain, want string }{
		{"com.cn", "“com.cn”不是可备案的主域名，请填写主域名，不能是子域名或公共后缀"},
		{"www.example.com", "“www.example.com”不是可备案的主域名，请填写主域名（如 example.com），不能是子域名或公共后缀"},
	}
	for _, c := range cases {
		app := validEnterprise()
		app.Websites[0].Domains[0] = c.domain
		r := rules.Default().Check(app, filing.Date{})
		if len(r.Findings) != 1 || r.Findings[0].Message != c.want {
			t.Errorf("%s: %v, want message %q", c.domain, r.Findings, c.want)
		}
	}
}

// TestEveryMessageRenders: no message of any finding a check reports leaves
// a placeholder or an optional part unfilled.
func TestEveryMessageRenders(t *testing.T) {
	t.Parallel()
	for _, tc := range append(ruleCases, namingCases...) {
		for _, lang := range []language.Tag{language.Chinese, language.English} {
			tc.opts = append(tc.opts[:len(tc.opts):len(tc.opts)], rules.WithLanguage(lang))
			for _, f := range tc.run(t).Findings {
				if strings.ContainsAny(f.Message, "{}[]") {
					t.Errorf("%s (%s): message %q", f.Rule, tc.name, f.Message)
				}
			}
		}
	}
}
