package filingtest

import (
	"fmt"
	"slices"
	"strings"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/internal/division"
	"pgregory.net/rapid"
)

// Defect is one named defect: a change to a valid application (as
// [Application] draws it) that makes exactly one rule fire, at one field.
type Defect struct {
	// Rule is the rule ID the defect must trigger.
	Rule string
	// Field is the path (as in a report's field) where the finding must be
	// reported, such as "sponsor.principal.cert_number" or "websites".
	Field string
	// Touches lists further paths Apply changes so that no other rule
	// fires (for example the domain made equal to the name for
	// naming.is_domain). Apply changes nothing outside Field and Touches.
	Touches []string
	// Note says in a few words what Apply does.
	Note string
	// Set is the rule set whose rule the defect breaks: "" when every set
	// has the rule, [VendorSet] when only the vendor overlay has it.
	Set string

	applies func(app *filing.Application) bool
	apply   func(app *filing.Application)
}

// AppliesTo reports whether d can be injected into app: some defects need a
// personal sponsor, a unit, a filing type, a province or a second website.
// A nil app accepts no defect.
func (d Defect) AppliesTo(app *filing.Application) bool {
	return app != nil && d.apply != nil && (d.applies == nil || d.applies(app))
}

// Apply injects d into app in place and reports true, or reports false and
// leaves app unchanged when d does not apply to it. Apply never reads a
// random source: the same application always gets the same change. Clone
// app first to keep the valid original.
func (d Defect) Apply(app *filing.Application) bool {
	if !d.AppliesTo(app) {
		return false
	}
	d.apply(app)
	return true
}

// String returns "rule@field".
func (d Defect) String() string { return d.Rule + "@" + d.Field }

// Mutate injects into app the first defect of [Defects] with the given rule
// ID that applies to it, and returns the field where the rule must fire. It
// reports false, leaving app unchanged, when no defect of that rule applies.
func Mutate(app *filing.Application, rule string) (field string, ok bool) {
	for _, d := range Defects() {
		if d.Rule == rule && d.Apply(app) {
			return d.Field, true
		}
	}
	return "", false
}

// Case is an application with one defect injected.
type Case struct {
	// App is the defective application.
	App *filing.Application
	// Defect is the defect injected into App.
	Defect Defect
}

// Defective draws a valid application of opts and one defect of [Defects]
// that applies to it, already injected. Every application accepts at least
// one defect (the address, e-mail and language defects apply to all).
func Defective(opts Options) *rapid.Generator[Case] {
	return rapid.Custom(func(t *rapid.T) Case {
		app := Application(opts).Draw(t, "application")
		var ds []Defect
		for _, d := range Defects() {
			if d.AppliesTo(app) && (d.Set == "" || d.Set == opts.RuleSet) {
				ds = append(ds, d)
			}
		}
		d := rapid.SampledFrom(ds).Draw(t, "defect")
		d.Apply(app)
		return Case{App: app, Defect: d}
	})
}

// Predicates of AppliesTo.

func isPersonal(app *filing.Application) bool { return app.Sponsor.Nature == filing.Personal }
func isUnit(app *filing.Application) bool     { return app.Sponsor.Nature.IsUnit() }
func hasSite(app *filing.Application) bool    { return len(app.Websites) > 0 }

// provinceCode returns the GB/T 2260 code of the sponsor's province, given
// as code or full name, or "".
func provinceCode(app *filing.Application) string {
	p := app.Sponsor.Region.Province
	for _, d := range mainland() {
		if d.Code == p || d.Name == p {
			return d.Code
		}
	}
	return ""
}

// templated reports whether app's websites are named by the Jiangsu
// template (rule naming.personal_template): a personal sponsor of 江苏省.
func templated(app *filing.Application) bool {
	return isPersonal(app) && provinceCode(app) == codeJiangsu
}

// nameEditable reports whether websites[0].name can be edited freely: there
// is a site and no province template constrains its name.
func nameEditable(app *filing.Application) bool { return hasSite(app) && !templated(app) }

// domainEditable reports whether websites[0].domains[0] can be replaced
// without also changing a domain on record (change_website).
func domainEditable(app *filing.Application) bool {
	return hasSite(app) && len(app.Websites[0].Domains) > 0 && app.Type != filing.ChangeWebsite
}

