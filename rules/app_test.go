package rules_test

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/filing/filingtest"
	"github.com/beian-go/beian/rule"
	"github.com/beian-go/beian/rules"
)

// validApps returns the valid enterprise first filing with, beside its
// website, an app on Android and iOS with a principal of its own, a WeChat
// mini-program and a quick app: no finding at all.
func validApps() *filing.Application {
	a := validEnterprise()
	a.Apps = []filing.App{
		{
			Kind: filing.KindApp, Name: "某某生活",
			Platforms: []filing.Platform{
				{OS: filing.Android, Package: "com.example.life", PublicKey: "00:c3:a1:5f:9e:0b",
					CertFingerprint: "BC:25:4E:B3:AE:E7:7D:33:E8:27:63:60:0B:19:35:B7"},
				{OS: filing.IOS, Package: "com.example.life", PublicKey: "C3 A1 5F 9E",
					CertFingerprint: "da39a3ee5e6b4b0d3255bfef95601890afd80709"},
			},
			Domains:    []string{"api.example.com"},
			Categories: []string{"生活服务"},
			Languages:  []string{"zh-Hans"},
			SDKs:       []filing.SDK{{Vendor: "某某支付科技有限公司", Function: "支付"}},
			Access:     filing.Access{Service: filing.ServiceECS, IPs: []string{"47.96.10.10", "2408:4005:1::1"}},
			Principal: &filing.Principal{
				Name: "王五", CertType: filing.CertResidentID, CertNumber: "330106199203031239",
				CertExpiry: filing.Expiry{LongTerm: true},
				Mobile:     "13600136000", Contact2: "086-0571-88888888", EmergencyMobile: "13500135000",
				Email: "wangwu@example.com",
			},
		},
		{
			Kind: filing.KindMiniProgram, Name: "某某小店", Host: filing.HostWeChat, AppID: "wx1234567890abcdef",
			Categories: []string{"电商平台"}, Languages: []string{"zh-Hans"}, ReuseSubjectPrincipal: true,
			Remark: "面向本地居民的线上小店，提供商品展示与下单服务。",
		},
		{
			Kind: filing.KindQuickApp, Name: "某某快读", Package: "com.example.quickread",
			Categories: []string{"阅读"}, Languages: []string{"zh-Hans"}, ReuseSubjectPrincipal: true,
		},
	}
	return a
}

// validPersonalApp returns a person's first filing of one quick app and no
// website (a person files websites or apps, vendor-kb-2025).
func validPersonalApp() *filing.Application {
	a := validPersonal()
	a.Websites = nil
	a.Apps = []filing.App{{
		Kind: filing.KindQuickApp, Name: "小明读书", Package: "com.example.reading",
		Categories: []string{"阅读"}, Languages: []string{"zh-Hans"}, ReuseSubjectPrincipal: true,
	}}
	return a
}

func app0(a *filing.Application) *filing.App             { return &a.Apps[0] }
func plat(a *filing.Application, j int) *filing.Platform { return &a.Apps[0].Platforms[j] }

