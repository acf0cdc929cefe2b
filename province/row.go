package province

import (
	"slices"
	"strconv"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/rule"
)

// Limit is a province's limit on the websites of one order for one sponsor
// nature (rule website.count_province_limit; the 2020 provider guide §3.2).
// A zero count means no limit.
type Limit struct {
	// Sites is the maximum number of websites per order; 0: no limit.
	Sites int
	// Domains is the maximum number of domains in total per order (in the
	// filing types the limits apply to every website carries one domain
	// (rule website.one_domain), so this
	// counts new domains); 0: no limit.
	Domains int
	// FilingTypes restricts the limit to these filing types. Empty means the
	// filing types of the guide's §3.2: first_filing, new_site_elsewhere and
	// new_site_here.
	FilingTypes []filing.Type
	// Source is where the limit comes from; empty when there is no limit.
	Source rule.Source
}

// IsZero reports whether l sets no limit.
func (l Limit) IsZero() bool { return l.Sites == 0 && l.Domains == 0 }

// AppliesTo reports whether the limit applies to filing type t: t is one of
// FilingTypes, or FilingTypes is empty and t is first_filing,
// new_site_elsewhere or new_site_here.
func (l Limit) AppliesTo(t filing.Type) bool {
	if len(l.FilingTypes) == 0 {
		return t == filing.FirstFiling || t == filing.NewSiteElsewhere || t == filing.NewSiteHere
	}
	return slices.Contains(l.FilingTypes, t)
}

// Exceeded reports whether an order of filing type t with the given numbers
// of websites and domains goes beyond the limit.
func (l Limit) Exceeded(t filing.Type, sites, domains int) bool {
	if !l.AppliesTo(t) {
		return false
	}
	return (l.Sites > 0 && sites > l.Sites) || (l.Domains > 0 && domains > l.Domains)
}

func (l Limit) clone() Limit {
	l.FilingTypes = slices.Clone(l.FilingTypes)
	return l
}

// Trigger says when a province's extra [Material] is needed.
type Trigger uint8

// The triggers of the extra materials (rule province.extra_materials).
const (
	// Always: every filing in the province.
	Always Trigger = iota
	// FurtherSite: a website added once one site of the sponsor is approved
	// (湖南省, the 2020 provider guide §3.2).
	FurtherSite
	// OverLimit: more websites than the province's [Limit] allows (陕西省,
	// the 2020 provider guide §3.2).
	OverLimit
	// SitesAtLeast: an order with at least Material.Threshold websites
	// (上海, vendor-kb-2025).
	SitesAtLeast
	// DelegatePrincipal: a unit's subject principal who is not its legal
	// representative (安徽, 海南, vendor-kb-2025).
	DelegatePrincipal
	// WebsitePrincipalNotLegalRep: a website principal who is not the unit's
	// legal representative (vendor-kb-2025).
	WebsitePrincipalNotLegalRep
)

var triggerNames = [...]string{"always", "further_site", "over_limit", "sites_at_least", "delegate_principal", "website_principal_not_legal_rep"}

// String returns the snake-case name of t ("further_site"), or "Trigger(n)".
func (t Trigger) String() string {
	if int(t) < len(triggerNames) {
		return triggerNames[t]
	}
	return "Trigger(" + strconv.Itoa(int(t)) + ")"
}

// Scope says which sponsor natures a fact applies to.
type Scope uint8

// The scopes of a fact.
const (
	AllNatures   Scope = iota // every sponsor
	PersonalOnly              // personal sponsors
	UnitsOnly                 // every nature but personal
)

// Includes reports whether the scope covers nature n.
func (s Scope) Includes(n filing.Nature) bool {
	switch s {
	case AllNatures:
		return true
	case PersonalOnly:
		return n == filing.Personal
	case UnitsOnly:
		return n.IsUnit()
	}
	return false
}

// Material is an extra material or step a province asks for (rule
// province.extra_materials, advice).
type Material struct {
	// Key is a stable identifier, such as "hunan_site_plan".
	Key string
	// Name is the material's Chinese name, such as 网站建设方案书.
	Name string
	// Detail describes what the material holds and how it is handed in.
	Detail string
	// When says when it is needed; Threshold is the count of SitesAtLeast.
	When      Trigger
	Threshold int
	// Scope is the sponsor natures that need it.
	Scope Scope
	// Source is where the fact comes from.
	Source rule.Source
}

// Contact2Kind is the kind of number a province wants as a principal's
// 联系方式2 (rule principal.contact2_kind_province).
type Contact2Kind uint8

// The kinds of 联系方式2.
const (
	Contact2Either   Contact2Kind = iota // a mobile or a landline
	Contact2Mobile                       // a mobile number
	Contact2Landline                     // a landline number
)

// String returns "either", "mobile" or "landline", or "Contact2Kind(n)".
func (k Contact2Kind) String() string {
	switch k {
	case Contact2Either:
		return "either"
	case Contact2Mobile:
		return "mobile"
	case Contact2Landline:
		return "landline"
	}
	return "Contact2Kind(" + strconv.Itoa(int(k)) + ")"
}