func residentOf(get func(*filing.Application) *filing.Principal) func(*filing.Application) bool {
	return func(app *filing.Application) bool {
		p := get(app)
		return p != nil && p.CertType == filing.CertResidentID && len(p.CertNumber) == 18
	}
}

func and(fs ...func(*filing.Application) bool) func(*filing.Application) bool {
	return func(app *filing.Application) bool {
		for _, f := range fs {
			if !f(app) {
				return false
			}
		}
		return true
	}
}

// Number changes. Each keeps every property of the number but the one
// the rule checks.

// withResidentCheck returns first17 with its right check character.
func withResidentCheck(first17 string) string { return first17 + string(ResidentIDCheck(first17)) }

// wrongResidentCheck replaces the check character of a valid ID with
// another valid-looking one.
func wrongResidentCheck(id string) string {
	for _, c := range []byte(residentIDCheck) {
		if c != id[17] {
			return id[:17] + string(c)
		}
	}
	return id
}

// lowercaseX returns a valid ID of the same region and birth date whose
// check character is X, written in lower case.
func lowercaseX(id string) string {
	for seq := range 1000 {
		first := fmt.Sprintf("%s%03d", id[:14], seq)
		if ResidentIDCheck(first) == 'X' {
			return first + "x"
		}
	}
	return id // unreachable: a third of the sequence numbers end in X
}

// impossibleBirth returns the ID with its birth date moved to 30 February of
// the same year and the right check character.
func impossibleBirth(id string) string { return withResidentCheck(id[:10] + "0230" + id[14:17]) }

// wrongUSCCCheck replaces the check character of a valid USCC.
func wrongUSCCCheck(s string) string {
	for _, c := range []byte(usccAlphabet) {
		if c != s[17] {
			return s[:17] + string(c)
		}
	}
	return s
}

// freshDomain returns an ASCII registrable domain not among app's domains.
func freshDomain(app *filing.Application, seed string) string {
	used := map[string]bool{}
	for _, w := range app.Websites {
		for _, d := range w.Domains {
			used[d] = true
		}
		for _, d := range w.PreviousDomains {
			used[d] = true
		}
	}
	for k := 1; ; k++ {
		d := fmt.Sprintf("%s%d.com", seed, k)
		if !used[d] {
			return d
		}
	}
}

// freshIDNLabel returns a label of three runes of idnAlphabet that is no
// label of app's domains.
func freshIDNLabel(app *filing.Application) string {
	used := map[string]bool{}
	for _, w := range app.Websites {
		for _, d := range slices.Concat(w.Domains, w.PreviousDomains) {
			used[strings.SplitN(d, ".", 2)[0]] = true
		}
	}
	rs := []rune(idnAlphabet)
	n := len(rs)
	for k := 0; k < n*n*n; k++ {
		l := string([]rune{rs[k%n], rs[(k/n)%n], rs[(k/n/n)%n]})
		if !used[l] {
			return l
		}
	}
	return string(rs[:4])
}

// provinceWords are, per province with a list of forbidden personal-name
// words, a word of its list that is on no other naming list (source: 附录二
// of the filing guide "ICP备案流程(PC端)" v20200921).
var provinceWords = map[string]string{
	"110000": "合伙", // 北京市
	"440000": "媒体", // 广东省
	"330000": "官网", // 浙江省
	"410000": "合伙", // 河南省
	"210000": "合伙", // 辽宁省
	"420000": "官网", // 湖北省
	"640000": "技术", // 宁夏回族自治区
	"130000": "官网", // 河北省
	"520000": "评论", // 贵州省
	"430000": "官网", // 湖南省
	"150000": "学院", // 内蒙古自治区
}

// preApprovalWords are the words of rule
// naming.personal_needs_pre_approval, each with the provinces whose list of
// rule naming.personal_province_word holds it too (a name with such a word would fire two rules there).
var preApprovalWords = []struct {
	word      string
	provinces []string
}{
	{"博客", []string{"110000", "330000", "640000", "520000", "430000", "150000"}},
	{"在线", []string{"330000", "410000", "640000", "520000", "150000"}},
	{"交流", []string{"440000", "410000", "640000", "520000"}},
	{"社区", []string{"110000", "440000", "330000", "410000", "640000", "130000", "520000"}},
	{"论坛", []string{"110000", "440000", "330000", "410000", "210000", "420000", "640000", "130000", "520000", "430000", "150000"}},
}

