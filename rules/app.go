package rules

import (
	"strconv"

	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/naming"
	"github.com/beian-go/beian/rule"
)

// Checks of apps, mini-programs and quick apps (app.*), filed like websites
// since the MIIT notice 《工业和信息化部关于开展移动互联网应用程序备案工作的通知》
// (工信部信管〔2023〕105号, published 2023-08-04) and its registration form.
// They form a dated layer of both shipped sets: in force from 2023-08-04,
// when app.before_notice stops. The rules marked as vendor facts are in the
// vendor-kb-2025 set only.
//
// Besides the app.* rules, the principal rules run on app principals
// (apps[i].principal.*), website.ip_invalid and
// website.service_number_format on an app's access, and basic.unknown_value
// on an app's kind, systems, host, sectors and access service. The
// website-name rules do not run on app names: no source applies them there.

// appNotice is the day app filing began: the MIIT notice 工信部信管〔2023〕105号
// was published on 2023-08-04.
var appNotice = filing.Date{Year: 2023, Month: 8, Day: 4}

// appsInForce reports whether the app rules apply on day.
func appsInForce(day filing.Date) bool { return !day.Before(appNotice) }

// Sources of the app rules.
var (
	// appForm is the notice's annex, the registration form.
	appForm = rule.MIITApp2023("附件 互联网信息服务备案登记表")
	// appNoticeText is the notice itself.
	appNoticeText = rule.MIITApp2023("")
	// weChatAPI is the WeChat mini-program filing API.
	weChatAPI = rule.Source{Title: "微信小程序备案接口 apply_icp_filing", URL: "https://developers.weixin.qq.com/miniprogram/dev/"}
	// platformDocs are the platforms' developer documentation of package
	// names, bundle IDs and bundle names.
	platformDocs = rule.Source{Title: "Android, Apple and HarmonyOS developer documentation",
		Section: "applicationId; CFBundleIdentifier; bundleName"}
	// vendorApps are the vendors' app filing guides.
	vendorApps = rule.VendorKB2025("APP备案")
)

// appPaths are the paths of the first apps, so that checks need not build
// them.
var appPaths = [...]string{"apps[0]", "apps[1]", "apps[2]", "apps[3]", "apps[4]", "apps[5]", "apps[6]", "apps[7]"}

// appPrincipalPaths are the paths of the first apps' principals, made once.
var appPrincipalPaths = [...]string{"apps[0].principal", "apps[1].principal", "apps[2].principal", "apps[3].principal"}

// appPrincipalPath returns "apps[i].principal".
func appPrincipalPath(i int) string {
	if i >= 0 && i < len(appPrincipalPaths) {
		return appPrincipalPaths[i]
	}
	return appPath(i) + ".principal"
}

// appPath returns "apps[i]".
func appPath(i int) string {
	if i >= 0 && i < len(appPaths) {
		return appPaths[i]
	}
	return "apps[" + strconv.Itoa(i) + "]"
}

// platformPath is the path of platform j of an app at path, built only
// when a finding needs it.
type platformPath struct {
	app string
	j   int
}

// String returns "apps[i].platforms[j]".
func (p platformPath) String() string { return index(p.app+".platforms", p.j) }

// field returns the path of the platform's field name.
func (p platformPath) field(name string) string { return p.String() + "." + name }

// appRules are the app rules of both shipped sets.
func appRules() []Rule {
	return []Rule{
		appBeforeNotice, appNameRequired, appNameDuplicate, appPlatformRequired, appPlatformDuplicate,
		appPackageRequired, appPackageFormat, appFingerprintRequired, appFingerprintFormat,
		appFingerprintIOSMD5, appPublicKeyRequired, appPublicKeyFormat, appAppIDRequired,
		appAppIDFormat, appDomainsRequired, appDomainFormat, appAccessMissing,
		appFieldNotApplicable, appCategoryRequired, appCategoryTooMany, appLanguageRequired,
		appPreApprovalMissing, appSDKIncomplete, appRemarkLength,
	}
}