// appCases make every app rule fire, and the rules of principals, access
// and unknown values fire at the paths of apps.
var appCases = []ruleCase{
	// The day before the notice: apps cannot be filed, and no other app
	// rule runs (the broken package stays unreported).
	{name: "the day before the notice", rule: "app.before_notice", field: "apps", base: validApps, mutate: func(a *filing.Application) {
		a.AsOf = filing.Date{Year: 2023, Month: 8, Day: 3}
		plat(a, 0).Package = "example"
	}},
	{name: "trailing space", rule: "app.name_required", field: "apps[1].name", base: validApps,
		mutate: func(a *filing.Application) { a.Apps[1].Name = "某某小店 " }},
	{name: "no name", rule: "app.name_required", field: "apps[0].name", base: validApps,
		mutate: func(a *filing.Application) { app0(a).Name = "" }},
	// Normalised: full-width and spaces do not make another name.
	{name: "a quick app named as the app", rule: "app.name_duplicate", field: "apps[2].name", base: validApps,
		mutate: func(a *filing.Application) { a.Apps[2].Name = "某某 生活" }},
	{name: "no platform", rule: "app.platform_required", field: "apps[0].platforms", base: validApps,
		mutate: func(a *filing.Application) { app0(a).Platforms = nil },
		also:   []string{}},
	{name: "empty os", rule: "app.platform_required", field: "apps[0].platforms[1].os", base: validApps,
		mutate: func(a *filing.Application) { plat(a, 1).OS = "" }},
	{name: "the Android platform twice", rule: "app.platform_duplicate", field: "apps[0].platforms[2]", base: validApps,
		mutate: func(a *filing.Application) { app0(a).Platforms = append(app0(a).Platforms, *plat(a, 0)) }},
	{name: "no package", rule: "app.package_required", field: "apps[0].platforms[0].package", base: validApps,
		mutate: func(a *filing.Application) { plat(a, 0).Package = "" }},
	{name: "quick app without package", rule: "app.package_required", field: "apps[2].package", base: validApps,
		mutate: func(a *filing.Application) { a.Apps[2].Package = "" }},
	{name: "Android ID of one segment", rule: "app.package_format", field: "apps[0].platforms[0].package", base: validApps,
		mutate: func(a *filing.Application) { plat(a, 0).Package = "examplelife" }},
	{name: "underscore in a bundle ID", rule: "app.package_format", field: "apps[0].platforms[1].package", base: validApps,
		mutate: func(a *filing.Application) { plat(a, 1).Package = "com.example.my_life" }},
	{name: "quick app package starting with a digit", rule: "app.package_format", field: "apps[2].package", base: validApps,
		mutate: func(a *filing.Application) { a.Apps[2].Package = "com.1example.read" }},
	{name: "no fingerprint", rule: "app.fingerprint_required", field: "apps[0].platforms[0].cert_fingerprint", base: validApps,
		mutate: func(a *filing.Application) { plat(a, 0).CertFingerprint = "" }},
	{name: "31 digits", rule: "app.fingerprint_format", field: "apps[0].platforms[1].cert_fingerprint", base: validApps,
		mutate: func(a *filing.Application) { plat(a, 1).CertFingerprint = strings.Repeat("a", 31) }},
	{name: "SHA-1 for Android", rule: "app.fingerprint_format", field: "apps[0].platforms[0].cert_fingerprint", base: validApps,
		mutate: func(a *filing.Application) {
			plat(a, 0).CertFingerprint = "DA:39:A3:EE:5E:6B:4B:0D:32:55:BF:EF:95:60:18:90:AF:D8:07:09"
		}},
	// An iOS MD5 fires the iOS rule only, not the format rule as well.
	{name: "MD5 for iOS", rule: "app.fingerprint_ios_md5", field: "apps[0].platforms[1].cert_fingerprint", base: validApps,
		mutate: func(a *filing.Application) {
			plat(a, 1).CertFingerprint = "bc 25 4e b3 ae e7 7d 33 e8 27 63 60 0b 19 35 b7"
		}},
	{name: "no public key", rule: "app.public_key_required", field: "apps[0].platforms[0].public_key", base: validApps,
		mutate: func(a *filing.Application) { plat(a, 0).PublicKey = "" }},
	{name: "PEM armour", rule: "app.public_key_format", field: "apps[0].platforms[0].public_key", base: validApps,
		mutate: func(a *filing.Application) {
			plat(a, 0).PublicKey = "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A\n-----END PUBLIC KEY-----"
		}},
	{name: "with the viewer's ellipsis", rule: "app.public_key_format", field: "apps[0].platforms[1].public_key", base: validApps,
		mutate: func(a *filing.Application) { plat(a, 1).PublicKey = "C3 A1 5F 9E …" }},
	{name: "no app ID", rule: "app.app_id_required", field: "apps[1].app_id", base: validApps,
		mutate: func(a *filing.Application) { a.Apps[1].AppID = "" }},
	// Empty counts as missing, not as an unknown value.
	{name: "no host", rule: "app.app_id_required", field: "apps[1].host", base: validApps,
		mutate: func(a *filing.Application) { a.Apps[1].Host = "" }},
	{name: "WeChat ID of 15 digits", rule: "app.app_id_format", field: "apps[1].app_id", base: validApps,
		mutate: func(a *filing.Application) { a.Apps[1].AppID = "wx1234567890abcde" }},
	{name: "no domains", rule: "app.domains_required", field: "apps[0].domains", base: validApps,
		mutate: func(a *filing.Application) { app0(a).Domains = nil }},
	{name: "a bare public suffix", rule: "app.domain_format", field: "apps[0].domains[0]", base: validApps,
		mutate: func(a *filing.Application) { app0(a).Domains[0] = "com.cn" }},
	{name: "a URL", rule: "app.domain_format", field: "apps[0].domains[0]", base: validApps,
		mutate: func(a *filing.Application) { app0(a).Domains[0] = "https://api.example.com/v1" }},
	{name: "three labels below", rule: "app.domain_level", field: "apps[0].domains[0]", base: validApps, set: rules.VendorKB2025,
		mutate: func(a *filing.Application) { app0(a).Domains[0] = "v1.img.api.example.com" },
		also:   []string{"principal.mobile_province"}},
	{name: "no access", rule: "app.access_missing", field: "apps[0].access", base: validApps,
		mutate: func(a *filing.Application) { app0(a).Access = filing.Access{} }},
	{name: "ECS without IP", rule: "app.access_missing", field: "apps[0].access", base: validApps,
		mutate: func(a *filing.Application) { app0(a).Access.IPs = nil }},
	{name: "a mini-program with domains", rule: "app.field_not_applicable", field: "apps[1].domains", base: validApps,
		mutate: func(a *filing.Application) { a.Apps[1].Domains = []string{"api.example.com"} }},
	{name: "a quick app with a fingerprint", rule: "app.field_not_applicable", field: "apps[2].platforms[0].cert_fingerprint", base: validApps,
		mutate: func(a *filing.Application) {
			a.Apps[2].Platforms = []filing.Platform{{OS: filing.Android, CertFingerprint: "BC:25:4E:B3:AE:E7:7D:33:E8:27:63:60:0B:19:35:B7"}}
		}},
	{name: "no category", rule: "app.category_required", field: "apps[2].categories", base: validApps,
		mutate: func(a *filing.Application) { a.Apps[2].Categories = nil }},
	{name: "six WeChat categories", rule: "app.category_too_many", field: "apps[1].categories", base: validApps,
		mutate: func(a *filing.Application) { a.Apps[1].Categories = []string{"a", "b", "c", "d", "e", "f"} }},
	{name: "no language", rule: "app.language_required", field: "apps[0].languages", base: validApps,
		mutate: func(a *filing.Application) { app0(a).Languages = nil }},
	{name: "not a language tag", rule: "app.language_required", field: "apps[0].languages[0]", base: validApps,
		mutate: func(a *filing.Application) { app0(a).Languages = []string{"中文"} }},
	{name: "two languages", rule: "app.language_several", field: "apps[0].languages", base: validApps, set: rules.VendorKB2025,
		mutate: func(a *filing.Application) { app0(a).Languages = []string{"zh-Hans", "en"} },
		also:   []string{"principal.mobile_province"}},
	{name: "a news app", rule: "app.pre_approval_missing", field: "apps[1].sectors[0]", base: validApps,
		mutate: func(a *filing.Application) { a.Apps[1].Sectors = []filing.Sector{filing.SectorNews} }},
	{name: "an SDK without function", rule: "app.sdk_incomplete", field: "apps[0].sdks[0]", base: validApps,
		mutate: func(a *filing.Application) { app0(a).SDKs[0].Function = " " }},
	{name: "a short WeChat remark", rule: "app.remark_length", field: "apps[1].remark", base: validApps,
		mutate: func(a *filing.Application) { a.Apps[1].Remark = "线上小店" }},
	{name: "five on record", rule: "app.personal_services_limit", field: "apps", base: validPersonalApp, set: rules.VendorKB2025,
		mutate: func(a *filing.Application) { n := 5; a.Sponsor.ExistingServices = &n },
		also:   []string{"principal.mobile_province"}},
	{name: "a person's website and app", rule: "app.personal_mixed_order", field: "apps", base: validPersonalApp, set: rules.VendorKB2025,
		mutate: func(a *filing.Application) { a.Websites = validPersonal().Websites },
		also:   []string{"principal.mobile_province", "naming.personal_industry"}},
	// The rules of other sections at the paths of apps.
	{name: "app principal's mobile", rule: "principal.mobile_format", field: "apps[0].principal.mobile", base: validApps,
		mutate: func(a *filing.Application) { app0(a).Principal.Mobile = "12345" }},
	{name: "app principal's ID checksum", rule: "cert.checksum", field: "apps[0].principal.cert_number", base: validApps,
		mutate: func(a *filing.Application) { app0(a).Principal.CertNumber = "330106199203031238" }},
	{name: "app principal without contact 2", rule: "principal.contact2_required", field: "apps[0].principal.contact2", base: validApps,
		mutate: func(a *filing.Application) { app0(a).Principal.Contact2 = "" }},
	{name: "a unit's app without principal", rule: "principal.name_required", field: "apps[0].principal.name", base: validApps,
		mutate: func(a *filing.Application) { app0(a).Principal = nil }},
	{name: "a private IP of an app", rule: "website.ip_invalid", field: "apps[0].access.ips[0]", base: validApps,
		mutate: func(a *filing.Application) { app0(a).Access.IPs[0] = "10.0.0.1" }},
	{name: "an app's service number", rule: "website.service_number_format", field: "apps[0].access.service_number", base: validApps,
		mutate: func(a *filing.Application) { app0(a).Access = filing.Access{ServiceNumber: "32a43232-a888"} }},
	{name: "an unknown system", rule: "basic.unknown_value", field: "apps[0].platforms[1].os", base: validApps,
		mutate: func(a *filing.Application) { plat(a, 1).OS = "symbian" }},
	{name: "an unknown kind", rule: "basic.unknown_value", field: "apps[2].kind", base: validApps,
		mutate: func(a *filing.Application) { a.Apps[2].Kind = "widget" }},
	{name: "an unknown host", rule: "basic.unknown_value", field: "apps[1].host", base: validApps,
		mutate: func(a *filing.Application) { a.Apps[1].Host = "qq" }},
	// Website or app: an order of apps alone files a service.
	{name: "neither website nor app", rule: "website.required", field: "websites", base: validApps,
		mutate: func(a *filing.Application) { a.Websites, a.Apps = nil, nil }},
}

