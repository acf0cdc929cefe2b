package filingtest

import (
	"encoding/base64"
	"encoding/hex"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/beian-go/beian/filing"
	"pgregory.net/rapid"
)

// Values and parts of apps, mini-programs and quick apps, filed since the
// MIIT notice 工信部信管〔2023〕105号 of 2023-08-04.

// AppNoticeDate is the day app filing began (the MIIT notice
// 工信部信管〔2023〕105号 was published on 2023-08-04): [Application] draws
// apps only for an as_of on or after it.
func AppNoticeDate() filing.Date { return filing.Date{Year: 2023, Month: time.August, Day: 4} }

// appTypes are the filing types that add or change apps.
var appTypes = []filing.Type{filing.FirstFiling, filing.NewSiteElsewhere, filing.NewSiteHere, filing.AccessFiling, filing.ChangeWebsite}

// Package draws valid package identifiers for os: Android application IDs
// (two to four segments starting with a letter, of letters, digits and
// '_'), iOS bundle IDs (letters, digits, '-' and '.'), HarmonyOS bundle
// names (7–128 bytes of letters, digits, '_' and '.', starting with a
// letter), and for other systems any of these. [filing.ParsePackageFor]
// accepts each for its os.
func Package(os filing.OS) *rapid.Generator[string] {
	return rapid.Custom(func(t *rapid.T) string {
		tld := rapid.SampledFrom([]string{"com", "cn", "net", "org", "io"}).Draw(t, "tld")
		switch os {
		case filing.Android:
			return tld + "." + rapid.StringMatching(`[a-z][a-z0-9_]{1,11}(\.[a-zA-Z][a-zA-Z0-9_]{0,11}){0,2}`).Draw(t, "android_rest")
		case filing.IOS:
			return tld + "." + rapid.StringMatching(`[a-z][a-z0-9-]{1,11}(\.[a-zA-Z0-9][a-zA-Z0-9-]{0,11}){0,2}`).Draw(t, "ios_rest")
		case filing.HarmonyOS:
			return tld + "." + rapid.StringMatching(`[a-z][a-z0-9_]{3,11}(\.[a-zA-Z][a-zA-Z0-9_]{0,11}){0,2}`).Draw(t, "harmony_rest")
		}
		return Package(rapid.SampledFrom([]filing.OS{filing.Android, filing.IOS, filing.HarmonyOS}).Draw(t, "like")).Draw(t, "package")
	})
}

// Fingerprint draws certificate fingerprints of the digest d ([filing.MD5]
// or [filing.SHA1]; any other value draws either) written as the tools print
// them: keytool and openssl (AB:CD:…), jadx (ab cd …), hyphens, or no
// separator, in upper or lower case.
func Fingerprint(d filing.Digest) *rapid.Generator[string] {
	return rapid.Custom(func(t *rapid.T) string {
		n := 16
		switch d {
		case filing.SHA1:
			n = 20
		case filing.MD5:
		default:
			n = rapid.SampledFrom([]int{16, 20}).Draw(t, "bytes")
		}
		h := hex.EncodeToString(rapid.SliceOfN(rapid.Byte(), n, n).Draw(t, "digest"))
		sep := ""
		switch rapid.IntRange(0, 3).Draw(t, "tool") {
		case 0: // keytool, openssl
			h, sep = strings.ToUpper(h), ":"
		case 1: // jadx
			sep = " "
		case 2:
			sep = "-"
		}
		if rapid.Bool().Draw(t, "upper") {
			h = strings.ToUpper(h)
		}
		var parts []string
		for i := 0; i < len(h); i += 2 {
			parts = append(parts, h[i:i+2])
		}
		return strings.Join(parts, sep)
	})
}

