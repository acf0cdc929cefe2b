package filing_test

import (
	"strings"
	"testing"

	"github.com/beian-go/beian/filing"
	"github.com/google/go-cmp/cmp"
)

// enumRow is one row of an enumeration as its source gives it: the wire
// value and the Chinese name (with the source's notes in parentheses, if
// any; "" where the source gives no Chinese name).
type enumRow struct{ wire, zh string }

// The enumerations, transcribed here by hand from their sources and in their
// sources' order, independently of the tables of enums.go: a value added,
// dropped, renamed or moved there shows as a difference.

// wantFilingTypes are the filing types of the 2020 provider guide
// "ICP备案流程(PC端)" v20200921: 首次备案 (§1.2), 新增网站 (§1.3, §1.4), 接入备案
// (§1.5) and the changes and cancellations of an approved filing (§9).
var wantFilingTypes = []enumRow{
	{"first_filing", "首次备案"},
	{"new_site_elsewhere", "新增网站(原备案不在本接入商)"},
	{"new_site_here", "新增网站(原备案在本接入商)"},
	{"access", "接入备案"},
	{"change_subject", "变更主体"},
	{"change_website", "变更网站"},
	{"change_access", "变更接入"},
	{"cancel_access", "取消接入"},
	{"deregister_subject", "注销主体"},
	{"deregister_website", "注销网站"},
}

// wantNatures are the sponsor natures of the guide's §1.1, then the three
// general ones (state units and private non-enterprise units) that public
// filing APIs add.
var wantNatures = []enumRow{
	{"personal", "个人"},
	{"enterprise", "企业"},
	{"institution", "事业单位"},
	{"social_group", "社会团体"},
	{"government", "政府机关"},                // general
	{"military", "军队"},                    // general
	{"private_non_enterprise", "民办非企业单位"}, // general
}

// wantCertTypes are the certificate types of the guide's §1.1 and §2, with
// the general ones (USCC certificate, organisation code certificate,
// foreigner's permanent residence ID card) in their places.
var wantCertTypes = []enumRow{
	{"resident_id", "居民身份证"},
	{"business_license", "工商营业执照"},
	{"uscc_certificate", "统一社会信用代码证书"}, // general
	{"org_code", "组织机构代码证"},            // general
	{"institution_license", "事业单位法人证书"},
	{"social_group_cert", "社会团体法人登记证书"},
	{"private_non_enterprise_cert", "民办非企业单位登记证书"},
	{"military_cert", "军队代号"},
	{"hk_macao_permit", "港澳居民来往内地通行证"},
	{"taiwan_permit", "台湾居民来往大陆通行证 (台胞证)"},
	{"passport", "护照"},
	{"officer_cert", "军官证"},
	{"foreigner_permanent_id", "外国人永久居留身份证"}, // general
}

// wantSectors are the pre-approval (前置审批) sectors of the vendor-kb-2025
// overlay, from the public filing APIs of mini-program platforms. 教育,
// 医疗保健 and 电子公告 have been abolished nationally but some bureaus still
// ask.
var wantSectors = []enumRow{
	{"news", "新闻"},
	{"publishing", "出版"},
	{"education", "教育"},
	{"medical", "医疗保健"},
	{"drugs_devices", "药品和医疗器械"},
	{"bulletin", "电子公告服务"},
	{"culture", "文化"},
	{"radio_film_tv", "广播电影电视节目"},
	{"ride_hailing", "网络预约车"},
	{"internet_finance", "互联网金融"},
	{"off_campus_training", "校外培训"},
	{"games", "游戏"},
}

// wantContentTypes are the website content types of the vendor-kb-2025
// overlay.
var wantContentTypes = []enumRow{
	{"comprehensive_portal", "综合门户"},
	{"unit_portal", "单位门户网站"},
	{"other", "其他"},
}

// wantServiceTypes are the website service types of the vendor-kb-2025
// overlay (hosts may add others).
var wantServiceTypes = []enumRow{
	{"website_application", "网站应用服务"},
}

// wantAccessServices are the access services of rule website.access_missing
// (the guide's §3.1): the cloud services, then the shop product, which needs
// no IP. The source gives no Chinese name for ecs.
var wantAccessServices = []enumRow{
	{"ecs", ""},
	{"site_builder", "建站市场"},
	{"lightweight", "轻量应用服务器"},
	{"virtual_host", "云虚拟主机"},
	{"web_hosting", "弹性Web托管"},
	{"shop", "旺铺"},
}

// enumsCheck compares one enumeration with its transcribed rows: the same
// wire values in the same order, each known, each with a Chinese name that
// begins the source's (the source adds notes in parentheses).
func enumsCheck[T ~string](t *testing.T, name string, got []T, isKnown func(T) bool, chinese func(T) string, want []enumRow) {
	t.Helper()
	zh := map[string]string{}
	var ws []string
	for _, r := range want {
		ws = append(ws, r.wire)
		zh[r.wire] = r.zh
	}
	var gs []string
	for _, v := range got {
		gs = append(gs, string(v))
		if !isKnown(v) {
			t.Errorf("%s %q is not known", name, v)
		}
		c := chinese(v)
		if c == "" {
			t.Errorf("%s %q has no Chinese name", name, v)
		}
		if s := zh[string(v)]; s != "" && !strings.HasPrefix(s, c) {
			t.Errorf("%s %q: Chinese %q, source %q", name, v, c, s)
		}
	}
	if diff := cmp.Diff(ws, gs); diff != "" {
		t.Errorf("%s wire values (-source +code):\n%s", name, diff)
	}
}