// vendorAppRules are the app rules the vendor-kb-2025 overlay adds.
func vendorAppRules() []Rule {
	return []Rule{appDomainLevel, appLanguageSeveral, appPersonalServicesLimit, appPersonalMixedOrder}
}

// eachApp calls f for every app of kind k (every app when k is "") with
// its path.
func eachApp(c *Run, k filing.Kind, f func(a *filing.App, path string)) {
	for i := range c.App.Apps {
		if a := &c.App.Apps[i]; k == "" || a.Kind == k {
			f(a, appPath(i))
		}
	}
}

// eachPlatform calls f for every platform of every app of kind app.
func eachPlatform(c *Run, f func(p *filing.Platform, path platformPath)) {
	eachApp(c, filing.KindApp, func(a *filing.App, path string) {
		for j := range a.Platforms {
			f(&a.Platforms[j], platformPath{path, j})
		}
	})
}

var appBeforeNotice = Rule{
	Def: rule.Def{ID: "app.before_notice", Severity: rule.Error, Source: appNoticeText,
		Until: appNotice.AddDays(-1),
		Text: rule.Text{
			ZH: "APP、小程序和快应用自2023年8月4日起备案，此前不能提交（当前{count}个）",
			EN: "Apps, mini-programs and quick apps are filed from 2023-08-04 on; none can be filed before ({count} given)."}},
	Check: func(c *Run) {
		if n := len(c.App.Apps); n > 0 {
			c.Flag("apps", Params{"count": n})
		}
	},
}

// appNameOK reports whether name passes app.name_required.
func appNameOK(name string) bool {
	return name != "" && strings.TrimSpace(name) == name && strings.IndexFunc(name, unicode.IsControl) < 0
}

var appNameRequired = Rule{
	Def: rule.Def{ID: "app.name_required", Severity: rule.Error, Source: appForm, Since: appNotice,
		Text: rule.Text{
			ZH: "请填写应用名称（安装后图标下显示的名称，不能有首尾空格或控制字符）",
			EN: "Enter the app's name as shown under its icon (no leading or trailing spaces, no control characters)."}},
	Check: func(c *Run) {
		eachApp(c, "", func(a *filing.App, path string) {
			if !appNameOK(a.Name) {
				c.Flag(path+".name", nil)
			}
		})
	},
}

var appNameDuplicate = Rule{
	Def: rule.Def{ID: "app.name_duplicate", Severity: rule.Error, Source: appForm, Since: appNotice,
		Text: rule.Text{
			ZH: "应用名称“{name}”与{also_in}重复：同一应用的多个平台应填写在同一条目中",
			EN: "The app name “{name}” repeats {also_in}: list the platforms of one app in one entry."}},
	Check: func(c *Run) {
		first := map[string]int{}
		for i, a := range c.App.Apps {
			if !appNameOK(a.Name) {
				continue
			}
			k := naming.Normalize(a.Name)
			if j, ok := first[k]; ok {
				c.Flag(appPath(i)+".name", Params{"name": a.Name, "also_in": appPath(j)})
				continue
			}
			first[k] = i
		}
	},
}

var appPlatformRequired = Rule{
	Def: rule.Def{ID: "app.platform_required", Severity: rule.Error, Source: appForm, Since: appNotice,
		Text: rule.Text{
			ZH: "请为APP选择平台（android、ios、harmonyos、blackberry、linux）",
			EN: "Choose the app's platform (android, ios, harmonyos, blackberry, linux)."}},
	Check: func(c *Run) {
		eachApp(c, filing.KindApp, func(a *filing.App, path string) {
			if len(a.Platforms) == 0 {
				c.Flag(path+".platforms", nil)
			}
			for j, p := range a.Platforms {
				if p.OS == "" {
					c.Flag(index(path+".platforms", j)+".os", nil)
				}
			}
		})
	},
}