// PublicKey draws signing-certificate public keys in every form the filing
// form accepts: an RSA modulus in decimal (jadx), in hexadecimal with
// colons and line breaks (openssl), with spaces and truncated (Apple's
// certificate viewer), or a base64 body with line breaks (PEM without its
// header and footer).
func PublicKey() *rapid.Generator[string] {
	return rapid.Custom(func(t *rapid.T) string {
		b := rapid.SliceOfN(rapid.Byte(), 16, 256).Draw(t, "modulus")
		b[0] |= 0x80
		switch rapid.IntRange(0, 3).Draw(t, "radix") {
		case 0:
			return new(big.Int).SetBytes(b).String()
		case 1:
			h := hex.EncodeToString(append([]byte{0}, b...))
			var lines []string
			for i := 0; i < len(h); i += 30 {
				var pairs []string
				for j := i; j < min(i+30, len(h)); j += 2 {
					pairs = append(pairs, h[j:j+2])
				}
				lines = append(lines, strings.Join(pairs, ":"))
			}
			return strings.Join(lines, ":\n    ")
		case 2:
			h := strings.ToUpper(hex.EncodeToString(b))
			var pairs []string
			for i := 0; i < len(h); i += 2 {
				pairs = append(pairs, h[i:i+2])
			}
			return strings.Join(pairs[:rapid.IntRange(1, len(pairs)).Draw(t, "truncate")], " ")
		}
		s := base64.StdEncoding.EncodeToString(b)
		var lines []string
		for i := 0; i < len(s); i += 64 {
			lines = append(lines, s[i:min(i+64, len(s))])
		}
		return strings.Join(lines, "\n")
	})
}

// WeChatAppID draws WeChat mini-program IDs: "wx" and 16 lower-case
// hexadecimal digits.
func WeChatAppID() *rapid.Generator[string] { return rapid.StringMatching(`wx[0-9a-f]{16}`) }

// miniProgramIDs draw the IDs of mini-programs on hosts other than WeChat.
var miniProgramIDs = map[filing.Host]*rapid.Generator[string]{
	filing.HostAlipay: rapid.StringMatching(`20[0-9]{14}`),
	filing.HostDouyin: rapid.StringMatching(`tt[0-9a-f]{16}`),
	filing.HostBaidu:  rapid.StringMatching(`[0-9]{8}`),
	filing.HostOther:  rapid.StringMatching(`[a-z]{2}[0-9a-z]{8,16}`),
}

// appCategories are service categories as platforms list them (codes and
// names are the host's data; any non-empty text is accepted).
var appCategories = []string{"生活服务", "工具", "阅读", "教育信息服务", "电商平台", "旅游服务", "餐饮服务", "社交", "图片摄影", "天气"}

// appSDKs are SDK entries: a vendor and a function type.
var appSDKs = []filing.SDK{
	{Vendor: "某某推送科技有限公司", Function: "消息推送"},
	{Vendor: "某某支付科技有限公司", Function: "支付"},
	{Vendor: "某某地图科技有限公司", Function: "定位"},
	{Vendor: "某某统计科技有限公司", Function: "统计分析"},
}

// appHost draws a host name an app's back end is reached at: a registrable
// domain or a subdomain at most two labels below it.
func appHost() *rapid.Generator[string] {
	return rapid.Custom(func(t *rapid.T) string {
		d := Domain().Draw(t, "registrable")
		switch rapid.IntRange(0, 2).Draw(t, "level") {
		case 1:
			return rapid.SampledFrom([]string{"api", "m", "app", "cdn"}).Draw(t, "sub") + "." + d
		case 2:
			return rapid.SampledFrom([]string{"v1", "img", "static"}).Draw(t, "sub2") + "." + rapid.SampledFrom([]string{"api", "app"}).Draw(t, "sub") + "." + d
		}
		return d
	})
}

// appsAllowed reports whether an application of type typ evaluated on asOf
// may carry apps.
func appsAllowed(typ filing.Type, asOf filing.Date) bool {
	return slices.Contains(appTypes, typ) && !asOf.Before(AppNoticeDate())
}

// apps draws n apps of app, of the kinds and (for mini-programs) hosts
// given, with distinct names.
func (g gen) apps(app *filing.Application, n int, kinds []filing.Kind, hosts []filing.Host) []filing.App {
	t := g.t
	names := rapid.SliceOfNDistinct(hanString(nameAlphabet, 2, 6), n, n, rapid.ID[string]).Draw(t, "app_names")
	out := make([]filing.App, 0, n)
	for i := range n {
		kind := rapid.SampledFrom(kinds).Draw(t, "kind")
		out = append(out, g.app(app, kind, names[i], hosts))
	}
	return out
}

