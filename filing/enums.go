package filing

// The enumerations of RULES.md §0 and §11. Each is a string type whose values
// are the wire strings of WIRE.md, so that an application decodes even when it
// holds a value this version does not know: such a value survives decoding and
// is reported by the rule engine (basic.unknown_value and friends) instead of
// failing the whole document.

// FilingType is the kind of filing an application asks for (RULES.md §0).
type FilingType string

// The filing types of RULES.md §0 "Filing types".
const (
	FirstFiling       FilingType = "first_filing"       // 首次备案 (§1.2)
	NewSiteElsewhere  FilingType = "new_site_elsewhere" // 新增网站, 原备案不在本接入商 (§1.3)
	NewSiteHere       FilingType = "new_site_here"      // 新增网站, 原备案在本接入商 (§1.4)
	AccessFiling      FilingType = "access"             // 接入备案 (§1.5)
	ChangeSubject     FilingType = "change_subject"     // 变更主体 (§9)
	ChangeWebsite     FilingType = "change_website"     // 变更网站 (§9, §3.1)
	ChangeAccess      FilingType = "change_access"      // 变更接入 (§9)
	CancelAccess      FilingType = "cancel_access"      // 取消接入 (§9)
	DeregisterSubject FilingType = "deregister_subject" // 注销主体 (§9)
	DeregisterWebsite FilingType = "deregister_website" // 注销网站 (§9)
)

// Nature is the legal nature of a sponsor (RULES.md §0 "Sponsor natures").
type Nature string

// The sponsor natures of RULES.md §0.
const (
	Personal             Nature = "personal"               // 个人
	Enterprise           Nature = "enterprise"             // 企业
	Institution          Nature = "institution"            // 事业单位
	SocialGroup          Nature = "social_group"           // 社会团体
	Government           Nature = "government"             // 政府机关 [general]
	Military             Nature = "military"               // 军队 [general]
	PrivateNonEnterprise Nature = "private_non_enterprise" // 民办非企业单位 [general]
)

// CertType is the type of a certificate (RULES.md §0 "Certificate types").
type CertType string

// The certificate types of RULES.md §0.
const (
	CertResidentID           CertType = "resident_id"                 // 居民身份证
	CertBusinessLicense      CertType = "business_license"            // 工商营业执照
	CertUSCC                 CertType = "uscc_certificate"            // 统一社会信用代码证书 [general]
	CertOrgCode              CertType = "org_code"                    // 组织机构代码证 [general]
	CertInstitution          CertType = "institution_license"         // 事业单位法人证书
	CertSocialGroup          CertType = "social_group_cert"           // 社会团体法人登记证书
	CertPrivateNonEnterprise CertType = "private_non_enterprise_cert" // 民办非企业单位登记证书
	CertMilitary             CertType = "military_cert"               // 军队代号
	CertHKMacaoPermit        CertType = "hk_macao_permit"             // 港澳居民来往内地通行证
	CertTaiwanPermit         CertType = "taiwan_permit"               // 台湾居民来往大陆通行证
	CertPassport             CertType = "passport"                    // 护照
	CertOfficer              CertType = "officer_cert"                // 军官证
	CertForeignerPermanentID CertType = "foreigner_permanent_id"      // 外国人永久居留身份证 [general]
)

// ContentType is a website's content type (RULES.md §11).
type ContentType string

// The website content types of RULES.md §11.
const (
	ComprehensivePortal ContentType = "comprehensive_portal" // 综合门户
	UnitPortal          ContentType = "unit_portal"          // 单位门户网站
	OtherContent        ContentType = "other"                // 其他
)

// ServiceType is a website's service type (RULES.md §11; hosts may add more
// through their rule sets).
type ServiceType string

// The service types of RULES.md §11.
const (
	WebsiteApplication ServiceType = "website_application" // 网站应用服务
)

// Sector is a regulated sector whose sites need a pre-approval (前置审批,
// RULES.md §11).
type Sector string

// The pre-approval sectors of RULES.md §11.
const (
	SectorNews              Sector = "news"                // 新闻
	SectorPublishing        Sector = "publishing"          // 出版
	SectorEducation         Sector = "education"           // 教育
	SectorMedical           Sector = "medical"             // 医疗保健
	SectorDrugsDevices      Sector = "drugs_devices"       // 药品和医疗器械
	SectorBulletin          Sector = "bulletin"            // 电子公告服务
	SectorCulture           Sector = "culture"             // 文化
	SectorRadioFilmTV       Sector = "radio_film_tv"       // 广播电影电视节目
	SectorRideHailing       Sector = "ride_hailing"        // 网络预约车
	SectorInternetFinance   Sector = "internet_finance"    // 互联网金融
	SectorOffCampusTraining Sector = "off_campus_training" // 校外培训
	SectorGames             Sector = "games"               // 游戏
)

