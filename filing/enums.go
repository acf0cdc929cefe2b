package filing

// The enumerations of the application: filing types, sponsor natures and
// certificate types are the choices of the 2020 provider guide
// "ICP备案流程(PC端)" v20200921 (§1.1; the filing types of §1.2–§1.5 and §9),
// with a few general values (government, military, private non-enterprise
// units, the USCC certificate, the organisation code certificate, the
// foreigner's permanent residence ID card) taken from public filing APIs;
// content types, service types and pre-approval sectors come from the
// vendor-kb-2025 overlay (public vendor knowledge bases and the public filing
// APIs of mini-program platforms, read 2025–2026). Each is a string type
// whose values are the wire strings of the application's JSON shape
// (docs/wire.md), so that an application decodes even when it holds a value
// this version does not know: such a value survives decoding and is reported
// by the rule engine (basic.unknown_value and friends) instead of failing the
// whole document.

// Type is the kind of filing an application asks for (the 2020
// provider guide "ICP备案流程(PC端)" v20200921 §1.2–§1.5 and §9).
type Type string

// The filing types, with the 2020 guide's section for each.
const (
	FirstFiling       Type = "first_filing"       // 首次备案 (§1.2)
	NewSiteElsewhere  Type = "new_site_elsewhere" // 新增网站, 原备案不在本接入商 (§1.3)
	NewSiteHere       Type = "new_site_here"      // 新增网站, 原备案在本接入商 (§1.4)
	AccessFiling      Type = "access"             // 接入备案 (§1.5)
	ChangeSubject     Type = "change_subject"     // 变更主体 (§9)
	ChangeWebsite     Type = "change_website"     // 变更网站 (§9, §3.1)
	ChangeAccess      Type = "change_access"      // 变更接入 (§9)
	CancelAccess      Type = "cancel_access"      // 取消接入 (§9)
	DeregisterSubject Type = "deregister_subject" // 注销主体 (§9)
	DeregisterWebsite Type = "deregister_website" // 注销网站 (§9)
)

// Nature is the legal nature of a sponsor (the 2020 provider
// guide "ICP备案流程(PC端)" v20200921 §1.1).
type Nature string

// The sponsor natures; [general] marks values not in the 2020 guide.
const (
	Personal             Nature = "personal"               // 个人
	Enterprise           Nature = "enterprise"             // 企业
	Institution          Nature = "institution"            // 事业单位
	SocialGroup          Nature = "social_group"           // 社会团体
	Government           Nature = "government"             // 政府机关 [general]
	Military             Nature = "military"               // 军队 [general]
	PrivateNonEnterprise Nature = "private_non_enterprise" // 民办非企业单位 [general]
)

// CertType is the type of a certificate (the 2020
// provider guide "ICP备案流程(PC端)" v20200921 §1.1 and §2).
type CertType string