// TestAppRulesFire: each case reports its rule at its field and nothing
// else.
func TestAppRulesFire(t *testing.T) {
	t.Parallel()
	for _, tc := range appCases {
		t.Run(tc.rule+"/"+tc.name, func(t *testing.T) {
			t.Parallel()
			r := tc.run(t)
			if !r.Has(tc.rule, tc.field) {
				t.Fatalf("%s not reported at %q; findings: %v", tc.rule, tc.field, r.Findings)
			}
			want := append([]string{tc.rule}, tc.also...)
			slices.Sort(want)
			if diff := cmp.Diff(slices.Compact(want), ids(r)); diff != "" {
				t.Errorf("rules reported (-want +got):\n%s", diff)
			}
		})
	}
}

// TestAppRulesDoNotFire: the valid fixtures report no error or warning
// (advice such as the overlay's principal.mobile_province aside), and good
// variants of each rule's input do not fire the rule named.
func TestAppRulesDoNotFire(t *testing.T) {
	t.Parallel()
	for name, c := range map[string]struct {
		app  func() *filing.Application
		set  func() rules.RuleSet
		rule string // "" for no finding at all
	}{
		"valid apps":         {validApps, rules.Default, ""},
		"valid personal app": {validPersonalApp, rules.Default, ""},
		"apps on the notice's day": {func() *filing.Application {
			a := validApps()
			a.AsOf = filing.Date{Year: 2023, Month: 8, Day: 4}
			return a
		}, rules.Default, ""},
		// Apps alone file a service: no website needed.
		"apps without website": {func() *filing.Application { a := validApps(); a.Websites = nil; return a }, rules.Default, ""},
		// Every tool's fingerprint form and every key radix.
		"fingerprints and keys as the tools print them": {func() *filing.Application {
			a := validApps()
			plat(a, 0).CertFingerprint = "bc254eb3aee77d33e82763600b1935b7"
			plat(a, 0).PublicKey = "2234567890123456789012345678901"
			plat(a, 1).CertFingerprint = "DA-39-A3-EE-5E-6B-4B-0D-32-55-BF-EF-95-60-18-90-AF-D8-07-09"
			plat(a, 1).PublicKey = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A\nMIIBCgKCAQEAw6Ff=="
			app0(a).Platforms = append(app0(a).Platforms, filing.Platform{OS: filing.HarmonyOS, Package: "com.example.life_harmony",
				PublicKey: "00c3a1", CertFingerprint: "DA:39:A3:EE:5E:6B:4B:0D:32:55:BF:EF:95:60:18:90:AF:D8:07:09"})
			return a
		}, rules.Default, ""},
		// Website-name rules never run on app names.
		"an app name with state prefix and sensitive word": {func() *filing.Application {
			a := validApps()
			app0(a).Name = "中国赌博"
			return a
		}, rules.Default, ""},
		"four labels is the vendors' limit": {func() *filing.Application {
			a := validApps()
			app0(a).Domains[0] = "img.api.example.com"
			return a
		}, rules.VendorKB2025, "app.domain_level"},
		"a person's five services": {func() *filing.Application {
			a := validPersonalApp()
			n := 4
			a.Sponsor.ExistingServices = &n
			return a
		}, rules.VendorKB2025, "app.personal_services_limit"},
		"vendor rules are not in the default set": {func() *filing.Application {
			a := validPersonalApp()
			a.Websites = validPersonal().Websites
			app0(a).Languages = []string{"zh-Hans", "en"}
			return a
		}, rules.Default, ""},
		"a 20-character WeChat remark": {func() *filing.Application {
			a := validApps()
			a.Apps[1].Remark = strings.Repeat("好", 20)
			return a
		}, rules.Default, "app.remark_length"},
		"a non-WeChat mini-program": {func() *filing.Application {
			a := validApps()
			a.Apps[1].Host, a.Apps[1].AppID, a.Apps[1].Remark = filing.HostAlipay, "2021001234567890", "短"
			a.Apps[1].Categories = []string{"a", "b", "c", "d", "e", "f"}
			return a
		}, rules.Default, ""},
	} {
		r := c.set().Check(c.app(), filing.Date{})
		var bad []rule.Finding
		for _, f := range r.Findings {
			if c.rule == "" && f.Severity != rule.Advice || c.rule != "" && f.Rule == c.rule {
				bad = append(bad, f)
			}
		}
		if len(bad) > 0 {
			t.Errorf("%s: %v", name, bad)
		}
	}
}