// AccessService is the hosting product a website is served from (RULES.md §3
// website.access_missing).
type AccessService string

// The access services of RULES.md §3.
const (
	ServiceECS         AccessService = "ecs"          // 云服务器
	ServiceSiteBuilder AccessService = "site_builder" // 建站市场
	ServiceLightweight AccessService = "lightweight"  // 轻量应用服务器
	ServiceVirtualHost AccessService = "virtual_host" // 云虚拟主机
	ServiceWebHosting  AccessService = "web_hosting"  // 弹性Web托管
	ServiceShop        AccessService = "shop"         // 旺铺
)

// enumInfo is one row of an enumeration table: the wire value and its Chinese
// name as used in filing consoles.
type enumInfo[T ~string] struct {
	value T
	zh    string
}

var filingTypes = []enumInfo[FilingType]{
	{FirstFiling, "首次备案"},
	{NewSiteElsewhere, "新增网站"},
	{NewSiteHere, "新增网站"},
	{AccessFiling, "接入备案"},
	{ChangeSubject, "变更主体"},
	{ChangeWebsite, "变更网站"},
	{ChangeAccess, "变更接入"},
	{CancelAccess, "取消接入"},
	{DeregisterSubject, "注销主体"},
	{DeregisterWebsite, "注销网站"},
}

var natures = []enumInfo[Nature]{
	{Personal, "个人"},
	{Enterprise, "企业"},
	{Institution, "事业单位"},
	{SocialGroup, "社会团体"},
	{Government, "政府机关"},
	{Military, "军队"},
	{PrivateNonEnterprise, "民办非企业单位"},
}

var certTypes = []enumInfo[CertType]{
	{CertResidentID, "居民身份证"},
	{CertBusinessLicense, "工商营业执照"},
	{CertUSCC, "统一社会信用代码证书"},
	{CertOrgCode, "组织机构代码证"},
	{CertInstitution, "事业单位法人证书"},
	{CertSocialGroup, "社会团体法人登记证书"},
	{CertPrivateNonEnterprise, "民办非企业单位登记证书"},
	{CertMilitary, "军队代号"},
	{CertHKMacaoPermit, "港澳居民来往内地通行证"},
	{CertTaiwanPermit, "台湾居民来往大陆通行证"},
	{CertPassport, "护照"},
	{CertOfficer, "军官证"},
	{CertForeignerPermanentID, "外国人永久居留身份证"},
}

var contentTypes = []enumInfo[ContentType]{
	{ComprehensivePortal, "综合门户"},
	{UnitPortal, "单位门户网站"},
	{OtherContent, "其他"},
}

var serviceTypes = []enumInfo[ServiceType]{
	{WebsiteApplication, "网站应用服务"},
}

var sectors = []enumInfo[Sector]{
	{SectorNews, "新闻"},
	{SectorPublishing, "出版"},
	{SectorEducation, "教育"},
	{SectorMedical, "医疗保健"},
	{SectorDrugsDevices, "药品和医疗器械"},
	{SectorBulletin, "电子公告服务"},
	{SectorCulture, "文化"},
	{SectorRadioFilmTV, "广播电影电视节目"},
	{SectorRideHailing, "网络预约车"},
	{SectorInternetFinance, "互联网金融"},
	{SectorOffCampusTraining, "校外培训"},
	{SectorGames, "游戏"},
}

var accessServices = []enumInfo[AccessService]{
	{ServiceECS, "云服务器"},
	{ServiceSiteBuilder, "建站市场"},
	{ServiceLightweight, "轻量应用服务器"},
	{ServiceVirtualHost, "云虚拟主机"},
	{ServiceWebHosting, "弹性Web托管"},
	{ServiceShop, "旺铺"},
}

func lookup[T ~string](table []enumInfo[T], v T) (string, bool) {
	for _, e := range table {
		if e.value == v {
			return e.zh, true
		}
	}
	return "", false
}

func values[T ~string](table []enumInfo[T]) []T {
	out := make([]T, len(table))
	for i, e := range table {
		out[i] = e.value
	}
	return out
}

// IsKnown reports whether t is one of the filing types of RULES.md §0.
func (t FilingType) IsKnown() bool { _, ok := lookup(filingTypes, t); return ok }

// Chinese returns the Chinese name of t, or "" if t is unknown.
func (t FilingType) Chinese() string { s, _ := lookup(filingTypes, t); return s }

