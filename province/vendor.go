package province

import (
	"slices"
	"sync"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/rule"
)

// vendorDate is the date given to the vendor-kb-2025 overlay: the end of
// the year of its label vendor-kb-2025 (the documents carry no day).
var vendorDate = filing.Date{Year: 2025, Month: 12, Day: 31}

// The overlay facts, from public vendor knowledge bases read in 2025–2026,
// all with the source label vendor-kb-2025. Province codes are GB/T 2260. Never written after compile
// time.
var (
	// vendorLegalRep: the subject principal of a unit must be its legal
	// representative (河北, 山西, 内蒙古, 上海, 浙江, 河南, 湖南, 广西, 青海,
	// 宁夏, 新疆, 贵州).
	vendorLegalRep = []string{"130000", "140000", "150000", "310000", "330000", "410000", "430000", "450000", "630000", "640000", "650000", "520000"}
	// vendorDelegate: a delegate with a letter of authorisation is accepted
	// (安徽, 海南).
	vendorDelegate = []string{"340000", "460000"}
	// vendorSiteLetter: a website principal who is not the legal
	// representative needs a letter of authorisation (天津, 上海, 安徽, 福建,
	// 江西, 湖南, 湖北, 重庆, 四川, 贵州).
	vendorSiteLetter = []string{"120000", "310000", "340000", "350000", "360000", "430000", "420000", "500000", "510000", "520000"}
)

// The overlay's limits and materials.
var (
	// 山西: at most 3 new domains per order, for every nature.
	vendorShanxiLimit = Limit{Domains: 3, Source: rule.VendorKB2025("")}
	// 海南: a personal first filing carries 1 domain.
	vendorHainanLimit = Limit{Domains: 1, FilingTypes: []filing.Type{filing.FirstFiling}, Source: rule.VendorKB2025("")}
	// 上海: 30 or more websites need a 网站建设方案书.
	vendorShanghaiPlan = Material{
		Key: "shanghai_site_plan", Name: "网站建设方案书",
		Detail: "一个订单中网站数量达到30个及以上时需提供网站建设方案书",
		When:   SitesAtLeast, Threshold: 30, Scope: AllNatures, Source: rule.VendorKB2025(""),
	}
	vendorDelegateLetter = Material{
		Key: "principal_authorisation_letter", Name: "主体负责人授权书",
		Detail: "主体负责人不是法定代表人时, 需提供法定代表人签署的授权书",
		When:   DelegatePrincipal, Scope: UnitsOnly, Source: rule.VendorKB2025(""),
	}
	vendorSiteLetterMaterial = Material{
		Key: "website_principal_authorisation_letter", Name: "网站负责人授权书",
		Detail: "网站负责人不是法定代表人时, 需提供法定代表人签署的授权书",
		When:   WebsitePrincipalNotLegalRep, Scope: UnitsOnly, Source: rule.VendorKB2025(""),
	}
	// 天津: personal filings give a landline as contact 2 or, lacking one, a
	// mobile different from the principal's.
	vendorTianjinContact2 = Contact2{Known: true, Kind: Contact2Landline, DistinctMobile: true, Scope: PersonalOnly, Source: rule.VendorKB2025("")}
)

// vendorSet caches the overlay; it is built once and never modified.
var vendorSet = sync.OnceValue(func() Set {
	return Default().Derive(Meta{Name: "vendor-kb-2025", Date: vendorDate, Source: rule.VendorKB2025("")}, applyVendorKB)
})

// VendorKB2025 returns the rule set "vendor-kb-2025": [Default] with the later
// facts of public vendor knowledge bases (read in 2025–2026) laid over it (legal-representative rules, letters of
// authorisation, the limits of 山西 and 海南, 上海's site plan, 天津's contact
// 2). It is derived from Default, never a copy of it, and Default is
// unchanged.
func VendorKB2025() Set { return vendorSet() }

// applyVendorKB lays the overlay over one row.
func applyVendorKB(r *Row) {
	switch {
	case slices.Contains(vendorLegalRep, r.Code):
		r.LegalRep = LegalRep{Known: true, Kind: LegalRepRequired, Source: rule.VendorKB2025("")}
	case slices.Contains(vendorDelegate, r.Code):
		r.LegalRep = LegalRep{Known: true, Kind: LegalRepOrDelegate, Source: rule.VendorKB2025("")}
		r.ExtraMaterials = append(r.ExtraMaterials, vendorDelegateLetter)
	}
	if slices.Contains(vendorSiteLetter, r.Code) {
		r.ExtraMaterials = append(r.ExtraMaterials, vendorSiteLetterMaterial)
	}
	switch r.Code {
	case "140000":
		r.Personal, r.Unit = vendorShanxiLimit.clone(), vendorShanxiLimit.clone()
	case "460000":
		r.Personal = vendorHainanLimit.clone()
	case "310000":
		r.ExtraMaterials = append(r.ExtraMaterials, vendorShanghaiPlan)
	case "120000":
		r.Contact2 = vendorTianjinContact2
	}
}
