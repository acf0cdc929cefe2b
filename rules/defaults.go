package rules

import (
	"sync"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/province"
)

// Sources of the rules (RULES.md, head and §11).
const (
	// SeedSource is the seed document every default rule comes from.
	SeedSource = "ICP备案流程(PC端) 20200921"
	// VendorSource labels the later facts of RULES.md §11.
	VendorSource = "vendor-kb-2025"
	// OtherSource labels facts from other public filing guides (RULES.md §8).
	OtherSource = "public filing guides"
)

func seed(section string) string { return SeedSource + " " + section }

// DefaultDate is the date of the seed document: 2020-09-21.
var defaultDate = filing.Date{Year: 2020, Month: 9, Day: 21}

// smsSince is the first day of the SMS verification step (RULES.md §8).
var smsSince = filing.Date{Year: 2020, Month: 8, Day: 17}

// newSite are the filing types that file new sites with one domain each.
var newSite = []filing.FilingType{filing.FirstFiling, filing.NewSiteElsewhere, filing.NewSiteHere}

// Default returns the seed's rule set, "default", dated 2020-09-21: every
// rule of RULES.md §1–§5, the website-name rules of §3, the SMS notes of §8,
// and the facts of §7 and §9 listed for the catalog, reading the default
// province rows.
//
// The set is built once and shared: a RuleSet is immutable.
func Default() RuleSet { return defaultSet() }

var defaultSet = sync.OnceValue(func() RuleSet {
	return build("default", defaultDate, SeedSource, defaultRules(), province.Default(), nil)
})

// VendorKB2025 returns the overlay set "vendor-kb-2025" of RULES.md §11: the
// default rules plus the later facts, reading the overlay province rows. It
// is built on Default and never changes it.
func VendorKB2025() RuleSet { return vendorSet() }

var vendorSet = sync.OnceValue(func() RuleSet {
	p := province.VendorKB2025()
	return build(VendorSource, p.Date(), VendorSource, append(defaultRules(), vendorRules()...), p, nil)
})

// Sets returns the named rule sets this package ships, by name.
func Sets() map[string]RuleSet {
	return map[string]RuleSet{"default": Default(), VendorSource: VendorKB2025()}
}