// FilesWebsites reports whether a filing of type t files new websites, so that
// it must carry at least one (RULES.md §3 website.required).
func (t FilingType) FilesWebsites() bool {
	return t == FirstFiling || t == NewSiteElsewhere || t == NewSiteHere || t == AccessFiling
}

// IsNewSite reports whether t creates new sites that carry one domain each:
// first filing and both new-site types (RULES.md §3 website.one_domain, §4).
func (t FilingType) IsNewSite() bool {
	return t == FirstFiling || t == NewSiteElsewhere || t == NewSiteHere
}

// FilingTypes returns every known filing type in the order of RULES.md §0.
func FilingTypes() []FilingType { return values(filingTypes) }

// IsKnown reports whether n is one of the natures of RULES.md §0.
func (n Nature) IsKnown() bool { _, ok := lookup(natures, n); return ok }

// Chinese returns the Chinese name of n, or "" if n is unknown.
func (n Nature) Chinese() string { s, _ := lookup(natures, n); return s }

// IsUnit reports whether n is a known nature other than personal.
func (n Nature) IsUnit() bool { return n != Personal && n.IsKnown() }

// IsState reports whether n is a state nature (government or military),
// which may use state words such as 中国 at the start of a website name
// (RULES.md §3 naming.state_prefix).
func (n Nature) IsState() bool { return n == Government || n == Military }

// Natures returns every known nature in the order of RULES.md §0.
func Natures() []Nature { return values(natures) }

// IsKnown reports whether c is one of the certificate types of RULES.md §0.
func (c CertType) IsKnown() bool { _, ok := lookup(certTypes, c); return ok }

// Chinese returns the Chinese name of c, or "" if c is unknown.
func (c CertType) Chinese() string { s, _ := lookup(certTypes, c); return s }

// IsPersonal reports whether c is a certificate a natural person holds, and
// so may be a principal's certificate (RULES.md §2 principal.cert_type_invalid).
func (c CertType) IsPersonal() bool {
	switch c {
	case CertResidentID, CertHKMacaoPermit, CertTaiwanPermit, CertPassport, CertOfficer, CertForeignerPermanentID:
		return true
	}
	return false
}

// CarriesUSCC reports whether a certificate of type c bears an 18-character
// unified social credit code as its number (RULES.md §1 basic.nature_cert_mismatch).
func (c CertType) CarriesUSCC() bool {
	switch c {
	case CertBusinessLicense, CertUSCC, CertInstitution, CertSocialGroup, CertPrivateNonEnterprise:
		return true
	}
	return false
}

// CertTypes returns every known certificate type in the order of RULES.md §0.
func CertTypes() []CertType { return values(certTypes) }

// IsKnown reports whether c is one of the content types of RULES.md §11.
func (c ContentType) IsKnown() bool { _, ok := lookup(contentTypes, c); return ok }

// Chinese returns the Chinese name of c, or "" if c is unknown.
func (c ContentType) Chinese() string { s, _ := lookup(contentTypes, c); return s }

// ContentTypes returns every known content type.
func ContentTypes() []ContentType { return values(contentTypes) }

// IsKnown reports whether s is one of the service types of RULES.md §11.
func (s ServiceType) IsKnown() bool { _, ok := lookup(serviceTypes, s); return ok }

// Chinese returns the Chinese name of s, or "" if s is unknown.
func (s ServiceType) Chinese() string { z, _ := lookup(serviceTypes, s); return z }

// ServiceTypes returns every known service type.
func ServiceTypes() []ServiceType { return values(serviceTypes) }

// IsKnown reports whether s is one of the sectors of RULES.md §11.
func (s Sector) IsKnown() bool { _, ok := lookup(sectors, s); return ok }

// Chinese returns the Chinese name of s, or "" if s is unknown.
func (s Sector) Chinese() string { z, _ := lookup(sectors, s); return z }

// Sectors returns every known pre-approval sector in the order of RULES.md §11.
func Sectors() []Sector { return values(sectors) }

// IsKnown reports whether s is one of the access services of RULES.md §3.
func (s AccessService) IsKnown() bool { _, ok := lookup(accessServices, s); return ok }

// Chinese returns the Chinese name of s, or "" if s is unknown.
func (s AccessService) Chinese() string { z, _ := lookup(accessServices, s); return z }

// NeedsIP reports whether a site on s must name at least one IP address of
// the product (every service but the shop product, RULES.md §3).
func (s AccessService) NeedsIP() bool { return s.IsKnown() && s != ServiceShop }

// AccessServices returns every known access service.
func AccessServices() []AccessService { return values(accessServices) }