var appPlatformDuplicate = Rule{
	Def: rule.Def{ID: "app.platform_duplicate", Severity: rule.Error, Source: appForm, Since: appNotice,
		Text: rule.Text{
			ZH: "平台{os}与包名“{package}”重复填写",
			EN: "The platform {os} with the package “{package}” is listed twice."}},
	Check: func(c *Run) {
		eachApp(c, filing.KindApp, func(a *filing.App, path string) {
			for j, p := range a.Platforms {
				for _, q := range a.Platforms[:j] {
					if p.OS == q.OS && p.Package == q.Package {
						c.Flag(index(path+".platforms", j), Params{"os": string(p.OS), "package": p.Package})
						break
					}
				}
			}
		})
	},
}

var appPackageRequired = Rule{
	Def: rule.Def{ID: "app.package_required", Severity: rule.Error, Source: appForm, Since: appNotice,
		Text: rule.Text{
			ZH: "请填写包名（Bundle ID）",
			EN: "Enter the package name (bundle ID)."}},
	Check: func(c *Run) {
		eachPlatform(c, func(p *filing.Platform, path platformPath) {
			if p.Package == "" {
				c.Flag(path.field("package"), nil)
			}
		})
		eachApp(c, filing.KindQuickApp, func(a *filing.App, path string) {
			if a.Package == "" {
				c.Flag(path+".package", nil)
			}
		})
	},
}

var appPackageFormat = Rule{
	Def: rule.Def{ID: "app.package_format", Severity: rule.Error, Source: platformDocs, Since: appNotice,
		Text: rule.Text{
			ZH: "包名“{value}”不符合[{os}的]格式",
			EN: "The package name “{value}” does not follow the [{os} ]syntax."}},
	Check: func(c *Run) {
		eachPlatform(c, func(p *filing.Platform, path platformPath) {
			if p.Package == "" {
				return
			}
			if _, err := filing.ParsePackageFor(p.Package, p.OS); err != nil {
				params := Params{"value": p.Package}
				if p.OS != "" {
					params["os"] = string(p.OS)
				}
				c.Flag(path.field("package"), params)
			}
		})
		eachApp(c, filing.KindQuickApp, func(a *filing.App, path string) {
			if a.Package == "" {
				return
			}
			// A quick app's package follows the Android form.
			if _, err := filing.ParsePackageFor(a.Package, filing.Android); err != nil {
				c.Flag(path+".package", Params{"value": a.Package, "os": string(filing.Android)})
			}
		})
	},
}

var appFingerprintRequired = Rule{
	Def: rule.Def{ID: "app.fingerprint_required", Severity: rule.Error, Source: appForm, Since: appNotice,
		Text: rule.Text{
			ZH: "请填写签名证书指纹（MD5）",
			EN: "Enter the signing certificate's fingerprint (the form's MD5 field)."}},
	Check: func(c *Run) {
		eachPlatform(c, func(p *filing.Platform, path platformPath) {
			if p.CertFingerprint == "" {
				c.Flag(path.field("cert_fingerprint"), nil)
			}
		})
	},
}

// fingerprintOf parses a platform's fingerprint: ok false when it is not
// given.
func fingerprintOf(p *filing.Platform) (filing.Fingerprint, error, bool) {
	if p.CertFingerprint == "" {
		return filing.Fingerprint{}, nil, false
	}
	f, err := filing.ParseFingerprint(p.CertFingerprint)
	return f, err, true
}

var appFingerprintFormat = Rule{
	Def: rule.Def{ID: "app.fingerprint_format", Severity: rule.Error, Source: appForm, Since: appNotice,
		Text: rule.Text{
			ZH: "证书指纹“{value}”格式不正确：[{os}平台]须为{digits}位十六进制数字（32位为MD5，40位为SHA-1）",
			EN: "The fingerprint “{value}” is malformed: [{os} ]needs {digits} hexadecimal digits (32 for MD5, 40 for SHA-1)."}},
	Check: func(c *Run) {
		eachPlatform(c, func(p *filing.Platform, path platformPath) {
			f, err, given := fingerprintOf(p)
			digits := "32/40"
			if p.OS == filing.Android {
				digits = "32"
			}
			if given && (err != nil || p.OS == filing.Android && f.Digest() != filing.MD5) {
				params := Params{"value": p.CertFingerprint, "digits": digits}
				if p.OS != "" {
					params["os"] = string(p.OS)
				}
				c.Flag(path.field("cert_fingerprint"), params)
			}
		})
	},
}

