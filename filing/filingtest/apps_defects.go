package filingtest

import (
	"slices"
	"strings"

	"github.com/beian-go/beian/filing"
)

// VendorSet is the name of the rule set of the vendor overlay: some app
// defects fire only in it ([Defect.Set]).
const VendorSet = "vendor-kb-2025"

// Predicates of the app defects.

func hasApps(app *filing.Application) bool { return len(app.Apps) > 0 }

// afterNotice reports whether app is evaluated on or after the day app
// filing began, so that the app rules run.
func afterNotice(app *filing.Application) bool { return !app.AsOf.Before(AppNoticeDate()) }

// firstApp reports whether apps[0] exists, is of one of the kinds and app is
// evaluated after the notice.
func firstApp(kinds ...filing.Kind) func(*filing.Application) bool {
	return func(app *filing.Application) bool {
		return hasApps(app) && afterNotice(app) && slices.Contains(kinds, app.Apps[0].Kind)
	}
}

// firstPlatform reports whether apps[0] is an app whose first platform is
// of one of the systems (any system when none is given).
func firstPlatform(oses ...filing.OS) func(*filing.Application) bool {
	return func(app *filing.Application) bool {
		if !firstApp(filing.KindApp)(app) || len(app.Apps[0].Platforms) == 0 {
			return false
		}
		return len(oses) == 0 || slices.Contains(oses, app.Apps[0].Platforms[0].OS)
	}
}

// firstMiniOn reports whether apps[0] is a mini-program on host (any known
// host when host is "").
func firstMiniOn(host filing.Host) func(*filing.Application) bool {
	return func(app *filing.Application) bool {
		if !firstApp(filing.KindMiniProgram)(app) {
			return false
		}
		return host == "" && app.Apps[0].Host.IsKnown() || app.Apps[0].Host == host
	}
}

// services counts the services of a personal order for
// app.personal_services_limit: its websites and apps and those on record.
func services(app *filing.Application) int {
	n := len(app.Websites) + len(app.Apps)
	if app.Sponsor.ExistingServices != nil {
		n += *app.Sponsor.ExistingServices
	}
	return n
}

// badPackage returns a package identifier that breaks the syntax of os
// only (rule app.package_format).
func badPackage(os filing.OS, old string) string {
	switch os {
	case filing.Android:
		return "example" // one segment
	case filing.IOS:
		return old + "_ios" // '_' is not in a bundle ID
	case filing.HarmonyOS:
		return "a.b" // shorter than 7 bytes
	}
	return "com example" // white space
}