// preApprovalWord returns a word of naming.personal_needs_pre_approval that
// the province's own list does not hold, or "".
func preApprovalWord(province string) string {
	for _, w := range preApprovalWords {
		if !slices.Contains(w.provinces, province) {
			return w.word
		}
	}
	return ""
}

// siteLimits are the limits on the number of sites of one order that
// [Defects] exceeds (rule website.count_province_limit; the 2020 provider
// guide "ICP备案流程(PC端)" v20200921 §3.2): province code → personal and
// unit limits (0: none).
var siteLimits = map[string][2]int{
	codeHubei:   {1, 1},
	codeHunan:   {1, 1},
	codeHenan:   {3, 5},
	codeShaanxi: {4, 0},
}

func siteLimitOf(app *filing.Application) int {
	l := siteLimits[provinceCode(app)]
	if isPersonal(app) {
		return l[0]
	}
	return l[1]
}

// placeName is the name of a prefecture-level city without its suffix
// (石家庄市, GB/T 2260 130100): a place name of rule naming.personal_place_name.
const placeName = "石家庄"

// Defects returns every defect this package can inject, a fresh slice on
// each call. The rules covered are those of the filing guide (basic
// information, sponsor, websites, several websites) and of apps that an
// application alone can break.
func Defects() []Defect {
	subject := func(app *filing.Application) *filing.Principal { return &app.Sponsor.Principal }
	site := func(app *filing.Application) *filing.Principal {
		if len(app.Websites) == 0 || app.Websites[0].ReuseSubjectPrincipal {
			return nil
		}
		return app.Websites[0].Principal
	}
	ds := []Defect{
		// Basic information (the 2020 guide's §1.1).
		{Rule: "basic.region_unknown", Field: "sponsor.region.district", Note: "a district that is not in the province",
			apply: func(app *filing.Application) { app.Sponsor.Region.District = "火星区" }},
		{Rule: "basic.nature_cert_mismatch", Field: "sponsor.cert_type", Note: "a USCC-bearing certificate type the nature may not use",
			applies: func(app *filing.Application) bool { return isUnit(app) && app.Sponsor.CertType.CarriesUSCC() },
			apply: func(app *filing.Application) {
				if app.Sponsor.Nature == filing.Enterprise {
					app.Sponsor.CertType = filing.CertUSCC
				} else {
					app.Sponsor.CertType = filing.CertBusinessLicence
				}
			}},
		{Rule: "basic.name_required", Field: "sponsor.name", Note: "a control character inside the unit's name",
			applies: isUnit,
			apply: func(app *filing.Application) {
				r := []rune(app.Sponsor.Name)
				app.Sponsor.Name = string(r[:1]) + "\u0007" + string(r[1:])
			}},
		{Rule: "basic.unknown_value", Field: "websites[0].pre_approvals[0].sector", Note: "a pre-approval of an unknown sector",
			Touches: []string{"websites[0].pre_approvals"},
			applies: hasSite,
			apply: func(app *filing.Application) {
				app.Websites[0].PreApprovals = []filing.PreApproval{{Sector: "alien", Number: "许可证2024001"}}
			}},
		{Rule: "basic.cert_address_required", Field: "sponsor.cert_address", Note: "no certificate address",
			apply: func(app *filing.Application) { app.Sponsor.CertAddress = "" }},
		{Rule: "basic.domain_format", Field: "websites[0].domains[0]", Note: "the domain with a scheme",
			applies: domainEditable,
			apply:   func(app *filing.Application) { app.Websites[0].Domains[0] = "http://" + app.Websites[0].Domains[0] }},
		{Rule: "basic.domain_not_registrable", Field: "websites[0].domains[0]", Note: "a www. subdomain",
			applies: domainEditable,
			apply:   func(app *filing.Application) { app.Websites[0].Domains[0] = "www." + app.Websites[0].Domains[0] }},
		{Rule: "cert.checksum", Field: "sponsor.cert_number", Note: "a wrong USCC check character",
			applies: func(app *filing.Application) bool {
				return isUnit(app) && app.Sponsor.CertType.CarriesUSCC() && len(app.Sponsor.CertNumber) == 18
			},
			apply: func(app *filing.Application) { app.Sponsor.CertNumber = wrongUSCCCheck(app.Sponsor.CertNumber) }},
		{Rule: "cert.number_format", Field: "sponsor.cert_number", Note: "an old 15-digit registration number",
			applies: func(app *filing.Application) bool {
				return isUnit(app) && app.Sponsor.CertType.CarriesUSCC() && len(app.Sponsor.CertNumber) == 18
			},
			apply: func(app *filing.Application) { app.Sponsor.CertNumber = app.Sponsor.CertNumber[2:8] + "000123456" }},

		// Sponsor (the 2020 guide's §2).
		{Rule: "sponsor.address_required", Field: "sponsor.mailing_address", Note: "no mailing address",
			apply: func(app *filing.Application) { app.Sponsor.MailingAddress = "" }},
		{Rule: "sponsor.address_special_chars", Field: "sponsor.mailing_address", Note: "an @ after the room number",
			apply: func(app *filing.Application) { app.Sponsor.MailingAddress += "@" }},
		{Rule: "sponsor.address_not_detailed", Field: "sponsor.mailing_address", Note: "the address cut before its door number, no remark",
			applies: func(app *filing.Application) bool {
				return strings.IndexAny(app.Sponsor.MailingAddress, "0123456789") > 0 && !strings.Contains(app.Sponsor.Remark, "最详细")
			},
			apply: func(app *filing.Application) {
				a := app.Sponsor.MailingAddress
				app.Sponsor.MailingAddress = a[:strings.IndexAny(a, "0123456789")]
			}},
		{Rule: "sponsor.investor_required", Field: "sponsor.investor", Note: "a unit without investor",
			applies: isUnit,
			apply:   func(app *filing.Application) { app.Sponsor.Investor = "" }},
		{Rule: "sponsor.investor_personal_mismatch", Field: "sponsor.investor", Note: "a personal sponsor's investor is someone else",
			applies: isPersonal,
			apply:   func(app *filing.Application) { app.Sponsor.Investor = app.Sponsor.Name + "某" }},
		{Rule: "principal.personal_must_be_sponsor", Field: "sponsor.principal.name", Note: "a personal sponsor's principal has another name",
			applies: isPersonal,
			apply:   func(app *filing.Application) { app.Sponsor.Principal.Name = app.Sponsor.Name + "某" }},
		{Rule: "principal.cert_type_invalid", Field: "sponsor.principal.cert_type", Note: "the unit's business licence as the principal's certificate",
			Touches: []string{"sponsor.principal.cert_number"},
			applies: func(app *filing.Application) bool { return isUnit(app) && app.Sponsor.CertType.CarriesUSCC() },
			apply: func(app *filing.Application) {
				app.Sponsor.Principal.CertType = filing.CertBusinessLicence
				app.Sponsor.Principal.CertNumber = app.Sponsor.CertNumber
			}},

		// Websites (the 2020 guide's §3.1).
		{Rule: "website.required", Field: "websites", Note: "no website (and no app)",
			applies: func(app *filing.Application) bool { return app.Type.FilesWebsites() && hasSite(app) && !hasApps(app) },
			apply:   func(app *filing.Application) { app.Websites = nil }},
		{Rule: "website.one_domain", Field: "websites[0].domains", Note: "a second domain on a new site",
			applies: func(app *filing.Application) bool {
				p := provinceCode(app)
				return app.Type.IsNewSite() && hasSite(app) && p != codeShanxi && p != codeHainan
			},
			apply: func(app *filing.Application) {
				app.Websites[0].Domains = append(app.Websites[0].Domains, freshDomain(app, "second"))
			}},
		{Rule: "website.domain_duplicate", Field: "websites[1].domains[0]", Note: "the second site repeats the first site's domain",
			applies: func(app *filing.Application) bool {
				return len(app.Websites) > 1 && len(app.Websites[1].Domains) > 0 && domainEditable(app)
			},
			apply: func(app *filing.Application) { app.Websites[1].Domains[0] = app.Websites[0].Domains[0] }},
		{Rule: "website.content_personal", Field: "websites[0].content_type", Note: "a personal site filed as a unit portal",
			applies: func(app *filing.Application) bool { return isPersonal(app) && hasSite(app) },
			apply:   func(app *filing.Application) { app.Websites[0].ContentType = filing.UnitPortal }},
		{Rule: "website.content_type_unknown", Field: "websites[0].content_type", Note: "an unknown content type on a unit's site",
			applies: func(app *filing.Application) bool { return isUnit(app) && hasSite(app) },
			apply:   func(app *filing.Application) { app.Websites[0].ContentType = "alien" }},
		{Rule: "website.service_type_unknown", Field: "websites[0].service_type", Note: "an unknown service type",
			applies: hasSite,
			apply:   func(app *filing.Application) { app.Websites[0].ServiceType = "alien" }},
		{Rule: "website.language_required", Field: "websites[0].languages", Note: "no language",
			applies: hasSite,
			apply:   func(app *filing.Application) { app.Websites[0].Languages = nil }},
		{Rule: "website.pre_approval_missing", Field: "websites[0].sectors[0]", Note: "the news sector without its pre-approval",
			Touches: []string{"websites[0].sectors"},
			applies: func(app *filing.Application) bool { return hasSite(app) && len(app.Websites[0].PreApprovals) == 0 },
			apply:   func(app *filing.Application) { app.Websites[0].Sectors = []filing.Sector{filing.SectorNews} }},
		{Rule: "website.principal_personal_reuse", Field: "websites[0].principal", Note: "a personal site names its own principal",
			Touches: []string{"websites[0].reuse_subject_principal"},
			applies: func(app *filing.Application) bool { return isPersonal(app) && hasSite(app) },
			apply: func(app *filing.Application) {
				p := app.Sponsor.Principal
				app.Websites[0].ReuseSubjectPrincipal = false
				app.Websites[0].Principal = &p
			}},
		{Rule: "website.access_missing", Field: "websites[0].access", Note: "no service, IP or service number",
			applies: hasSite,
			apply:   func(app *filing.Application) { app.Websites[0].Access = filing.Access{} }},
		{Rule: "website.service_number_format", Field: "websites[0].access.service_number", Note: "a truncated service number",
			Touches: []string{"websites[0].access.service", "websites[0].access.ips"},
			applies: hasSite,
			apply: func(app *filing.Application) {
				app.Websites[0].Access = filing.Access{ServiceNumber: "32a43232-a888-88e8-b9ec"}
			}},
		{Rule: "website.ip_invalid", Field: "websites[0].access.ips[0]", Note: "a private IP address",
			Touches: []string{"websites[0].access"},
			applies: hasSite,
			apply: func(app *filing.Application) {
				app.Websites[0].Access = filing.Access{Service: filing.ServiceECS, IPs: []string{"192.168.1.10"}}
			}},
		{Rule: "website.domain_change_forbidden", Field: "websites[0].domains[0]", Note: "change_website alters a domain on record",
			applies: func(app *filing.Application) bool {
				return app.Type == filing.ChangeWebsite && hasSite(app) && len(app.Websites[0].Domains) > 0
			},
			apply: func(app *filing.Application) { app.Websites[0].Domains[0] = freshDomain(app, "changed") }},
		{Rule: "website.count_province_limit", Field: "websites", Note: "one site more than the province allows",
			applies: func(app *filing.Application) bool {
				return app.Type.IsNewSite() && hasSite(app) && siteLimitOf(app) > 0 && len(app.Websites) <= siteLimitOf(app)
			},
			apply: func(app *filing.Application) {
				for len(app.Websites) <= siteLimitOf(app) {
					w := Clone(&filing.Application{Websites: app.Websites[:1]}).Websites[0]
					w.Domains = []string{freshDomain(app, "more")}
					app.Websites = append(app.Websites, w)
				}
			}},

		// Website names (the 2020 guide's 附录一 and 附录二).
		{Rule: "naming.min_han", Field: "websites[0].name", Note: "a name of two Han characters",
			applies: nameEditable,
			apply:   func(app *filing.Application) { app.Websites[0].Name = string([]rune(app.Websites[0].Name)[:2]) }},
		{Rule: "naming.special_chars", Field: "websites[0].name", Note: "a star inside the name",
			applies: nameEditable,
			apply: func(app *filing.Application) {
				r := []rune(app.Websites[0].Name)
				app.Websites[0].Name = string(r[:1]) + "★" + string(r[1:])
			}},
		{Rule: "naming.state_prefix", Field: "websites[0].name", Note: "中国 before the name of a non-state sponsor",
			applies: func(app *filing.Application) bool { return hasSite(app) && !app.Sponsor.Nature.IsState() },
			apply:   func(app *filing.Application) { app.Websites[0].Name = "中国" + app.Websites[0].Name }},
		{Rule: "naming.is_domain", Field: "websites[0].name", Note: "the name equals the label of an IDN domain",
			Touches: []string{"websites[0].domains[0]"},
			applies: func(app *filing.Application) bool { return nameEditable(app) && domainEditable(app) },
			apply: func(app *filing.Application) {
				l := freshIDNLabel(app)
				app.Websites[0].Domains[0] = l + ".中国"
				app.Websites[0].Name = l
			}},
		{Rule: "naming.sensitive_word", Field: "websites[0].name", Note: "赌博 before the name",
			applies: hasSite,
			apply:   func(app *filing.Application) { app.Websites[0].Name = "赌博" + app.Websites[0].Name }},
		{Rule: "naming.personal_forbidden_word", Field: "websites[0].name", Note: "个人空间 after a personal site's name",
			applies: func(app *filing.Application) bool { return isPersonal(app) && nameEditable(app) },
			apply:   func(app *filing.Application) { app.Websites[0].Name += "个人空间" }},
		{Rule: "naming.personal_needs_pre_approval", Field: "websites[0].name", Note: "a pre-approval word after a personal site's name",
			applies: func(app *filing.Application) bool {
				return isPersonal(app) && nameEditable(app) && len(app.Websites[0].PreApprovals) == 0 && preApprovalWord(provinceCode(app)) != ""
			},
			apply: func(app *filing.Application) { app.Websites[0].Name += preApprovalWord(provinceCode(app)) }},
		{Rule: "naming.personal_province_word", Field: "websites[0].name", Note: "a word of the province's own list after a personal site's name",
			applies: func(app *filing.Application) bool {
				return isPersonal(app) && nameEditable(app) && provinceWords[provinceCode(app)] != ""
			},
			apply: func(app *filing.Application) { app.Websites[0].Name += provinceWords[provinceCode(app)] }},
		{Rule: "naming.personal_template", Field: "websites[0].name", Note: "a Jiangsu personal site's name without the template",
			applies: func(app *filing.Application) bool { return templated(app) && hasSite(app) },
			apply: func(app *filing.Application) {
				n := app.Websites[0].Name
				if i := strings.Index(n, "的个人"); i > 0 {
					app.Websites[0].Name = n[:i]
				}
			}},
		{Rule: "naming.personal_template_remark", Field: "websites[0].remark", Note: "a Jiangsu personal site without remark",
			applies: func(app *filing.Application) bool { return templated(app) && hasSite(app) },
			apply:   func(app *filing.Application) { app.Websites[0].Remark = "" }},
		{Rule: "naming.personal_person_name", Field: "websites[0].name", Note: "a personal site named after its sponsor",
			applies: func(app *filing.Application) bool {
				return isPersonal(app) && nameEditable(app) && len([]rune(app.Sponsor.Name)) >= 3 && !isPlaceName(app.Sponsor.Name)
			},
			apply: func(app *filing.Application) { app.Websites[0].Name = app.Sponsor.Name }},
		{Rule: "naming.personal_place_name", Field: "websites[0].name", Note: "a personal site named 石家庄",
			applies: func(app *filing.Application) bool {
				return isPersonal(app) && nameEditable(app) && app.Sponsor.Name != placeName
			},
			apply: func(app *filing.Application) { app.Websites[0].Name = placeName }},
	}
	ds = append(ds, principalDefects("sponsor.principal", subject, true)...)
	ds = append(ds, principalDefects("websites[0].principal", site, false)...)
	ds = append(ds, appDefects()...)
	return ds
}