var appFingerprintIOSMD5 = Rule{
	Def: rule.Def{ID: "app.fingerprint_ios_md5", Severity: rule.Error, Source: vendorApps.At("iOS 证书 SHA-1"), Since: appNotice,
		Text: rule.Text{
			ZH: "iOS平台须填写证书的SHA-1指纹（40位），不能填写MD5（32位）",
			EN: "iOS needs the certificate's SHA-1 fingerprint (40 hexadecimal digits), not its MD5 (32)."}},
	Check: func(c *Run) {
		eachPlatform(c, func(p *filing.Platform, path platformPath) {
			if f, err, given := fingerprintOf(p); given && err == nil && p.OS == filing.IOS && f.Digest() == filing.MD5 {
				c.Flag(path.field("cert_fingerprint"), nil)
			}
		})
	},
}

var appPublicKeyRequired = Rule{
	Def: rule.Def{ID: "app.public_key_required", Severity: rule.Error, Source: appForm, Since: appNotice,
		Text: rule.Text{
			ZH: "请填写签名证书公钥",
			EN: "Enter the signing certificate's public key."}},
	Check: func(c *Run) {
		eachPlatform(c, func(p *filing.Platform, path platformPath) {
			if p.PublicKey == "" {
				c.Flag(path.field("public_key"), nil)
			}
		})
	},
}

var appPublicKeyFormat = Rule{
	Def: rule.Def{ID: "app.public_key_format", Severity: rule.Error, Source: appForm, Since: appNotice,
		Text: rule.Text{
			ZH: "公钥格式不正确：请填写十进制、十六进制或Base64正文（不含PEM首尾行和省略号）",
			EN: "The public key is malformed: give its decimal, hexadecimal or base64 body (without PEM header and footer lines or an ellipsis)."}},
	Check: func(c *Run) {
		eachPlatform(c, func(p *filing.Platform, path platformPath) {
			if p.PublicKey == "" {
				return
			}
			if _, err := filing.ParsePublicKey(p.PublicKey); err != nil {
				c.Flag(path.field("public_key"), nil)
			}
		})
	},
}

var appAppIDRequired = Rule{
	Def: rule.Def{ID: "app.app_id_required", Severity: rule.Error, Source: weChatAPI, Since: appNotice,
		Text: rule.Text{
			ZH: "请填写{field}（小程序须填写所属平台及其AppID）",
			EN: "Give the {field}: a mini-program names its host platform and its ID there."}},
	Check: func(c *Run) {
		eachApp(c, filing.KindMiniProgram, func(a *filing.App, path string) {
			if a.Host == "" {
				c.Flag(path+".host", nil)
			}
			if a.AppID == "" {
				c.Flag(path+".app_id", nil)
			}
		})
	},
}

var appAppIDFormat = Rule{
	Def: rule.Def{ID: "app.app_id_format", Severity: rule.Warning, Source: weChatAPI, Since: appNotice,
		Text: rule.Text{
			ZH: "微信小程序AppID“{value}”应为wx加16位十六进制数字",
			EN: "A WeChat AppID “{value}” is wx followed by 16 hexadecimal digits."}},
	Check: func(c *Run) {
		eachApp(c, filing.KindMiniProgram, func(a *filing.App, path string) {
			if a.Host != filing.HostWeChat || a.AppID == "" {
				return
			}
			if _, err := filing.ParseWeChatAppID(a.AppID); err != nil {
				c.Flag(path+".app_id", Params{"value": a.AppID})
			}
		})
	},
}