// The certificate types; [general] marks values not in the 2020 guide.
const (
	CertResidentID           CertType = "resident_id"                 // 居民身份证
	CertBusinessLicence      CertType = "business_license"            // 工商营业执照
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

// ContentType is a website's content type (vendor-kb-2025 overlay).
type ContentType string

// The website content types of the vendor-kb-2025 overlay.
const (
	ComprehensivePortal ContentType = "comprehensive_portal" // 综合门户
	UnitPortal          ContentType = "unit_portal"          // 单位门户网站
	OtherContent        ContentType = "other"                // 其他
)

// ServiceType is a website's service type (vendor-kb-2025 overlay; hosts may add more
// through their rule sets).
type ServiceType string

// The service types of the vendor-kb-2025 overlay.
const (
	WebsiteApplication ServiceType = "website_application" // 网站应用服务
)

// Sector is a regulated sector whose sites need a pre-approval (前置审批;
// vendor-kb-2025 overlay, from the public filing APIs of mini-program
// platforms).
type Sector string

// The pre-approval sectors of the vendor-kb-2025 overlay.
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

// AccessService is the hosting product a website is served from (rule
// website.access_missing; the 2020 provider guide "ICP备案流程(PC端)"
// v20200921 §3.1).
type AccessService string

// The access services named by rule website.access_missing.
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

var filingTypes = []enumInfo[Type]{
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
	{CertBusinessLicence, "工商营业执照"},
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

// IsKnown reports whether t is one of the known filing types.
func (t Type) IsKnown() bool { _, ok := lookup(filingTypes, t); return ok }

// Chinese returns the Chinese name of t, or "" if t is unknown.
func (t Type) Chinese() string { s, _ := lookup(filingTypes, t); return s }

// FilesWebsites reports whether a filing of type t files new websites, so that
// it must carry at least one (rule website.required).
func (t Type) FilesWebsites() bool {
	return t == FirstFiling || t == NewSiteElsewhere || t == NewSiteHere || t == AccessFiling
}

// IsNewSite reports whether t creates new sites that carry one domain each:
// first filing and both new-site types (rule website.one_domain; the 2020
// provider guide "ICP备案流程(PC端)" v20200921 §3.2).
func (t Type) IsNewSite() bool {
	return t == FirstFiling || t == NewSiteElsewhere || t == NewSiteHere
}

// Types returns every known filing type in the order of its constants.
func Types() []Type { return values(filingTypes) }

// IsKnown reports whether n is one of the known natures.
func (n Nature) IsKnown() bool { _, ok := lookup(natures, n); return ok }

// Chinese returns the Chinese name of n, or "" if n is unknown.
func (n Nature) Chinese() string { s, _ := lookup(natures, n); return s }

// IsUnit reports whether n is a known nature other than personal.
func (n Nature) IsUnit() bool { return n != Personal && n.IsKnown() }

// IsState reports whether n is a state nature (government or military),
// which may use state words such as 中国 at the start of a website name
// (rule naming.state_prefix).
func (n Nature) IsState() bool { return n == Government || n == Military }

// Natures returns every known nature in the order of its constants.
func Natures() []Nature { return values(natures) }

// IsKnown reports whether c is one of the known certificate types.
func (c CertType) IsKnown() bool { _, ok := lookup(certTypes, c); return ok }

// Chinese returns the Chinese name of c, or "" if c is unknown.
func (c CertType) Chinese() string { s, _ := lookup(certTypes, c); return s }

// IsPersonal reports whether c is a certificate a natural person holds, and
// so may be a principal's certificate (rule principal.cert_type_invalid).
func (c CertType) IsPersonal() bool {
	switch c {
	case CertResidentID, CertHKMacaoPermit, CertTaiwanPermit, CertPassport, CertOfficer, CertForeignerPermanentID:
		return true
	}
	return false
}

// CarriesUSCC reports whether a certificate of type c bears an 18-character
// unified social credit code as its number (rule basic.nature_cert_mismatch).
func (c CertType) CarriesUSCC() bool {
	switch c {
	case CertBusinessLicence, CertUSCC, CertInstitution, CertSocialGroup, CertPrivateNonEnterprise:
		return true
	}
	return false
}

// CertTypes returns every known certificate type in the order of its constants.
func CertTypes() []CertType { return values(certTypes) }

// IsKnown reports whether c is one of the known content types.
func (c ContentType) IsKnown() bool { _, ok := lookup(contentTypes, c); return ok }

// Chinese returns the Chinese name of c, or "" if c is unknown.
func (c ContentType) Chinese() string { s, _ := lookup(contentTypes, c); return s }

// ContentTypes returns every known content type.
func ContentTypes() []ContentType { return values(contentTypes) }

// IsKnown reports whether s is one of the known service types.
func (s ServiceType) IsKnown() bool { _, ok := lookup(serviceTypes, s); return ok }

// Chinese returns the Chinese name of s, or "" if s is unknown.
func (s ServiceType) Chinese() string { z, _ := lookup(serviceTypes, s); return z }

// ServiceTypes returns every known service type.
func ServiceTypes() []ServiceType { return values(serviceTypes) }

// IsKnown reports whether s is one of the known pre-approval sectors.
func (s Sector) IsKnown() bool { _, ok := lookup(sectors, s); return ok }

// Chinese returns the Chinese name of s, or "" if s is unknown.
func (s Sector) Chinese() string { z, _ := lookup(sectors, s); return z }

// Sectors returns every known pre-approval sector in the order of its constants.
func Sectors() []Sector { return values(sectors) }

// IsKnown reports whether s is one of the known access services.
func (s AccessService) IsKnown() bool { _, ok := lookup(accessServices, s); return ok }

// Chinese returns the Chinese name of s, or "" if s is unknown.
func (s AccessService) Chinese() string { z, _ := lookup(accessServices, s); return z }

// NeedsIP reports whether a site on s must name at least one IP address of
// the product (every service but the shop product; rule website.access_missing).
func (s AccessService) NeedsIP() bool { return s.IsKnown() && s != ServiceShop }

// AccessServices returns every known access service.
func AccessServices() []AccessService { return values(accessServices) }