// isPlaceName reports whether name is the name of a division in use, with
// or without its last character (the suffix 省, 市, 区, 县, …).
func isPlaceName(name string) bool {
	for _, d := range division.All() {
		r := []rune(d.Name)
		if d.Name == name || string(r[:len(r)-1]) == name {
			return true
		}
	}
	return false
}

// principalDefects returns the defects of the principal at path, found by
// get. The subject principal of a personal sponsor shares name and
// certificate with the sponsor, so defects of those fields apply to units
// only; a website principal exists only when a unit's site names its own.
func principalDefects(path string, get func(*filing.Application) *filing.Principal, subject bool) []Defect {
	exists := func(app *filing.Application) bool {
		if subject {
			return true
		}
		return isUnit(app) && get(app) != nil
	}
	unitOnly := isUnit
	resident := and(exists, unitOnly, residentOf(get))
	return []Defect{
		{Rule: "cert.checksum", Field: path + ".cert_number", Note: "a wrong resident ID check character",
			applies: resident,
			apply:   func(app *filing.Application) { p := get(app); p.CertNumber = wrongResidentCheck(p.CertNumber) }},
		{Rule: "cert.id_lowercase_x", Field: path + ".cert_number", Note: "a resident ID ending in lower-case x",
			applies: resident,
			apply:   func(app *filing.Application) { p := get(app); p.CertNumber = lowercaseX(p.CertNumber) }},
		{Rule: "cert.id_birthdate", Field: path + ".cert_number", Note: "a resident ID born on 30 February",
			applies: resident,
			apply:   func(app *filing.Application) { p := get(app); p.CertNumber = impossibleBirth(p.CertNumber) }},
		{Rule: "cert.number_format", Field: path + ".cert_number", Note: "a resident ID of 17 characters",
			applies: resident,
			apply:   func(app *filing.Application) { p := get(app); p.CertNumber = p.CertNumber[:17] }},
		{Rule: "principal.name_required", Field: path + ".name", Note: "no name",
			applies: and(exists, unitOnly),
			apply:   func(app *filing.Application) { get(app).Name = "" }},
		{Rule: "principal.id_expiring", Field: path + ".cert_expiry", Note: "the resident ID expires exactly 3 months after as_of",
			applies: and(exists, residentOf(get), func(app *filing.Application) bool { return app.AsOf.IsValid() }),
			apply: func(app *filing.Application) {
				get(app).CertExpiry = filing.Expiry{Date: app.AsOf.AddMonths(3)}
			}},
		{Rule: "principal.id_expiry_unknown", Field: path + ".cert_expiry", Note: "no expiry (advice)",
			applies: and(exists, residentOf(get)),
			apply:   func(app *filing.Application) { get(app).CertExpiry = filing.Expiry{} }},
		{Rule: "principal.mobile_format", Field: path + ".mobile", Note: "a mobile starting 12",
			applies: exists,
			apply:   func(app *filing.Application) { p := get(app); p.Mobile = "12" + p.Mobile[2:] }},
		{Rule: "principal.contact2_required", Field: path + ".contact2", Note: "a unit's principal without contact 2",
			applies: and(exists, unitOnly),
			apply:   func(app *filing.Application) { get(app).Contact2 = "" }},
		{Rule: "principal.contact2_format", Field: path + ".contact2", Note: "a landline of three digits",
			applies: exists,
			apply:   func(app *filing.Application) { get(app).Contact2 = "086-0571-123" }},
		{Rule: "principal.emergency_mobile_format", Field: path + ".emergency_mobile", Note: "a seven-digit emergency number",
			applies: exists,
			apply:   func(app *filing.Application) { get(app).EmergencyMobile = "1234567" }},
		{Rule: "principal.emergency_same_as_mobile", Field: path + ".emergency_mobile", Note: "the emergency number is the principal's mobile (warning)",
			applies: exists,
			apply:   func(app *filing.Application) { p := get(app); p.EmergencyMobile = p.Mobile }},
		{Rule: "principal.email_format", Field: path + ".email", Note: "an e-mail address without @",
			applies: exists,
			apply:   func(app *filing.Application) { p := get(app); p.Email = strings.Replace(p.Email, "@", "", 1) }},
	}
}