var appDomainsRequired = Rule{
	Def: rule.Def{ID: "app.domains_required", Severity: rule.Error, Source: appForm, Since: appNotice,
		Text: rule.Text{
			ZH: "请填写APP连接的域名列表",
			EN: "List the domains the app connects to."}},
	Check: func(c *Run) {
		eachApp(c, filing.KindApp, func(a *filing.App, path string) {
			if len(a.Domains) == 0 {
				c.Flag(path+".domains", nil)
			}
		})
	},
}

// appHost parses an app domain: a host name under a registrable domain,
// and the number of labels between them.
func appHost(s string) (below int, err error) {
	h, err := filing.ParseHost(s)
	if err != nil {
		return 0, err
	}
	r, err := h.Registrable()
	if err != nil {
		return 0, err
	}
	return strings.Count(h.ASCII(), ".") - strings.Count(r.ASCII(), "."), nil
}

var appDomainFormat = Rule{
	Def: rule.Def{ID: "app.domain_format", Severity: rule.Error, Source: appForm, Since: appNotice,
		Text: rule.Text{
			ZH: "域名“{value}”格式不正确：须为可注册域名或其子域名，不含 http://、端口或路径",
			EN: "“{value}” is not a valid app domain: give a registrable domain or a subdomain of one, without http://, port or path."}},
	Check: func(c *Run) {
		eachApp(c, filing.KindApp, func(a *filing.App, path string) {
			for j, d := range a.Domains {
				if _, err := appHost(d); err != nil {
					c.Flag(index(path+".domains", j), Params{"value": d})
				}
			}
		})
	},
}

var appDomainLevel = Rule{
	Def: rule.Def{ID: "app.domain_level", Severity: rule.Warning, Source: vendorApps.At("域名列表"), Since: appNotice,
		Text: rule.Text{
			ZH: "域名“{value}”层级过深：接入商一般只接受至四级域名",
			EN: "The domain “{value}” is too deep: vendors accept up to the fourth level."}},
	Check: func(c *Run) {
		eachApp(c, filing.KindApp, func(a *filing.App, path string) {
			for j, d := range a.Domains {
				if below, err := appHost(d); err == nil && below > 2 {
					c.Flag(index(path+".domains", j), Params{"value": d, "levels_below": below})
				}
			}
		})
	},
}

// accessMissing reports whether access a names neither a product (with an
// IP where it needs one) nor a filing service number.
func accessMissing(a filing.Access) bool {
	switch {
	case a.Service == filing.ServiceShop, strings.TrimSpace(a.ServiceNumber) != "":
		return false
	case a.Service == "":
		return true
	}
	return a.Service.NeedsIP() && len(a.IPs) == 0
}

var appAccessMissing = Rule{
	Def: rule.Def{ID: "app.access_missing", Severity: rule.Error, Source: appForm, Since: appNotice,
		Text: rule.Text{
			ZH: "请为APP选择接入的云产品及其IP，或填写备案服务号",
			EN: "Choose the app's cloud product and its IP, or give a filing service number."}},
	Check: func(c *Run) {
		eachApp(c, filing.KindApp, func(a *filing.App, path string) {
			if accessMissing(a.Access) {
				c.Flag(path+".access", nil)
			}
		})
	},
}

// appAccessRef is the access of the app of kind app at index i.
type appAccessRef struct {
	i int
	a *filing.Access
}

// path returns "apps[i].access", built only for a finding.
func (r appAccessRef) path() string { return appPath(r.i) + ".access" }

// appAccesses returns the access of every app of kind app when the app
// rules are in force: the website access rules (website.ip_invalid,
// website.service_number_format) check them too.
func (c *Run) appAccesses() []appAccessRef {
	if !appsInForce(c.AsOf) {
		return nil
	}
	var out []appAccessRef
	for i := range c.App.Apps {
		if a := &c.App.Apps[i]; a.Kind == filing.KindApp {
			out = append(out, appAccessRef{i, &a.Access})
		}
	}
	return out
}