// TestEnumsMatchSources walks every row of every enumeration and compares it
// with the transcription of its source above.
func TestEnumsMatchSources(t *testing.T) {
	enumsCheck(t, "Type", filing.Types(), filing.Type.IsKnown, filing.Type.Chinese, wantFilingTypes)
	enumsCheck(t, "Nature", filing.Natures(), filing.Nature.IsKnown, filing.Nature.Chinese, wantNatures)
	enumsCheck(t, "CertType", filing.CertTypes(), filing.CertType.IsKnown, filing.CertType.Chinese, wantCertTypes)
	enumsCheck(t, "Sector", filing.Sectors(), filing.Sector.IsKnown, filing.Sector.Chinese, wantSectors)
	enumsCheck(t, "ContentType", filing.ContentTypes(), filing.ContentType.IsKnown, filing.ContentType.Chinese, wantContentTypes)
	enumsCheck(t, "ServiceType", filing.ServiceTypes(), filing.ServiceType.IsKnown, filing.ServiceType.Chinese, wantServiceTypes)
	enumsCheck(t, "AccessService", filing.AccessServices(), filing.AccessService.IsKnown, filing.AccessService.Chinese, wantAccessServices)
}

// TestEnumsUnknown checks that values outside the tables are unknown and
// nameless, the empty string included.
func TestEnumsUnknown(t *testing.T) {
	for _, v := range []string{"", "alien", "FIRST_FILING", "first_filing ", "其他"} {
		if filing.Type(v).IsKnown() || filing.Type(v).Chinese() != "" ||
			filing.Nature(v).IsKnown() || filing.Nature(v).Chinese() != "" ||
			filing.CertType(v).IsKnown() || filing.CertType(v).Chinese() != "" ||
			filing.ContentType(v).IsKnown() || filing.ContentType(v).Chinese() != "" ||
			filing.ServiceType(v).IsKnown() || filing.ServiceType(v).Chinese() != "" ||
			filing.Sector(v).IsKnown() || filing.Sector(v).Chinese() != "" ||
			filing.AccessService(v).IsKnown() || filing.AccessService(v).Chinese() != "" {
			t.Errorf("%q is known to some enumeration", v)
		}
	}
	if filing.Nature("alien").IsUnit() {
		t.Error("an unknown nature is a unit")
	}
	if filing.AccessService("alien").NeedsIP() {
		t.Error("an unknown access service needs an IP")
	}
}

// TestEnumsPredicates checks the predicates against the rules they serve.
func TestEnumsPredicates(t *testing.T) {
	// Rule website.required: first filing, new sites and access file websites.
	// Rule website.one_domain: first filing and new sites carry one domain each.
	files := map[filing.Type][2]bool{ // FilesWebsites, IsNewSite
		filing.FirstFiling:       {true, true},
		filing.NewSiteElsewhere:  {true, true},
		filing.NewSiteHere:       {true, true},
		filing.AccessFiling:      {true, false},
		filing.ChangeSubject:     {false, false},
		filing.ChangeWebsite:     {false, false},
		filing.ChangeAccess:      {false, false},
		filing.CancelAccess:      {false, false},
		filing.DeregisterSubject: {false, false},
		filing.DeregisterWebsite: {false, false},
	}
	for _, ft := range filing.Types() {
		want, ok := files[ft]
		if !ok {
			t.Errorf("no expectation for %s", ft)
		}
		if ft.FilesWebsites() != want[0] || ft.IsNewSite() != want[1] {
			t.Errorf("%s: FilesWebsites %t IsNewSite %t, want %v", ft, ft.FilesWebsites(), ft.IsNewSite(), want)
		}
	}
	// Rule naming.state_prefix: government and military are state natures.
	for _, n := range filing.Natures() {
		if n.IsUnit() != (n != filing.Personal) {
			t.Errorf("%s.IsUnit() = %t", n, n.IsUnit())
		}
		if n.IsState() != (n == filing.Government || n == filing.Military) {
			t.Errorf("%s.IsState() = %t", n, n.IsState())
		}
	}
	// Rules principal.cert_type_invalid (the certificates a person may
	// hold as a principal) and basic.nature_cert_mismatch (the five that
	// carry a USCC).
	personal := map[filing.CertType]bool{filing.CertResidentID: true, filing.CertHKMacaoPermit: true, filing.CertTaiwanPermit: true,
		filing.CertPassport: true, filing.CertOfficer: true, filing.CertForeignerPermanentID: true}
	uscc := map[filing.CertType]bool{filing.CertBusinessLicence: true, filing.CertUSCC: true, filing.CertInstitution: true,
		filing.CertSocialGroup: true, filing.CertPrivateNonEnterprise: true}
	for _, c := range filing.CertTypes() {
		if c.IsPersonal() != personal[c] || c.CarriesUSCC() != uscc[c] {
			t.Errorf("%s: IsPersonal %t CarriesUSCC %t", c, c.IsPersonal(), c.CarriesUSCC())
		}
	}
	// Rule website.access_missing: every service but the shop needs an IP.
	for _, s := range filing.AccessServices() {
		if s.NeedsIP() != (s != filing.ServiceShop) {
			t.Errorf("%s.NeedsIP() = %t", s, s.NeedsIP())
		}
	}
}

// TestEnumsListsAreCopies checks that changing a returned list changes no
// later result.
func TestEnumsListsAreCopies(t *testing.T) {
	l := filing.Natures()
	l[0] = "changed"
	if filing.Natures()[0] != filing.Personal {
		t.Error("Natures shares its backing array")
	}
}