// TestAppCatalog: the app rules are dated from the notice (but for
// app.before_notice, which ends the day before), their sources name the
// notice, a platform or the vendors, and the vendor facts are in the
// overlay only.
func TestAppCatalog(t *testing.T) {
	t.Parallel()
	vendorOnly := []string{"app.domain_level", "app.language_several", "app.personal_services_limit", "app.personal_mixed_order"}
	def, vendor := rules.Default().Catalog(), rules.VendorKB2025().Catalog()
	n := 0
	for _, e := range vendor.Rules {
		if !strings.HasPrefix(e.ID, "app.") {
			continue
		}
		n++
		_, inDefault := def.Entry(e.ID)
		if inDefault == slices.Contains(vendorOnly, e.ID) {
			t.Errorf("%s: in the default set %t", e.ID, inDefault)
		}
		title := e.Source.Title
		switch {
		case slices.Contains(vendorOnly, e.ID) || e.ID == "app.fingerprint_ios_md5":
			if title != "vendor-kb-2025" {
				t.Errorf("%s: source %q, want the vendor guides", e.ID, e.Source)
			}
		case !strings.Contains(title, "工信部信管〔2023〕105号") && !strings.Contains(title, "微信") && !strings.Contains(title, "developer documentation"):
			t.Errorf("%s: source %q", e.ID, e.Source)
		}
		if e.ID == "app.before_notice" {
			if e.Until != (filing.Date{Year: 2023, Month: 8, Day: 3}) {
				t.Errorf("app.before_notice ends %v", e.Until)
			}
		} else if e.Since != (filing.Date{Year: 2023, Month: 8, Day: 4}) {
			t.Errorf("%s starts %v", e.ID, e.Since)
		}
	}
	if n != 28 {
		t.Errorf("%d app rules in the vendor set, want 28", n)
	}
}