// Contact2 is a province's rule on the kind of 联系方式2 (rule
// principal.contact2_kind_province). The 2020 provider guide does not give one for any province: Known false with Kind Contact2Either is the
// default "unknown, either", distinguishable from a sourced "either".
type Contact2 struct {
	// Known reports a sourced value; when false the other fields are the
	// default.
	Known bool
	// Kind is the kind of number required.
	Kind Contact2Kind
	// DistinctMobile allows, where Kind is Contact2Landline, a mobile number
	// different from the principal's own mobile instead (天津, vendor-kb-2025).
	DistinctMobile bool
	// Scope is the sponsor natures the rule applies to.
	Scope Scope
	// Source is where the fact comes from; empty when not Known.
	Source rule.Source
}

// LegalRepKind is what a province asks of a unit's subject principal (rule
// principal.legal_rep_required).
type LegalRepKind uint8

// The legal-representative requirements.
const (
	// LegalRepNotRequired: any person may be the subject principal.
	LegalRepNotRequired LegalRepKind = iota
	// LegalRepRequired: the subject principal must be the legal
	// representative.
	LegalRepRequired
	// LegalRepOrDelegate: the legal representative, or a delegate with a
	// letter of authorisation (listed as a [Material]).
	LegalRepOrDelegate
)

// String returns "not_required", "required" or "or_delegate", or
// "LegalRepKind(n)".
func (k LegalRepKind) String() string {
	switch k {
	case LegalRepNotRequired:
		return "not_required"
	case LegalRepRequired:
		return "required"
	case LegalRepOrDelegate:
		return "or_delegate"
	}
	return "LegalRepKind(" + strconv.Itoa(int(k)) + ")"
}

// LegalRep is a province's legal-representative rule. The 2020 provider
// guide does not give one: Known false with LegalRepNotRequired is the default.
type LegalRep struct {
	// Known reports a sourced value.
	Known bool
	// Kind is the requirement.
	Kind LegalRepKind
	// Source is where the fact comes from; empty when not Known.
	Source rule.Source
}

// Sources records where the plain fields of a [Row] come from. A zero
// Source means the field holds the default (no words, false, the unknown
// review duration).
type Sources struct {
	PersonalWords    rule.Source
	NameTemplate     rule.Source
	FooterCopyright  rule.Source
	SMSHKMacaoIDCard rule.Source
	ReviewDays       rule.Source
}

// DefaultReviewDays is the bureau review duration, in working days, assumed
// when a province's is unknown: the upper bound of the 1–20 working days of
// the 2020 provider guide (rule order.bureau_review).
const DefaultReviewDays = 20

// Row is the rule data of one provincial-level division.
// Rows returned by a [Set] are deep copies the caller may modify.
type Row struct {
	// Code is the GB/T 2260 code, such as "330000".
	Code string
	// Name is the full name, such as 浙江省 or 广西壮族自治区.
	Name string
	// Short is the short name, such as 浙江, 内蒙古 or 广西.
	Short string
	// Abbrs are the one-character abbreviations, the common form first
	// (from [filing.ProvinceAbbreviations]).
	Abbrs []string

	// Personal and Unit are the multi-site limits (rule website.count_province_limit).
	Personal, Unit Limit

	// PersonalWords are the words a personal website name may not contain
	// (rule naming.personal_forbidden_word; the 2020 provider guide,
	// 附录二), in source order without duplicates.
	PersonalWords []string
	// NameTemplate requires personal website names of the form
	// <X>的个人博客 or <X>的个人主页 (江苏省, rule naming.personal_template).
	NameTemplate bool
	// FooterCopyright requires a copyright line naming the unit in the
	// footer (江苏省, rule post.footer_copyright).
	FooterCopyright bool
	// SMSHKMacaoIDCard asks, in SMS verification with a 港澳居民来往内地通行证,
	// for the last 6 characters of the Hong Kong / Macao identity card with
	// the check character in full-width parentheses (浙江省, rule
	// sms.id_suffix_hk_macao).
	SMSHKMacaoIDCard bool
	// ExtraMaterials are the province's extra materials and steps
	// (rule province.extra_materials).
	ExtraMaterials []Material
	// Contact2 is the rule on the kind of 联系方式2.
	Contact2 Contact2
	// LegalRep is the rule on the subject principal of units.
	LegalRep LegalRep
	// ReviewDays is the bureau's expected review duration in working days
	// (1–20); ReviewDaysKnown is false when the source gives none and
	// ReviewDays is [DefaultReviewDays].
	ReviewDays      int
	ReviewDaysKnown bool

	// Sources names the source of the plain fields above.
	Sources Sources
}

// Limit returns the multi-site limit for nature n: Personal for personal
// sponsors, Unit for every other nature.
func (r Row) Limit(n filing.Nature) Limit {
	if n == filing.Personal {
		return r.Personal
	}
	return r.Unit
}

// Clone returns a deep copy of r.
func (r Row) Clone() Row {
	r.Abbrs = slices.Clone(r.Abbrs)
	r.Personal = r.Personal.clone()
	r.Unit = r.Unit.clone()
	r.PersonalWords = slices.Clone(r.PersonalWords)
	r.ExtraMaterials = slices.Clone(r.ExtraMaterials)
	return r
}

// HasPersonalWord reports whether w is on the row's personal word list.
func (r Row) HasPersonalWord(w string) bool { return slices.Contains(r.PersonalWords, w) }