var appFieldNotApplicable = Rule{
	Def: rule.Def{ID: "app.field_not_applicable", Severity: rule.Warning, Source: appForm, Since: appNotice,
		Text: rule.Text{
			ZH: "小程序、快应用无需填写{field}，该项将被忽略",
			EN: "Mini-programs and quick apps do not file the {field}; it is ignored."}},
	Check: func(c *Run) {
		for i := range c.App.Apps {
			a := &c.App.Apps[i]
			if a.Kind != filing.KindMiniProgram && a.Kind != filing.KindQuickApp {
				continue
			}
			path := appPath(i)
			if len(a.Domains) > 0 {
				c.Flag(path+".domains", nil)
			}
			if a.Access.Service != "" || a.Access.ServiceNumber != "" || len(a.Access.IPs) > 0 {
				c.Flag(path+".access", nil)
			}
			for j, p := range a.Platforms {
				if p.PublicKey != "" {
					c.Flag(index(path+".platforms", j)+".public_key", nil)
				}
				if p.CertFingerprint != "" {
					c.Flag(index(path+".platforms", j)+".cert_fingerprint", nil)
				}
			}
		}
	},
}

var appCategoryRequired = Rule{
	Def: rule.Def{ID: "app.category_required", Severity: rule.Error, Source: appForm, Since: appNotice,
		Text: rule.Text{
			ZH: "请至少选择一个服务类目",
			EN: "Choose at least one service category."}},
	Check: func(c *Run) {
		eachApp(c, "", func(a *filing.App, path string) {
			if len(a.Categories) == 0 {
				c.Flag(path+".categories", nil)
			}
		})
	},
}

// weChatMaxCategories is the most categories WeChat takes for a
// mini-program (second-level types only).
const weChatMaxCategories = 5

var appCategoryTooMany = Rule{
	Def: rule.Def{ID: "app.category_too_many", Severity: rule.Error, Source: weChatAPI, Since: appNotice,
		Text: rule.Text{
			ZH: "微信小程序最多选择{limit}个服务类目（当前{count}个）",
			EN: "A WeChat mini-program names at most {limit} categories ({count} given)."}},
	Check: func(c *Run) {
		eachApp(c, filing.KindMiniProgram, func(a *filing.App, path string) {
			if a.Host == filing.HostWeChat && len(a.Categories) > weChatMaxCategories {
				c.Flag(path+".categories", Params{"limit": weChatMaxCategories, "count": len(a.Categories)})
			}
		})
	},
}

var appLanguageRequired = Rule{
	Def: rule.Def{ID: "app.language_required", Severity: rule.Error, Source: appForm, Since: appNotice,
		Text: rule.Text{
			ZH: "请选择应用语言",
			EN: "Choose the app's language (a BCP 47 tag such as zh-Hans)."}},
	Check: func(c *Run) {
		eachApp(c, "", func(a *filing.App, path string) {
			if len(a.Languages) == 0 {
				c.Flag(path+".languages", nil)
				return
			}
			for j, l := range a.Languages {
				if !languageOK(l) {
					c.Flag(index(path+".languages", j), Params{"value": l})
				}
			}
		})
	},
}

var appLanguageSeveral = Rule{
	Def: rule.Def{ID: "app.language_several", Severity: rule.Advice, Source: vendorApps.At("语言"), Since: appNotice,
		Text: rule.Text{
			ZH: "已选择{count}种语言：建议只选择应用的主要语言",
			EN: "{count} languages chosen: vendors advise choosing the app's main one."}},
	Check: func(c *Run) {
		eachApp(c, "", func(a *filing.App, path string) {
			if len(a.Languages) > 1 {
				c.Flag(path+".languages", Params{"count": len(a.Languages)})
			}
		})
	},
}

