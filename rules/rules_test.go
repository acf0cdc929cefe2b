package rules_test

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/rules"
)

// withCheck appends the GB 11643-1999 check character (ISO 7064 MOD 11-2) to
// a 17-digit resident ID body. It is written here independently of package
// filing, so the tests do not trust the code they test.
func withCheck(body string) string {
	weights := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i, w := range weights {
		sum += int(body[i]-'0') * w
	}
	return body + string("10X98765432"[sum%11])
}

// fakeHooks implements the host look-ups with fixed answers.
type fakeHooks struct {
	conflicts []rules.Conflict
	holder    rules.Holder
	remaining int
	err       error
}

func (f fakeHooks) Conflicts(context.Context, *filing.Application) ([]rules.Conflict, error) {
	return f.conflicts, f.err
}

func (f fakeHooks) Holder(context.Context, string) (rules.Holder, error) { return f.holder, f.err }

func (f fakeHooks) Term(context.Context, *filing.Application, int) (int, int, error) {
	return f.remaining, 30, f.err
}

// ruleCase makes one rule fire: it starts from a valid application, breaks
// one thing, and names the rule and field that must be reported and every
// other rule that may be reported with it.
type ruleCase struct {
	name   string
	rule   string
	field  string
	base   func() *filing.Application
	mutate func(*filing.Application)
	set    func() rules.RuleSet
	opts   []rules.Option
	also   []string
}

func (tc ruleCase) run(t *testing.T) rules.Report {
	t.Helper()
	app := tc.base()
	tc.mutate(app)
	set := rules.Default()
	if tc.set != nil {
		set = tc.set()
	}
	return set.Check(app, filing.Date{}, tc.opts...)
}