// TestAppMaterials lists the app icon and the app principals' certificates.
func TestAppMaterials(t *testing.T) {
	t.Parallel()
	r := rules.Default().Check(validApps(), filing.Date{})
	var got []string
	for _, m := range r.Materials {
		if strings.HasPrefix(m.Field, "apps") {
			got = append(got, m.ID+"@"+m.Field)
		}
	}
	want := []string{
		"app_principal_cert@apps[0]", "principal_holding_unit_cert@apps[0]", "app_icon@apps[0]",
		"app_principal_cert@apps[1]", "principal_holding_unit_cert@apps[1]", "app_icon@apps[1]",
		"app_principal_cert@apps[2]", "principal_holding_unit_cert@apps[2]", "app_icon@apps[2]",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("materials of apps (-want +got):\n%s", diff)
	}
}

// appSets are the shipped sets by name, for the properties below.
var appSets = map[string]func() rules.RuleSet{"": rules.Default, filingtest.VendorSet: rules.VendorKB2025}

// TestPropertyApps: applications with apps of every kind drawn as valid
// report no error in either set; one injected defect (app rules of the
// overlay included) is reported at its field; the same application gives
// the same bytes; no report carries a full certificate or phone number of
// an app principal.
func TestPropertyApps(t *testing.T) {
	t.Parallel()
	rapid.Check(t, func(t *rapid.T) {
		setName := rapid.SampledFrom([]string{"", filingtest.VendorSet}).Draw(t, "set")
		set := appSets[setName]()
		opts := filingtest.Options{MaxApps: 3, RuleSet: setName}
		app := filingtest.Application(opts).Draw(t, "valid")
		for _, f := range set.Check(app, filing.Date{}).Findings {
			if f.Severity == rule.Error {
				t.Fatalf("valid application reports %s at %s (%s)", f.Rule, f.Field, f.Message)
			}
		}
		c := filingtest.Defective(opts).Draw(t, "case")
		r := set.Check(c.App, filing.Date{})
		if !r.Has(c.Defect.Rule, c.Defect.Field) {
			t.Fatalf("defect %s (%s) not reported; findings: %v", c.Defect, c.Defect.Note, r.Findings)
		}
		first, _ := json.Marshal(r)
		again, _ := json.Marshal(set.Check(filingtest.Clone(c.App), filing.Date{}))
		if !bytes.Equal(first, again) {
			t.Fatalf("two checks differ:\n%s\n%s", first, again)
		}
		for _, a := range c.App.Apps {
			if p := a.Principal; p != nil {
				for _, s := range []string{p.CertNumber, p.Mobile, p.Contact2, p.EmergencyMobile} {
					if len(s) >= 7 && bytes.Contains(first, []byte(s)) {
						t.Fatalf("report contains %q: %s", s, first)
					}
				}
			}
		}
	})
}