// app draws one app of the kind, named name, that breaks no rule of apps;
// a mini-program runs on one of hosts.
func (g gen) app(app *filing.Application, kind filing.Kind, name string, hosts []filing.Host) filing.App {
	t := g.t
	a := filing.App{
		Kind:       kind,
		Name:       name,
		Categories: rapid.SliceOfNDistinct(rapid.SampledFrom(appCategories), 1, 3, rapid.ID[string]).Draw(t, "categories"),
		Languages:  []string{"zh-Hans"},
	}
	if sdks := rapid.IntRange(0, 2).Draw(t, "sdks"); sdks > 0 {
		a.SDKs = rapid.SliceOfNDistinct(rapid.SampledFrom(appSDKs), sdks, sdks, func(s filing.SDK) string { return s.Vendor }).Draw(t, "sdk_list")
	}
	switch kind {
	case filing.KindApp:
		oses := rapid.SliceOfNDistinct(rapid.SampledFrom(filing.OSes()), 1, 3, rapid.ID[filing.OS]).Draw(t, "oses")
		for _, os := range oses {
			d := filing.Digest(0)
			switch os {
			case filing.Android:
				d = filing.MD5
			case filing.IOS:
				d = filing.SHA1
			}
			a.Platforms = append(a.Platforms, filing.Platform{
				OS:              os,
				Package:         Package(os).Draw(t, "package"),
				PublicKey:       PublicKey().Draw(t, "public_key"),
				CertFingerprint: Fingerprint(d).Draw(t, "cert_fingerprint"),
			})
		}
		a.Domains = rapid.SliceOfNDistinct(appHost(), 1, 2, rapid.ID[string]).Draw(t, "app_domains")
		a.Access = g.access()
	case filing.KindMiniProgram:
		a.Host = rapid.SampledFrom(hosts).Draw(t, "host")
		if a.Host == filing.HostWeChat {
			a.AppID = WeChatAppID().Draw(t, "app_id")
			if rapid.Bool().Draw(t, "remark") {
				// WeChat's comment: 20–200 characters.
				a.Remark = "本小程序提供" + hanString(nameAlphabet, 9, 40).Draw(t, "remark_body") + "等信息服务"
			}
		} else {
			a.AppID = miniProgramIDs[a.Host].Draw(t, "app_id")
		}
	case filing.KindQuickApp:
		a.Package = Package(filing.Android).Draw(t, "package")
	}
	if g.nature == filing.Personal {
		a.ReuseSubjectPrincipal = true
	} else if rapid.Bool().Draw(t, "reuse") {
		a.ReuseSubjectPrincipal = true
	} else {
		p := g.principal("app_principal", rapid.Bool().Draw(t, "legal_rep"))
		a.Principal = &p
	}
	return a
}

// access draws the network access of a website or an app: a filing service
// number, the shop product, or a cloud product with one or two public IPs.
func (g gen) access() filing.Access {
	t := g.t
	var a filing.Access
	switch rapid.IntRange(0, 5).Draw(t, "access") {
	case 0:
		a.ServiceNumber = ServiceNumber().Draw(t, "service_number")
	case 1:
		a.Service = filing.ServiceShop
	default:
		a.Service = rapid.SampledFrom([]filing.AccessService{
			filing.ServiceECS, filing.ServiceLightweight, filing.ServiceVirtualHost,
			filing.ServiceSiteBuilder, filing.ServiceWebHosting,
		}).Draw(t, "service")
		a.IPs = rapid.SliceOfNDistinct(PublicIP(), 1, 2, rapid.ID[string]).Draw(t, "ips")
	}
	return a
}

// cloneApps returns a deep copy of apps.
func cloneApps(apps []filing.App) []filing.App {
	out := slices.Clone(apps)
	for i := range out {
		a := &out[i]
		a.Platforms = slices.Clone(a.Platforms)
		a.Domains = slices.Clone(a.Domains)
		a.Categories = slices.Clone(a.Categories)
		a.Languages = slices.Clone(a.Languages)
		a.Sectors = slices.Clone(a.Sectors)
		a.PreApprovals = slices.Clone(a.PreApprovals)
		a.SDKs = slices.Clone(a.SDKs)
		a.Access.IPs = slices.Clone(a.Access.IPs)
		if a.Principal != nil {
			p := *a.Principal
			a.Principal = &p
		}
	}
	return out
}