var appPreApprovalMissing = Rule{
	Def: rule.Def{ID: "app.pre_approval_missing", Severity: rule.Error, Source: appForm, Since: appNotice,
		Text: rule.Text{
			ZH: "涉及前置审批的应用须提供前置审批文件",
			EN: "An app in a regulated sector must carry its pre-approval document."}},
	Check: func(c *Run) {
		eachApp(c, "", func(a *filing.App, path string) {
			for j, sec := range a.Sectors {
				if !sec.IsKnown() {
					continue // basic.unknown_value
				}
				ok := false
				for _, p := range a.PreApprovals {
					ok = ok || p.Sector == sec && strings.TrimSpace(p.Number) != ""
				}
				if !ok {
					c.Flag(index(path+".sectors", j), Params{"sector": string(sec)})
				}
			}
		})
	},
}

var appSDKIncomplete = Rule{
	Def: rule.Def{ID: "app.sdk_incomplete", Severity: rule.Error, Source: appForm, Since: appNotice,
		Text: rule.Text{
			ZH: "SDK须同时填写厂商和功能类型",
			EN: "An SDK entry names both its vendor and its function type."}},
	Check: func(c *Run) {
		eachApp(c, "", func(a *filing.App, path string) {
			for j, s := range a.SDKs {
				if strings.TrimSpace(s.Vendor) == "" || strings.TrimSpace(s.Function) == "" {
					c.Flag(index(path+".sdks", j), nil)
				}
			}
		})
	},
}

// The length of a WeChat mini-program's remark (WeChat's comment), in
// characters.
const (
	weChatRemarkMin = 20
	weChatRemarkMax = 200
)

var appRemarkLength = Rule{
	Def: rule.Def{ID: "app.remark_length", Severity: rule.Warning, Source: weChatAPI, Since: appNotice,
		Text: rule.Text{
			ZH: "微信小程序备注须为{min}至{max}个字（当前{count}个）",
			EN: "A WeChat mini-program's remark has {min} to {max} characters ({count} given)."}},
	Check: func(c *Run) {
		eachApp(c, filing.KindMiniProgram, func(a *filing.App, path string) {
			n := utf8.RuneCountInString(a.Remark)
			if a.Host == filing.HostWeChat && a.Remark != "" && (n < weChatRemarkMin || n > weChatRemarkMax) {
				c.Flag(path+".remark", Params{"min": weChatRemarkMin, "max": weChatRemarkMax, "count": n})
			}
		})
	},
}

// personalServicesLimit is the most internet information services a
// personal sponsor holds, websites and apps together.
const personalServicesLimit = 5

var appPersonalServicesLimit = Rule{
	Def: rule.Def{ID: "app.personal_services_limit", Severity: rule.Error, Source: vendorApps.At("个人备案数量"), Since: appNotice,
		Text: rule.Text{
			ZH: "个人主体最多备案{limit}个网站和APP（本次及已有共{count}个）",
			EN: "A person holds at most {limit} websites and apps ({count} with those on record)."}},
	Types: newSite,
	Check: func(c *Run) {
		if !c.Personal() {
			return
		}
		n := len(c.App.Websites) + len(c.App.Apps)
		if e := c.App.Sponsor.ExistingServices; e != nil {
			n += *e
		}
		if n <= personalServicesLimit {
			return
		}
		field := "websites"
		if len(c.App.Apps) > 0 {
			field = "apps"
		}
		c.Flag(field, Params{"limit": personalServicesLimit, "count": n})
	},
}

var appPersonalMixedOrder = Rule{
	Def: rule.Def{ID: "app.personal_mixed_order", Severity: rule.Error, Source: vendorApps.At("个人备案"), Since: appNotice,
		Text: rule.Text{
			ZH: "个人主体不能在同一订单中同时备案网站和APP",
			EN: "A person cannot file a website and an app in one order."}},
	Check: func(c *Run) {
		if c.Personal() && len(c.App.Websites) > 0 && len(c.App.Apps) > 0 {
			c.Flag("apps", nil)
		}
	},
}