func defaultRules() []Rule {
	rs := []Rule{
		// §1 基础信息校验
		{ID: "basic.region_unknown", Severity: Error, Source: seed("§1.1"), Check: checkRegion,
			ZH: "{field}不在备案地区列表中，请从列表中选择", EN: "The {field} is not in the list of filing regions; choose one from the list."},
		{ID: "basic.region_nearby_needs_remark", Severity: Advice, Source: seed("§1.1"), Check: checkRegionRemark,
			ZH: "通信地址中未见所选区县“{district}”；如实际所在区县不在列表中，请选择最近的区县并在备注中说明",
			EN: "The mailing address does not name the district chosen ({district}); if the real district is not listed, choose the nearest and say so in the remark."},
		{ID: "basic.nature_cert_mismatch", Severity: Error, Source: seed("§1.1"), Check: checkNatureCert,
			ZH: "主办者证件类型与主办者性质不符", EN: "The sponsor's certificate type does not fit its nature."},
		{ID: "basic.name_required", Severity: Error, Source: seed("§1.1"), Check: shapeRule("sponsor.name"),
			ZH: "请填写主办者名称（不能有首尾空格或控制字符）", EN: "Enter the sponsor's name (no leading or trailing spaces, no control characters)."},
		{ID: "basic.unknown_value", Severity: Error, Source: seed("§1.1"), Check: checkUnknownValues,
			ZH: "{field}的取值“{value}”无效", EN: "“{value}” is not a valid {field}."},
		{ID: "cert.number_format", Severity: Error, Source: seed("§1.1"), Check: checkCert("cert.number_format"),
			ZH: "{field}格式不正确", EN: "The {field} has the wrong format."},
		{ID: "cert.checksum", Severity: Error, Source: seed("§1.1"), Check: checkCert("cert.checksum"),
			ZH: "{field}校验位不正确，请核对", EN: "The check character of the {field} is wrong; check the number."},
		{ID: "cert.id_lowercase_x", Severity: Error, Source: seed("§2, §3.1"), Check: checkCert("cert.id_lowercase_x"),
			ZH: "身份证号码中含有字母X，需输入大写X", EN: "The ID number contains the letter X: enter it in upper case."},
		{ID: "cert.id_birthdate", Severity: Error, Source: seed("§1.1"), Check: checkCert("cert.id_birthdate"),
			ZH: "{field}中的出生日期无效", EN: "The birth date in the {field} is not a valid date."},
		{ID: "basic.cert_address_required", Severity: Error, Source: seed("§1.1"), Check: shapeRule("sponsor.cert_address"),
			ZH: "请填写证件住所", EN: "Enter the address on the certificate."},
		{ID: "basic.domain_format", Severity: Error, Source: seed("§1.1"), Check: checkDomainFormat,
			ZH: "域名“{value}”格式不正确，请填写如 aliyun.com 的域名，不含 http://、端口或路径",
			EN: "“{value}” is not a valid domain: enter a domain such as aliyun.com, without http://, port or path."},
		{ID: "basic.domain_not_registrable", Severity: Error, Source: seed("§1.1"), Check: checkDomainRegistrable,
			ZH: "“{value}”不是可备案的主域名，请填写主域名[（如 {registrable}）]，不能是子域名或公共后缀",
			EN: "“{value}” is not a registrable domain: enter the registrable domain[ ({registrable})], not a subdomain or a public suffix."},
		{ID: "basic.holder_must_match", Severity: Advice, Source: seed("§1.1"), Hook: HookHolder, Check: checkHolder,
			ZH: "域名{domain}的实名认证信息需与主办者名称、证件类型和号码一致",
			EN: "The real-name record of {domain} must match the sponsor's name, certificate type and number."},
		{ID: "conflict.order_in_progress", Severity: Error, Source: seed("§1.1"), Hook: HookConflicts, Check: checkConflict("conflict.order_in_progress"),
			ZH: "该域名或证件已有备案订单在进行中", EN: "This domain or certificate already has a filing order in progress."},
		{ID: "conflict.subject_exists", Severity: Error, Source: seed("§1.1"), Hook: HookConflicts, Check: checkConflict("conflict.subject_exists"),
			ZH: "该域名的备案主体已存在", EN: "The subject of this domain is already filed."},
		{ID: "conflict.domain_filed", Severity: Error, Source: seed("§1.1"), Hook: HookConflicts, Check: checkConflict("conflict.domain_filed"),
			ZH: "该域名已备案", EN: "This domain is already filed."},
		{ID: "conflict.cert_filed", Severity: Error, Source: seed("§1.1"), Hook: HookConflicts, Check: checkConflict("conflict.cert_filed"),
			ZH: "该证件已备案", EN: "This certificate is already filed."},

		// §2 主办者信息
		{ID: "sponsor.address_required", Severity: Error, Source: seed("§2"), Check: shapeRule("sponsor.mailing_address"),
			ZH: "请填写通信地址", EN: "Enter the mailing address."},
		{ID: "sponsor.address_special_chars", Severity: Error, Source: seed("§2"), Check: checkAddressChars,
			ZH: "通信地址不能包含特殊字符“{char}”", EN: "The mailing address may not contain the special character “{char}”."},
		{ID: "sponsor.address_not_detailed", Severity: Warning, Source: seed("§2"), Check: checkAddressDetailed,
			ZH: "通信地址需详细到门牌号；如已是最详细地址，请在备注中说明“已是最详细地址”",
			EN: "The mailing address must reach a door number; if it is already the most detailed, say so in the remark (最详细)."},
		{ID: "sponsor.investor_required", Severity: Error, Source: seed("§2"), Check: checkInvestorRequired,
			ZH: "请填写投资人或主管单位", EN: "Enter the investor or competent authority."},
		{ID: "sponsor.investor_personal_mismatch", Severity: Error, Source: seed("§2"), Check: checkInvestorPersonal,
			ZH: "个人备案的投资人须为主办者本人", EN: "For a personal filing the investor must be the sponsor."},

		// §2 and §3.1 负责人
		{ID: "principal.name_required", Severity: Error, Source: seed("§2, §3.1"), Check: shapeRule("sponsor.principal.name", "websites[].principal.name"),
			ZH: "请填写{field}", EN: "Enter the {field}."},
		{ID: "principal.personal_must_be_sponsor", Severity: Error, Source: seed("§2"), Check: checkPersonalPrincipal,
			ZH: "个人备案的主体负责人须为主办者本人，{field}须与主办者一致",
			EN: "For a personal filing the subject principal is the sponsor: the {field} must equal the sponsor's."},
		{ID: "principal.legal_rep_required", Severity: Warning, Source: seed("§2"), Check: checkLegalRep,
			ZH: "{province}要求单位主体负责人为法定代表人", EN: "{province} requires the subject principal of a unit to be its legal representative."},
		{ID: "principal.cert_type_invalid", Severity: Error, Source: seed("§2, §3.1"), Check: checkPrincipalCertType,
			ZH: "{field}须为个人证件", EN: "The {field} must be a personal certificate."},
		{ID: "principal.id_expiring", Severity: Error, Source: seed("§2"), Check: checkIDExpiring,
			ZH: "请确保身份证有效期大于3个月（须晚于{must_be_after}）", EN: "The ID card must stay valid for more than 3 months (after {must_be_after})."},
		{ID: "principal.id_expiry_unknown", Severity: Advice, Source: seed("§2"), Check: checkIDExpiryUnknown,
			ZH: "请填写{field}，身份证有效期须大于3个月", EN: "Give the {field}: the ID card must stay valid for more than 3 months."},
		{ID: "principal.mobile_format", Severity: Error, Source: seed("§2, §3.1"), Check: shapeRuleValue(filing.MaskPhone, "sponsor.principal.mobile", "websites[].principal.mobile"),
			ZH: "{field}须为11位中国大陆手机号码", EN: "The {field} must be an 11-digit mainland mobile number."},
		{ID: "principal.contact2_required", Severity: Error, Source: seed("§2, §3.1"), Check: checkContact2Required,
			ZH: "请填写{field}", EN: "Enter the {field}."},
		{ID: "principal.contact2_format", Severity: Error, Source: seed("§2, §3.1"), Check: checkContact2Format,
			ZH: "{field}须为手机号码或固定电话（如 086-022-78954321）", EN: "The {field} must be a mobile number or a landline such as 086-022-78954321."},
		{ID: "principal.contact2_kind_province", Severity: Error, Source: seed("§2"), Check: checkContact2Kind,
			ZH: "{province}要求{field}为{kind_zh}", EN: "{province} requires the {field} to be a {kind} number."},
		{ID: "principal.emergency_mobile_format", Severity: Error, Source: seed("§2, §3.1"), Check: shapeRuleValue(filing.MaskPhone, "sponsor.principal.emergency_mobile", "websites[].principal.emergency_mobile"),
			ZH: "{field}须为11位中国大陆手机号码", EN: "The {field} must be an 11-digit mainland mobile number."},
		{ID: "principal.emergency_same_as_mobile", Severity: Warning, Source: seed("§2, §3.1"), Check: checkEmergencySame,
			ZH: "应急联系电话不能与负责人手机号码相同", EN: "The emergency number should differ from the principal's own mobile."},
		{ID: "principal.email_format", Severity: Error, Source: seed("§2, §3.1"), Check: shapeRuleValue(filing.MaskEmail, "sponsor.principal.email", "websites[].principal.email"),
			ZH: "{field}格式不正确", EN: "The {field} is not a valid e-mail address."},

		// §3 网站信息
		{ID: "website.required", Severity: Error, Source: seed("§3.1"), Check: checkWebsiteRequired,
			ZH: "请至少填写一个网站", EN: "Add at least one website."},
		{ID: "website.one_domain", Severity: Error, Source: seed("§3.2"), Types: newSite, Check: checkOneDomain,
			ZH: "每个网站只能填写一个域名", EN: "Each website carries exactly one domain."},
		{ID: "website.domain_duplicate", Severity: Error, Source: seed("§3.1"), Check: checkDomainDuplicate,
			ZH: "域名{domain}在同一订单的多个网站中重复", EN: "The domain {domain} appears in more than one website of the order."},
		{ID: "website.content_personal", Severity: Error, Source: seed("§3.1"), Check: checkContentPersonal,
			ZH: "个人网站的内容类型只能选择“其他”", EN: "A personal site's content type must be “other”."},
		{ID: "website.content_type_unknown", Severity: Error, Source: seed("§3.1"), Check: checkContentType,
			ZH: "网站内容类型“{value}”无效", EN: "“{value}” is not a valid content type."},
		{ID: "website.service_type_unknown", Severity: Error, Source: seed("§3.1"), Check: checkServiceType,
			ZH: "网站服务类型“{value}”无效", EN: "“{value}” is not a valid service type."},
		{ID: "website.language_required", Severity: Error, Source: seed("§3.1"), Check: checkLanguages,
			ZH: "请选择网站语言", EN: "Choose the site's language (a BCP 47 tag such as zh-Hans)."},
		{ID: "website.pre_approval_missing", Severity: Error, Source: seed("§3.1"), Check: checkPreApproval,
			ZH: "涉及前置审批的网站须提供前置审批文件", EN: "A site in a regulated sector must carry its pre-approval document."},
		{ID: "website.principal_personal_reuse", Severity: Error, Source: seed("§3.1"), Check: checkPersonalReuse,
			ZH: "个人备案不支持填写网站负责人，网站负责人须为主体负责人", EN: "A personal filing cannot name a website principal: it is the subject principal."},
		{ID: "website.access_missing", Severity: Error, Source: seed("§3.1, §4"), Check: checkAccessMissing,
			ZH: "请选择接入的云产品及其IP，或填写备案服务号", EN: "Choose the cloud product and its IP, or give a filing service number."},
		{ID: "website.service_number_format", Severity: Error, Source: seed("§3.1"), Check: checkServiceNumber,
			ZH: "备案服务号格式不正确", EN: "The filing service number has the wrong format."},
		{ID: "website.ip_invalid", Severity: Error, Source: seed("§3.1"), Check: checkIPs,
			ZH: "IP地址“{value}”须为公网IP", EN: "“{value}” must be a public IP address."},
		{ID: "website.domain_change_forbidden", Severity: Error, Source: seed("§3.1"), Types: []filing.FilingType{filing.ChangeWebsite}, Check: checkDomainChange,
			ZH: "变更网站时不能新增或修改域名“{value}”", EN: "A website change cannot add or alter the domain “{value}”."},
		{ID: "website.name_related_to_sponsor", Severity: Advice, Source: seed("§3.1"), Check: checkNameRelated,
			ZH: "网站名称需与主办者名称相关", EN: "The website name should relate to the sponsor's name."},

		// §4 several websites
		{ID: "website.count_province_limit", Severity: Error, Source: seed("§3.2"), Types: newSite, Check: checkCountLimit,
			ZH: "{province}每个订单最多{limit}个{unit_zh}（当前{count}个）", EN: "{province} allows at most {limit} {unit} per order ({count} given)."},
		{ID: "province.extra_materials", Severity: Advice, Source: seed("§3.2"), Types: newSite, Check: checkExtraMaterials,
			ZH: "{province}需额外提交：{material}", EN: "{province} asks for an extra material: {material}."},

		// §5 access
		{ID: "access.service_term_short", Severity: Error, Source: seed("§4"), Hook: HookTerm, Check: checkTerm,
			ZH: "服务器剩余购买时长不足（剩余{remaining_days}天，至少需要{minimum_days}天）",
			EN: "The server's remaining term is too short ({remaining_days} days left, {minimum_days} needed)."},
	}
	rs = append(rs, namingRules()...)
	rs = append(rs, smsRules()...)
	rs = append(rs, factRules()...)
	return rs
}

// vendorRules are the rules the overlay of RULES.md §11 adds to the default.
func vendorRules() []Rule {
	return []Rule{
		{ID: "principal.mobile_province", Severity: Advice, Source: VendorSource, Check: checkMobileProvince,
			ZH: "多数管局要求负责人手机号码归属{province}", EN: "Many bureaus require the principal's mobile to be registered in {province}."},
	}
}