var ruleCases = []ruleCase{
	// Basic information (the 2020 provider guide §1.1).
	{name: "city of another province", rule: "basic.region_unknown", field: "sponsor.region.city",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Sponsor.Region.City = "南京市" }},
	{name: "no such province", rule: "basic.region_unknown", field: "sponsor.region.province",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Sponsor.Region.Province = "火星省" }},
	{name: "address does not name the district", rule: "basic.region_nearby_needs_remark", field: "sponsor.region.district",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Sponsor.MailingAddress = "浙江省杭州市某某路1号5幢301室" }},
	{name: "enterprise with a USCC certificate", rule: "basic.nature_cert_mismatch", field: "sponsor.cert_type",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Sponsor.CertType = filing.CertUSCC }},
	{name: "personal sponsor with a business licence", rule: "basic.nature_cert_mismatch", field: "sponsor.cert_type",
		base: validPersonal, mutate: func(a *filing.Application) {
			a.Sponsor.CertType, a.Sponsor.CertNumber = filing.CertBusinessLicence, "91330106MA2111110P"
		}, also: []string{"principal.personal_must_be_sponsor"}},
	{name: "empty sponsor name", rule: "basic.name_required", field: "sponsor.name",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Sponsor.Name = "" }},
	{name: "sponsor name with a leading space", rule: "basic.name_required", field: "sponsor.name",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Sponsor.Name = " " + a.Sponsor.Name }},
	{name: "sponsor name with a control character", rule: "basic.name_required", field: "sponsor.name",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Sponsor.Name = "杭州某某\x07科技有限公司" }},
	{name: "unknown nature", rule: "basic.unknown_value", field: "sponsor.nature",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Sponsor.Nature = "alien" }},
	{name: "unknown filing type", rule: "basic.unknown_value", field: "type",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Type = "refiling" }},
	{name: "unknown sector", rule: "basic.unknown_value", field: "websites[0].sectors[0]",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Websites[0].Sectors = []filing.Sector{"gambling"} },
		also: []string{"website.pre_approval_missing"}},
	{name: "unknown access service", rule: "basic.unknown_value", field: "websites[0].access.service",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Websites[0].Access.Service = "mainframe" }},
	{name: "resident ID too short", rule: "cert.number_format", field: "sponsor.principal.cert_number",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Sponsor.Principal.CertNumber = "3301061990" }},
	{name: "USCC with a letter outside its alphabet", rule: "cert.number_format", field: "sponsor.cert_number",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Sponsor.CertNumber = "91330106MA2111110I" }},
	{name: "wrong resident ID check character", rule: "cert.checksum", field: "websites[0].principal.cert_number",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Websites[0].Principal.CertNumber = "330106198808082220" }},
	{name: "wrong USCC check character", rule: "cert.checksum", field: "sponsor.cert_number",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Sponsor.CertNumber = "91330106MA2111110Q" }},
	// A village committee's code (54): the check character is right, the
	// pair is not in the table of 2015, a warning only.
	{name: "USCC of an unknown category", rule: "cert.uscc_category_unknown", field: "sponsor.cert_number",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Sponsor.CertNumber = "54330106MA2111110J" }},
	{name: "lower-case x", rule: "cert.id_lowercase_x", field: "sponsor.principal.cert_number",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Sponsor.Principal.CertNumber = "33010619900101123x" }},
	{name: "30 February", rule: "cert.id_birthdate", field: "sponsor.principal.cert_number",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Sponsor.Principal.CertNumber = withCheck("33010619900230123") }},
	{name: "born after the check date", rule: "cert.id_birthdate", field: "sponsor.principal.cert_number",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Sponsor.Principal.CertNumber = withCheck("33010620261201123") }},
	{name: "no certificate address", rule: "basic.cert_address_required", field: "sponsor.cert_address",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Sponsor.CertAddress = "" }},
	// UTS #46 lets the snowman through; IDNA2008 disallows it.
	{name: "domain with a symbol", rule: "basic.domain_format", field: "websites[0].domains[0]",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Websites[0].Domains[0] = "☃.cn" }},
	{name: "domain with scheme and path", rule: "basic.domain_format", field: "websites[0].domains[0]",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Websites[0].Domains[0] = "http://example.com/index" }},
	{name: "subdomain", rule: "basic.domain_not_registrable", field: "websites[0].domains[0]",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Websites[0].Domains[0] = "www.example.com" }},
	{name: "bare public suffix", rule: "basic.domain_not_registrable", field: "websites[0].domains[0]",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Websites[0].Domains[0] = "com.cn" }},
	{name: "holder record of another name", rule: "basic.holder_must_match", field: "websites[0].domains[0]",
		base: validEnterprise, mutate: func(*filing.Application) {},
		opts: []rules.Option{rules.WithHolder(fakeHooks{holder: rules.Holder{Name: "别的公司"}})}},
	{name: "order in progress", rule: "conflict.order_in_progress", field: "websites[0].domains[0]",
		base: validEnterprise, mutate: func(*filing.Application) {},
		opts: []rules.Option{rules.WithConflicts(fakeHooks{conflicts: []rules.Conflict{{Rule: "conflict.order_in_progress", Field: "websites[0].domains[0]"}}})}},
	{name: "subject exists", rule: "conflict.subject_exists", field: "sponsor.cert_number",
		base: validEnterprise, mutate: func(*filing.Application) {},
		opts: []rules.Option{rules.WithConflicts(fakeHooks{conflicts: []rules.Conflict{{Rule: "conflict.subject_exists", Field: "sponsor.cert_number"}}})}},
	{name: "domain filed", rule: "conflict.domain_filed", field: "websites[0].domains[0]",
		base: validEnterprise, mutate: func(*filing.Application) {},
		opts: []rules.Option{rules.WithConflicts(fakeHooks{conflicts: []rules.Conflict{{Rule: "conflict.domain_filed", Field: "websites[0].domains[0]"}}})}},
	{name: "certificate filed", rule: "conflict.cert_filed", field: "sponsor.cert_number",
		base: validEnterprise, mutate: func(*filing.Application) {},
		opts: []rules.Option{rules.WithConflicts(fakeHooks{conflicts: []rules.Conflict{{Rule: "conflict.cert_filed", Field: "sponsor.cert_number"}}})}},

	// Sponsor (guide §2).
	{name: "no mailing address", rule: "sponsor.address_required", field: "sponsor.mailing_address",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Sponsor.MailingAddress = "" }},
	{name: "@ in the address", rule: "sponsor.address_special_chars", field: "sponsor.mailing_address",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Sponsor.MailingAddress += "@" }},
	{name: "address without door number", rule: "sponsor.address_not_detailed", field: "sponsor.mailing_address",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Sponsor.MailingAddress = "浙江省杭州市西湖区某某路" }},
	{name: "unit without investor", rule: "sponsor.investor_required", field: "sponsor.investor",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Sponsor.Investor = "" }},
	{name: "personal investor of another name", rule: "sponsor.investor_personal_mismatch", field: "sponsor.investor",
		base: validPersonal, mutate: func(a *filing.Application) { a.Sponsor.Investor = "王五" }},

	// Principals (guide §2, §3.1).
	{name: "website principal without name", rule: "principal.name_required", field: "websites[0].principal.name",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Websites[0].Principal.Name = "" }},
	{name: "unit site with neither a principal nor reuse", rule: "principal.name_required", field: "websites[0].principal.name",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Websites[0].Principal = nil }},
	{name: "subject principal without name", rule: "principal.name_required", field: "sponsor.principal.name",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Sponsor.Principal.Name = "" }},
	{name: "personal principal of another name", rule: "principal.personal_must_be_sponsor", field: "sponsor.principal.name",
		base: validPersonal, mutate: func(a *filing.Application) { a.Sponsor.Principal.Name = "王五" }},
	{name: "legal representative required (overlay)", rule: "principal.legal_rep_required", field: "sponsor.principal.is_legal_representative",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Sponsor.Principal.IsLegalRepresentative = false },
		set: rules.VendorKB2025, also: []string{"principal.mobile_province"}},
	{name: "principal with a business licence", rule: "principal.cert_type_invalid", field: "websites[0].principal.cert_type",
		base: validEnterprise, mutate: func(a *filing.Application) {
			a.Websites[0].Principal.CertType, a.Websites[0].Principal.CertNumber = filing.CertBusinessLicence, "91330106MA2111110P"
		}},
	{name: "ID valid exactly 3 months", rule: "principal.id_expiring", field: "sponsor.principal.cert_expiry",
		base: validEnterprise, mutate: func(a *filing.Application) {
			a.Sponsor.Principal.CertExpiry = filing.Expiry{Date: filing.Date{Year: 2027, Month: 2, Day: 28}}
		}},
	{name: "no expiry given", rule: "principal.id_expiry_unknown", field: "websites[0].principal.cert_expiry",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Websites[0].Principal.CertExpiry = filing.Expiry{} }},
	{name: "mobile in no block", rule: "principal.mobile_format", field: "sponsor.principal.mobile",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Sponsor.Principal.Mobile = "12800138000" }},
	{name: "unit principal without contact 2", rule: "principal.contact2_required", field: "websites[0].principal.contact2",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Websites[0].Principal.Contact2 = "" }},
	{name: "contact 2 of letters", rule: "principal.contact2_format", field: "sponsor.principal.contact2",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Sponsor.Principal.Contact2 = "abc" }},
	{name: "Tianjin personal contact 2 is the own mobile (overlay)", rule: "principal.contact2_kind_province", field: "sponsor.principal.contact2",
		base: validPersonal, mutate: func(a *filing.Application) {
			a.Sponsor.Region = filing.Region{Province: "天津市", District: "和平区"}
			a.Sponsor.MailingAddress = "天津市和平区某某路3号501室"
			a.Sponsor.Principal.Contact2 = "13900139000"
		}, set: rules.VendorKB2025, also: []string{"principal.mobile_province"}},
	{name: "emergency number too short", rule: "principal.emergency_mobile_format", field: "sponsor.principal.emergency_mobile",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Sponsor.Principal.EmergencyMobile = "12345" }},
	{name: "emergency number is the own mobile", rule: "principal.emergency_same_as_mobile", field: "sponsor.principal.emergency_mobile",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Sponsor.Principal.EmergencyMobile = "138-0013-8000" }},
	{name: "e-mail without domain", rule: "principal.email_format", field: "websites[0].principal.email",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Websites[0].Principal.Email = "lisi@" }},
	{name: "mobile province hint (overlay)", rule: "principal.mobile_province", field: "sponsor.principal.mobile",
		base: validPersonal, mutate: func(*filing.Application) {}, set: rules.VendorKB2025},

	// Websites (guide §3.1).
	{name: "no website", rule: "website.required", field: "websites",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Websites = nil }},
	{name: "two domains in a first filing", rule: "website.one_domain", field: "websites[0].domains",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Websites[0].Domains = append(a.Websites[0].Domains, "example.net") }},
	{name: "same domain twice", rule: "website.domain_duplicate", field: "websites[1].domains[0]",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Websites = append(a.Websites, site("EXAMPLE.com")) }},
	{name: "personal site as unit portal", rule: "website.content_personal", field: "websites[0].content_type",
		base: validPersonal, mutate: func(a *filing.Application) { a.Websites[0].ContentType = filing.UnitPortal }},
	{name: "unknown content type", rule: "website.content_type_unknown", field: "websites[0].content_type",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Websites[0].ContentType = "blog" }},
	{name: "unknown service type", rule: "website.service_type_unknown", field: "websites[0].service_type",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Websites[0].ServiceType = "" }},
	{name: "no language", rule: "website.language_required", field: "websites[0].languages",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Websites[0].Languages = nil }},
	{name: "language that is no BCP 47 tag", rule: "website.language_required", field: "websites[0].languages[1]",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Websites[0].Languages = []string{"en", "中文!"} }},
	{name: "news without pre-approval", rule: "website.pre_approval_missing", field: "websites[0].sectors[0]",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Websites[0].Sectors = []filing.Sector{filing.SectorNews} }},
	{name: "personal site with its own principal", rule: "website.principal_personal_reuse", field: "websites[0].principal",
		base: validPersonal, mutate: func(a *filing.Application) {
			p := a.Sponsor.Principal
			a.Websites[0].ReuseSubjectPrincipal, a.Websites[0].Principal = false, &p
		}},
	{name: "no access at all", rule: "website.access_missing", field: "websites[0].access",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Websites[0].Access = filing.Access{} }},
	{name: "cloud server without IP", rule: "website.access_missing", field: "websites[0].access.ips",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Websites[0].Access.IPs = nil }},
	{name: "service number not a UUID", rule: "website.service_number_format", field: "websites[0].access.service_number",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Websites[0].Access = filing.Access{ServiceNumber: "32a43232-a888"} }},
	{name: "private IP", rule: "website.ip_invalid", field: "websites[0].access.ips[0]",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Websites[0].Access.IPs = []string{"10.0.0.1"} }},
	{name: "change adds a domain", rule: "website.domain_change_forbidden", field: "websites[0].domains[0]",
		base: validEnterprise, mutate: func(a *filing.Application) {
			a.Type = filing.ChangeWebsite
			a.Websites[0].PreviousDomains, a.Websites[0].Domains = []string{"example.com"}, []string{"example.net"}
		}, also: []string{"sms.new_mobile"}},
	{name: "name unrelated to the sponsor", rule: "website.name_related_to_sponsor", field: "websites[0].name",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Websites[0].Name = "蓝天白云之家" }},

	// Several websites (guide §3.2), access (guide §4).
	{name: "two sites in Hubei", rule: "website.count_province_limit", field: "websites",
		base: validEnterprise, mutate: func(a *filing.Application) {
			a.Sponsor.Region = filing.Region{Province: "湖北省", City: "武汉市", District: "洪山区"}
			a.Sponsor.MailingAddress = "湖北省武汉市洪山区某某路1号301室"
			a.Websites = append(a.Websites, site("example.net"))
		}},
	{name: "further site in Hunan", rule: "province.extra_materials", field: "",
		base: validEnterprise, mutate: func(a *filing.Application) {
			a.Type = filing.NewSiteHere
			a.Sponsor.Region = filing.Region{Province: "湖南省", City: "长沙市", District: "岳麓区"}
			a.Sponsor.MailingAddress = "湖南省长沙市岳麓区某某路1号301室"
		}, also: []string{"sms.new_mobile"}},
	{name: "server term too short", rule: "access.service_term_short", field: "websites[0].access",
		base: validEnterprise, mutate: func(*filing.Application) {},
		opts: []rules.Option{rules.WithTerm(fakeHooks{remaining: 10})}},

	// SMS notes (guide §9).
	{name: "deregistration is offline for others' subjects", rule: "sms.offline_deregistration", field: "",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Type = filing.DeregisterSubject }},
	{name: "new site may verify a new mobile", rule: "sms.new_mobile", field: "websites[0].principal.mobile",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Type = filing.NewSiteElsewhere }},
	{name: "access filing with a changed mobile", rule: "sms.access_mobile", field: "websites[0].principal.mobile",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Type = filing.AccessFiling }},
}