// appDefects returns the defects of the app rules of the MIIT notice
// 工信部信管〔2023〕105号 and of the vendor overlay, each at apps[0] or
// apps[1].
func appDefects() []Defect {
	app0 := func(app *filing.Application) *filing.App { return &app.Apps[0] }
	plat0 := func(app *filing.Application) *filing.Platform { return &app.Apps[0].Platforms[0] }
	ds := []Defect{
		{Rule: "app.before_notice", Field: "apps", Touches: []string{"as_of"}, Note: "apps evaluated on 2023-08-03, the day before app filing began",
			applies: func(app *filing.Application) bool {
				// In 2023 the region, drawn in use in the year of as_of,
				// stays valid.
				return hasApps(app) && afterNotice(app) && app.AsOf.Year == 2023
			},
			apply: func(app *filing.Application) { app.AsOf = AppNoticeDate().AddDays(-1) }},
		{Rule: "app.name_required", Field: "apps[0].name", Note: "a name with a trailing space",
			applies: firstApp(filing.Kinds()...),
			apply:   func(app *filing.Application) { app0(app).Name += " " }},
		{Rule: "app.name_duplicate", Field: "apps[1].name", Note: "the second app takes the first one's name",
			applies: func(app *filing.Application) bool { return len(app.Apps) > 1 && afterNotice(app) },
			apply:   func(app *filing.Application) { app.Apps[1].Name = app.Apps[0].Name }},
		{Rule: "app.platform_required", Field: "apps[0].platforms", Note: "an app without platforms",
			applies: firstApp(filing.KindApp),
			apply:   func(app *filing.Application) { app0(app).Platforms = nil }},
		{Rule: "app.platform_required", Field: "apps[0].platforms[0].os", Note: "a platform with an empty os",
			applies: firstPlatform(),
			apply:   func(app *filing.Application) { plat0(app).OS = "" }},
		{Rule: "basic.unknown_value", Field: "apps[0].platforms[0].os", Note: "a platform of an unknown system",
			applies: firstPlatform(),
			apply:   func(app *filing.Application) { plat0(app).OS = "symbian" }},
		{Rule: "app.platform_duplicate", Field: "apps[0].platforms[1]", Touches: []string{"apps[0].platforms"}, Note: "the first platform listed twice",
			applies: firstPlatform(),
			apply: func(app *filing.Application) {
				a := app0(app)
				a.Platforms = slices.Insert(a.Platforms, 1, a.Platforms[0])
			}},
		{Rule: "app.package_required", Field: "apps[0].platforms[0].package", Note: "a platform without package",
			applies: firstPlatform(),
			apply:   func(app *filing.Application) { plat0(app).Package = "" }},
		{Rule: "app.package_required", Field: "apps[0].package", Note: "a quick app without package",
			applies: firstApp(filing.KindQuickApp),
			apply:   func(app *filing.Application) { app0(app).Package = "" }},
		{Rule: "app.package_format", Field: "apps[0].platforms[0].package", Note: "a package that breaks its system's syntax",
			applies: firstPlatform(),
			apply:   func(app *filing.Application) { p := plat0(app); p.Package = badPackage(p.OS, p.Package) }},
		{Rule: "app.package_format", Field: "apps[0].package", Note: "a quick app's package of one segment",
			applies: firstApp(filing.KindQuickApp),
			apply:   func(app *filing.Application) { app0(app).Package = "quickread" }},
		{Rule: "app.fingerprint_required", Field: "apps[0].platforms[0].cert_fingerprint", Note: "no fingerprint",
			applies: firstPlatform(),
			apply:   func(app *filing.Application) { plat0(app).CertFingerprint = "" }},
		{Rule: "app.fingerprint_format", Field: "apps[0].platforms[0].cert_fingerprint", Note: "a fingerprint of 30 hexadecimal digits",
			applies: firstPlatform(),
			apply:   func(app *filing.Application) { plat0(app).CertFingerprint = strings.Repeat("AB:", 14) + "AB" }},
		{Rule: "app.fingerprint_format", Field: "apps[0].platforms[0].cert_fingerprint", Note: "an Android fingerprint of 40 digits (SHA-1)",
			applies: firstPlatform(filing.Android),
			apply:   func(app *filing.Application) { plat0(app).CertFingerprint = strings.Repeat("AB:", 19) + "AB" }},
		{Rule: "app.fingerprint_ios_md5", Field: "apps[0].platforms[0].cert_fingerprint", Touches: []string{"apps[0].platforms[0].os", "apps[0].platforms[0].package"},
			Note: "the first platform made an iOS one with a fingerprint of 32 digits (MD5)",
			applies: func(app *filing.Application) bool {
				return firstPlatform()(app) && !slices.ContainsFunc(app.Apps[0].Platforms[1:], func(p filing.Platform) bool { return p.OS == filing.IOS })
			},
			apply: func(app *filing.Application) {
				p := plat0(app)
				p.OS, p.Package, p.CertFingerprint = filing.IOS, "com.example.ios", strings.Repeat("CD:", 15)+"CD"
			}},
		{Rule: "app.public_key_required", Field: "apps[0].platforms[0].public_key", Note: "no public key",
			applies: firstPlatform(),
			apply:   func(app *filing.Application) { plat0(app).PublicKey = "" }},
		{Rule: "app.public_key_format", Field: "apps[0].platforms[0].public_key", Note: "the key with its PEM header and footer",
			applies: firstPlatform(),
			apply: func(app *filing.Application) {
				p := plat0(app)
				p.PublicKey = "-----BEGIN PUBLIC KEY-----\n" + p.PublicKey + "\n-----END PUBLIC KEY-----"
			}},
		{Rule: "app.app_id_required", Field: "apps[0].app_id", Note: "a mini-program without ID",
			applies: firstApp(filing.KindMiniProgram),
			apply:   func(app *filing.Application) { app0(app).AppID = "" }},
		{Rule: "app.app_id_required", Field: "apps[0].host", Note: "a mini-program without host",
			applies: firstMiniOn(""),
			apply:   func(app *filing.Application) { app0(app).Host = "" }},
		{Rule: "basic.unknown_value", Field: "apps[0].host", Note: "a mini-program on an unknown host",
			applies: firstMiniOn(""),
			apply:   func(app *filing.Application) { app0(app).Host = "qq" }},
		{Rule: "app.app_id_format", Field: "apps[0].app_id", Note: "a WeChat ID of 15 digits (warning)",
			applies: firstMiniOn(filing.HostWeChat),
			apply:   func(app *filing.Application) { a := app0(app); a.AppID = a.AppID[:len(a.AppID)-1] }},
		{Rule: "app.domains_required", Field: "apps[0].domains", Note: "an app without domains",
			applies: firstApp(filing.KindApp),
			apply:   func(app *filing.Application) { app0(app).Domains = nil }},
		{Rule: "app.domain_format", Field: "apps[0].domains[0]", Note: "a bare public suffix",
			applies: func(app *filing.Application) bool {
				return firstApp(filing.KindApp)(app) && len(app.Apps[0].Domains) > 0
			},
			apply: func(app *filing.Application) { app0(app).Domains[0] = "com.cn" }},
		{Rule: "app.domain_level", Field: "apps[0].domains[0]", Set: VendorSet, Note: "a domain three labels below its registrable domain (warning)",
			applies: func(app *filing.Application) bool {
				return firstApp(filing.KindApp)(app) && len(app.Apps[0].Domains) > 0
			},
			apply: func(app *filing.Application) { app0(app).Domains[0] = "v2.img.api.example.com" }},
		{Rule: "app.access_missing", Field: "apps[0].access", Note: "an app without access",
			applies: firstApp(filing.KindApp),
			apply:   func(app *filing.Application) { app0(app).Access = filing.Access{} }},
		{Rule: "website.ip_invalid", Field: "apps[0].access.ips[0]", Note: "a private IP of an app",
			applies: func(app *filing.Application) bool {
				return firstApp(filing.KindApp)(app) && len(app.Apps[0].Access.IPs) > 0
			},
			apply: func(app *filing.Application) { app0(app).Access.IPs[0] = "192.168.1.10" }},
		{Rule: "app.field_not_applicable", Field: "apps[0].domains", Note: "a mini-program or quick app with a domain list (warning)",
			applies: firstApp(filing.KindMiniProgram, filing.KindQuickApp),
			apply:   func(app *filing.Application) { app0(app).Domains = []string{"api.example.com"} }},
		{Rule: "app.field_not_applicable", Field: "apps[0].access", Note: "a mini-program or quick app with access (warning)",
			applies: firstApp(filing.KindMiniProgram, filing.KindQuickApp),
			apply: func(app *filing.Application) {
				app0(app).Access = filing.Access{Service: filing.ServiceECS, IPs: []string{"47.96.10.10"}}
			}},
		{Rule: "app.category_required", Field: "apps[0].categories", Note: "no category",
			applies: firstApp(filing.Kinds()...),
			apply:   func(app *filing.Application) { app0(app).Categories = nil }},
		{Rule: "app.category_too_many", Field: "apps[0].categories", Note: "six categories of a WeChat mini-program",
			applies: firstMiniOn(filing.HostWeChat),
			apply:   func(app *filing.Application) { app0(app).Categories = slices.Clone(appCategories[:6]) }},
		{Rule: "app.language_required", Field: "apps[0].languages", Note: "no language",
			applies: firstApp(filing.Kinds()...),
			apply:   func(app *filing.Application) { app0(app).Languages = nil }},
		{Rule: "app.language_several", Field: "apps[0].languages", Set: VendorSet, Note: "two languages (advice)",
			applies: firstApp(filing.Kinds()...),
			apply:   func(app *filing.Application) { app0(app).Languages = []string{"zh-Hans", "en"} }},
		{Rule: "app.pre_approval_missing", Field: "apps[0].sectors[0]", Note: "a news app without pre-approval",
			applies: firstApp(filing.Kinds()...),
			apply:   func(app *filing.Application) { app0(app).Sectors = []filing.Sector{filing.SectorNews} }},
		{Rule: "app.sdk_incomplete", Field: "apps[0].sdks[0]", Note: "an SDK without function type",
			applies: firstApp(filing.Kinds()...),
			apply: func(app *filing.Application) {
				a := app0(app)
				if len(a.SDKs) == 0 {
					a.SDKs = []filing.SDK{{Vendor: appSDKs[0].Vendor}}
					return
				}
				a.SDKs[0].Function = ""
			}},
		{Rule: "app.remark_length", Field: "apps[0].remark", Note: "a WeChat remark of 4 characters (warning)",
			applies: firstMiniOn(filing.HostWeChat),
			apply:   func(app *filing.Application) { app0(app).Remark = "线上小店" }},
		{Rule: "app.personal_services_limit", Field: "apps", Set: VendorSet, Touches: []string{"sponsor.existing_services"}, Note: "a person with five services on record",
			applies: func(app *filing.Application) bool {
				return isPersonal(app) && hasApps(app) && afterNotice(app) && app.Type.IsNewSite()
			},
			apply: func(app *filing.Application) { n := 5; app.Sponsor.ExistingServices = &n }},
		{Rule: "app.personal_mixed_order", Field: "apps", Set: VendorSet, Note: "a quick app added to a person's order of websites",
			applies: func(app *filing.Application) bool {
				return isPersonal(app) && !hasApps(app) && hasSite(app) && appsAllowed(app.Type, app.AsOf) && services(app) < 5
			},
			apply: func(app *filing.Application) {
				app.Apps = []filing.App{{
					Kind: filing.KindQuickApp, Name: "书画琴棋", Package: "com.example.quickread",
					Categories: []string{"阅读"}, Languages: []string{"zh-Hans"}, ReuseSubjectPrincipal: true,
				}}
			}},
	}
	appPrincipal := func(app *filing.Application) *filing.Principal {
		if len(app.Apps) == 0 || app.Apps[0].ReuseSubjectPrincipal || !afterNotice(app) {
			return nil
		}
		return app.Apps[0].Principal
	}
	return append(ds, principalDefects("apps[0].principal", appPrincipal, false)...)
}
