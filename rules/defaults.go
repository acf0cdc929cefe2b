package rules

import (
	"sync"

	"github.com/beian-go/beian/rule"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/province"
)

// The names of the rule sets this package ships.
const (
	// DefaultName is the name of [Default].
	DefaultName = "default"
	// VendorKB2025Name is the name of [VendorKB2025].
	VendorKB2025Name = "vendor-kb-2025"
)

// guide returns the source of a rule of the 2020 provider guide at section.
func guide(section string) rule.Source { return rule.Guide2020(section) }

// defaultDate is the date of the 2020 provider guide: 2020-09-21.
var defaultDate = filing.Date{Year: 2020, Month: 9, Day: 21}

// newSite are the filing types that file new sites with one domain each.
var newSite = []filing.Type{filing.FirstFiling, filing.NewSiteElsewhere, filing.NewSiteHere}

// Default returns the rule set "default" of the 2020 provider guide
// ("ICP备案流程(PC端)", version 20200921), dated 2020-09-21: the checks of the
// basic information, sponsor, principals, websites and access, the
// website-name rules, the SMS notes, and the facts of the order lifecycle,
// the SMS step, the duties after approval and the footer checks listed for
// the catalog, reading the default province rows. The app rules of the MIIT
// notice of 2023 are part of it from 2023-08-04 on.
//
// The set is built once and shared: a RuleSet is immutable.
func Default() RuleSet { return defaultSet() }

var defaultSet = sync.OnceValue(func() RuleSet {
	return build(DefaultName, defaultDate, rule.Guide2020(""), defaultRules(), province.Default(), nil)
})

// VendorKB2025 returns the overlay set "vendor-kb-2025": the default rules
// plus the later facts of public vendor knowledge bases and filing guides
// (read 2025–2026), reading the overlay province rows. It is built on
// Default and never changes it.
func VendorKB2025() RuleSet { return vendorSet() }

var vendorSet = sync.OnceValue(func() RuleSet {
	p := province.VendorKB2025()
	return build(VendorKB2025Name, p.Date(), rule.VendorKB2025(""), append(defaultRules(), vendorRules()...), p, nil)
})

// Sets returns the named rule sets this package ships, by name.
func Sets() map[string]RuleSet {
	return map[string]RuleSet{DefaultName: Default(), VendorKB2025Name: VendorKB2025()}
}

func defaultRules() []Rule {
	rs := []Rule{
		basicRegionUnknown,
		basicRegionNearbyNeedsRemark,
		basicNatureCertMismatch,
		basicNameRequired,
		basicUnknownValue,
		certNumberFormat,
		certChecksum,
		certIdLowercaseX,
		certIdBirthdate,
		certUSCCCategoryUnknown,
		basicCertAddressRequired,
		basicDomainFormat,
		basicDomainNotRegistrable,
		basicHolderMustMatch,
		conflictOrderInProgress,
		conflictSubjectExists,
		conflictDomainFiled,
		conflictCertFiled,
		sponsorAddressRequired,
		sponsorAddressSpecialChars,
		sponsorAddressNotDetailed,
		sponsorInvestorRequired,
		sponsorInvestorPersonalMismatch,
		principalNameRequired,
		principalPersonalMustBeSponsor,
		principalLegalRepRequired,
		principalCertTypeInvalid,
		principalIdExpiring,
		principalIdExpiryUnknown,
		principalMobileFormat,
		principalContact2Required,
		principalContact2Format,
		principalContact2KindProvince,
		principalEmergencyMobileFormat,
		principalEmergencySameAsMobile,
		principalEmailFormat,
		websiteRequired,
		websiteOneDomain,
		websiteDomainDuplicate,
		websiteContentPersonal,
		websiteContentTypeUnknown,
		websiteServiceTypeUnknown,
		websiteLanguageRequired,
		websitePreApprovalMissing,
		websitePrincipalPersonalReuse,
		websiteAccessMissing,
		websiteServiceNumberFormat,
		websiteIpInvalid,
		websiteDomainChangeForbidden,
		websiteNameRelatedToSponsor,
		websiteCountProvinceLimit,
		provinceExtraMaterials,
		accessServiceTermShort,
	}
	rs = append(rs, namingRules()...)
	rs = append(rs, smsRules()...)
	rs = append(rs, factRules()...)
	rs = append(rs, appRules()...)
	return rs
}

// vendorRules are the rules the vendor-kb-2025 overlay adds to the default.
func vendorRules() []Rule {
	return append([]Rule{
		principalMobileProvince,
	}, vendorAppRules()...)
}