// TestRulesFire makes every rule fire on an application broken for it, at
// the right field, and checks that nothing else is reported.
func TestRulesFire(t *testing.T) {
	t.Parallel()
	for _, tc := range append(ruleCases, namingCases...) {
		if tc.base().Sponsor.Nature == filing.Personal && tc.rule != industryAdvice && !slices.Contains(tc.also, industryAdvice) {
			tc.also = append(tc.also, industryAdvice)
		}
		t.Run(tc.rule+"/"+tc.name, func(t *testing.T) {
			t.Parallel()
			r := tc.run(t)
			if !r.Has(tc.rule, tc.field) {
				t.Fatalf("%s not reported at %q; findings: %v", tc.rule, tc.field, ids(r))
			}
			want := append([]string{tc.rule}, tc.also...)
			slices.Sort(want)
			if diff := cmp.Diff(slices.Compact(want), ids(r)); diff != "" {
				t.Errorf("rules reported (-want +got):\n%s", diff)
			}
		})
	}
}

// ids returns the sorted distinct rule IDs of a report.
func ids(r rules.Report) []string {
	var out []string
	for _, f := range r.Findings {
		out = append(out, f.Rule)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// TestValidApplicationsReportNothing: the valid fixtures, which every case
// above starts from, report no finding at all, in both rule sets but for the
// overlay's advice on the mobile's province.
func TestValidApplicationsReportNothing(t *testing.T) {
	t.Parallel()
	for name, c := range map[string]struct {
		app    func() *filing.Application
		advice []string
	}{
		"enterprise": {validEnterprise, nil},
		"personal":   {validPersonal, []string{industryAdvice}},
	} {
		if r := rules.Default().Check(c.app(), filing.Date{}); !slices.Equal(ids(r), c.advice) || !r.OK() {
			t.Errorf("%s: default set reports %v", name, r.Findings)
		}
		r := rules.VendorKB2025().Check(c.app(), filing.Date{})
		want := append(slices.Clone(c.advice), "principal.mobile_province")
		slices.Sort(want)
		if got := ids(r); !slices.Equal(got, want) {
			t.Errorf("%s: overlay reports %v", name, got)
		}
	}
}

// TestRulesDoNotFire shows, for rules with a boundary, the good side of it.
func TestRulesDoNotFire(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name   string
		rule   string
		base   func() *filing.Application
		mutate func(*filing.Application)
		set    func() rules.RuleSet
		opts   []rules.Option
	}{
		// The checksum fails: cert.checksum reports it, the category is not
		// looked at.
		{"unknown category with a wrong check character", "cert.uscc_category_unknown", validEnterprise, func(a *filing.Application) {
			a.Sponsor.CertNumber = "54330106MA2111110K"
		}, nil, nil},
		{"USCC of a known category", "cert.uscc_category_unknown", validEnterprise, func(a *filing.Application) {
			a.Sponsor.CertNumber = "91330106MA2111110P"
		}, nil, nil},
		{"ID valid 3 months and a day", "principal.id_expiring", validEnterprise, func(a *filing.Application) {
			a.Sponsor.Principal.CertExpiry = filing.Expiry{Date: filing.Date{Year: 2027, Month: 3, Day: 1}}
		}, nil, nil},
		{"long-term ID", "principal.id_expiring", validEnterprise, func(a *filing.Application) {
			a.Sponsor.Principal.CertExpiry = filing.Expiry{LongTerm: true}
		}, nil, nil},
		{"remark says the address is the most detailed", "sponsor.address_not_detailed", validEnterprise, func(a *filing.Application) {
			a.Sponsor.MailingAddress, a.Sponsor.Remark = "浙江省杭州市西湖区某某路", "已是最详细地址"
		}, nil, nil},
		{"several domains in an access filing", "website.one_domain", validEnterprise, func(a *filing.Application) {
			a.Type = filing.AccessFiling
			a.Websites[0].Domains = []string{"example.com", "example.net"}
		}, nil, nil},
		{"shop needs no IP", "website.access_missing", validEnterprise, func(a *filing.Application) {
			a.Websites[0].Access = filing.Access{Service: filing.ServiceShop}
		}, nil, nil},
		{"service number instead of a product", "website.access_missing", validEnterprise, func(a *filing.Application) {
			a.Websites[0].Access = filing.Access{ServiceNumber: "32a43232-a888-88e8-b9ec-00888be81234"}
		}, nil, nil},
		{"news with its pre-approval", "website.pre_approval_missing", validEnterprise, func(a *filing.Application) {
			a.Websites[0].Sectors = []filing.Sector{filing.SectorNews}
			a.Websites[0].PreApprovals = []filing.PreApproval{{Sector: filing.SectorNews, Number: "国新网许可1234"}}
		}, nil, nil},
		{"change removes one of two domains", "website.domain_change_forbidden", validEnterprise, func(a *filing.Application) {
			a.Type = filing.ChangeWebsite
			a.Websites[0].PreviousDomains, a.Websites[0].Domains = []string{"example.com", "example.net"}, []string{"example.net"}
		}, nil, nil},
		{"one site in Hubei", "website.count_province_limit", validEnterprise, func(a *filing.Application) {
			a.Sponsor.Region = filing.Region{Province: "湖北省", City: "武汉市", District: "洪山区"}
		}, nil, nil},
		{"Henan unit with 5 sites", "website.count_province_limit", validEnterprise, func(a *filing.Application) {
			a.Sponsor.Region = filing.Region{Province: "河南省", City: "郑州市", District: "金水区"}
			for _, d := range []string{"a.cn", "b.cn", "c.cn", "d.cn"} {
				a.Websites = append(a.Websites, site(d))
			}
		}, nil, nil},
		{"legal representative in the overlay", "principal.legal_rep_required", validEnterprise, func(*filing.Application) {}, rules.VendorKB2025, nil},
		{"legal representative not required by the 2020 guide", "principal.legal_rep_required", validEnterprise, func(a *filing.Application) {
			a.Sponsor.Principal.IsLegalRepresentative = false
		}, nil, nil},
		{"Tianjin personal contact 2 is another mobile", "principal.contact2_kind_province", validPersonal, func(a *filing.Application) {
			a.Sponsor.Region = filing.Region{Province: "天津市", District: "和平区"}
			a.Sponsor.Principal.Contact2 = "13600136000"
		}, rules.VendorKB2025, nil},
		{"holder record matches", "basic.holder_must_match", validEnterprise, func(*filing.Application) {}, nil,
			[]rules.Option{rules.WithHolder(fakeHooks{holder: rules.Holder{Name: "杭州某某科技有限公司", CertType: filing.CertBusinessLicence, CertNumber: "91330106MA2111110P"}})}},
		{"holder look-up fails", "basic.holder_must_match", validEnterprise, func(*filing.Application) {}, nil,
			[]rules.Option{rules.WithHolder(fakeHooks{err: errors.New("registrar down")})}},
		{"no conflicts", "conflict.domain_filed", validEnterprise, func(*filing.Application) {}, nil,
			[]rules.Option{rules.WithConflicts(fakeHooks{})}},
		{"server term long enough", "access.service_term_short", validEnterprise, func(*filing.Application) {}, nil,
			[]rules.Option{rules.WithTerm(fakeHooks{remaining: 30})}},
		{"hooks absent: conflict rules do not run", "conflict.order_in_progress", validEnterprise, func(*filing.Application) {}, nil, nil},
		{"SMS notes before 2020-08-17", "sms.new_mobile", validEnterprise, func(a *filing.Application) {
			a.Type, a.AsOf = filing.NewSiteHere, filing.Date{Year: 2020, Month: 8, Day: 16}
			a.Sponsor.Principal.CertExpiry = filing.Expiry{LongTerm: true}
		}, nil, nil},
	}
	for _, tc := range cases {
		t.Run(tc.rule+"/"+tc.name, func(t *testing.T) {
			t.Parallel()
			app := tc.base()
			tc.mutate(app)
			set := rules.Default()
			if tc.set != nil {
				set = tc.set()
			}
			if r := set.Check(app, filing.Date{}, tc.opts...); r.Has(tc.rule, "") {
				t.Errorf("%s reported: %v", tc.rule, r.Findings)
			}
		})
	}
}

// TestEveryCheckedRuleHasACase walks the catalogs of both shipped sets: every
// rule with a check has a case that makes it fire, every rule has its texts,
// a source and a valid severity.
func TestEveryCheckedRuleHasACase(t *testing.T) {
	t.Parallel()
	covered := map[string]bool{}
	for _, tc := range ruleCases {
		covered[tc.rule] = true
	}
	for _, tc := range namingCases {
		covered[tc.rule] = true
	}
	for _, tc := range appCases {
		covered[tc.rule] = true
	}
	for _, set := range []rules.RuleSet{rules.Default(), rules.VendorKB2025()} {
		for _, e := range set.Catalog().Rules {
			if e.Checked && !covered[e.ID] {
				t.Errorf("%s: rule %s has no case that fires it", set.Name(), e.ID)
			}
			if e.Text.ZH == "" || e.Text.EN == "" || e.Source.IsZero() || !e.Severity.IsValid() {
				t.Errorf("%s: rule %s lacks text, source or severity: %+v", set.Name(), e.ID, e)
			}
			if strings.ContainsAny(e.Text.ZH, "%") || strings.ContainsAny(e.Text.EN, "%") {
				t.Errorf("rule %s: a message template must not contain %%", e.ID)
			}
		}
	}
}