// appUnknownValues flags, for basic.unknown_value, the enum fields of apps
// that hold a value this version does not know: the kind (empty counts as
// missing), each platform's system and a mini-program's host (empty is
// app.platform_required and app.app_id_required), sectors, pre-approval
// sectors and an app's access service.
func (c *Run) appUnknownValues(flag func(field, value string, known bool)) {
	if !appsInForce(c.AsOf) {
		return
	}
	for i := range c.App.Apps {
		a := &c.App.Apps[i]
		path := appPath(i)
		if !a.Kind.IsKnown() {
			flag(path+".kind", string(a.Kind), false)
		}
		switch a.Kind {
		case filing.KindApp:
			for j, p := range a.Platforms {
				if p.OS != "" && !p.OS.IsKnown() {
					flag(index(path+".platforms", j)+".os", string(p.OS), false)
				}
			}
			if a.Access.Service != "" && !a.Access.Service.IsKnown() {
				flag(path+".access.service", string(a.Access.Service), false)
			}
		case filing.KindMiniProgram:
			if a.Host != "" && !a.Host.IsKnown() {
				flag(path+".host", string(a.Host), false)
			}
		}
		for j, sec := range a.Sectors {
			if !sec.IsKnown() {
				flag(index(path+".sectors", j), string(sec), false)
			}
		}
		for j, pa := range a.PreApprovals {
			if !pa.Sector.IsKnown() {
				flag(index(path+".pre_approvals", j)+".sector", string(pa.Sector), false)
			}
		}
	}
}

// appPrincipals returns the principals of apps of their own, when the app
// rules are in force: a unit's apps that name a principal and do not reuse
// the subject's (a personal sponsor's apps always reuse it).
func (c *Run) appPrincipals() []principalRef {
	if !appsInForce(c.AsOf) || c.Personal() {
		return nil
	}
	var out []principalRef
	for i := range c.App.Apps {
		a := &c.App.Apps[i]
		if a.ReuseSubjectPrincipal || a.Principal == nil {
			continue
		}
		out = append(out, principalRef{path: appPrincipalPath(i), p: a.Principal, site: -1})
	}
	return out
}

// appShapeIssues validates the tagged fields of app principals (name,
// mobiles, e-mail) under their paths, as the boundary check does for
// website principals; a unit's app with neither a principal nor reuse of
// the subject's has no principal name.
func appShapeIssues(app *filing.Application, asOf filing.Date) []shapeIssue {
	if !appsInForce(asOf) || app.Sponsor.Nature == filing.Personal || len(app.Apps) == 0 {
		return nil
	}
	var out []shapeIssue
	for i := range app.Apps {
		a := &app.Apps[i]
		switch {
		case a.ReuseSubjectPrincipal:
		case a.Principal == nil:
			out = append(out, shapeIssue{path: appPath(i) + ".principal.name", tag: "required"})
		default:
			n := len(out)
			out = appendShape(out, "", a.Principal, principalShape)
			for j := n; j < len(out); j++ {
				out[j].path = appPath(i) + ".principal." + out[j].path
			}
		}
	}
	return out
}

// appMaterials lists what the sponsor prepares for each app: the app
// principal's certificate (and, for a unit, the photo of the principal
// holding the unit's certificate), the app's icon and its pre-approval
// documents.
func (c *Run) appMaterials(add func(id, zh, en, field string)) {
	if !appsInForce(c.AsOf) {
		return
	}
	for i := range c.App.Apps {
		path := appPath(i)
		if p := c.App.AppPrincipal(i); p != nil && p.CertType.IsKnown() {
			t := materialTexts().app[p.CertType]
			add("app_principal_cert", t.ZH, t.EN, path)
			if !c.Personal() {
				add("principal_holding_unit_cert", "APP负责人手持单位证件的照片", "photo of the app principal holding the unit's certificate", path)
			}
		}
		add("app_icon", "应用图标", "the app's icon", path)
		for _, pa := range c.App.Apps[i].PreApprovals {
			if pa.Sector.IsKnown() {
				t := materialTexts().preApproval[pa.Sector]
				add(t.id, t.ZH, t.EN, path)
			}
		}
	}
}
