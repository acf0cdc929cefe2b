package filing

import (
	"fmt"
	"log/slog"
)

// Apps, mini-programs and quick apps. Since the MIIT notice
// 《工业和信息化部关于开展移动互联网应用程序备案工作的通知》 (工信部信管〔2023〕105号,
// published 2023-08-04) every mobile internet application that provides
// internet information services in mainland China is filed like a website:
// APPs, mini-programs (小程序) and quick apps (快应用). The fields below are
// those of the notice's registration form (互联网信息服务备案登记表), with the
// mini-program fields of the WeChat filing API (apply_icp_filing).
//
// As for websites, every value is kept as the customer typed it; the value
// types [Package], [Fingerprint], [PublicKey] and [WeChatAppID] parse them.

// Kind is the kind of an application filed beside websites: an app, a
// mini-program or a quick app.
type Kind string

// The kinds of application of the 2023 notice.
const (
	KindApp         Kind = "app"          // APP (移动互联网应用程序)
	KindMiniProgram Kind = "mini_program" // 小程序
	KindQuickApp    Kind = "quick_app"    // 快应用
)

// OS is the operating system of one platform of an app.
type OS string

// The operating systems of the registration form.
const (
	Android    OS = "android"    // 安卓
	IOS        OS = "ios"        // iOS
	HarmonyOS  OS = "harmonyos"  // 鸿蒙
	BlackBerry OS = "blackberry" // 黑莓
	Linux      OS = "linux"      // Linux
)

// Host is the platform a mini-program runs in.
type Host string

// The mini-program hosts.
const (
	HostWeChat Host = "wechat" // 微信
	HostAlipay Host = "alipay" // 支付宝
	HostDouyin Host = "douyin" // 抖音
	HostBaidu  Host = "baidu"  // 百度
	HostOther  Host = "other"  // 其他
)

var kinds = []enumInfo[Kind]{
	{KindApp, "APP"},
	{KindMiniProgram, "小程序"},
	{KindQuickApp, "快应用"},
}

var oses = []enumInfo[OS]{
	{Android, "安卓"},
	{IOS, "iOS"},
	{HarmonyOS, "鸿蒙"},
	{BlackBerry, "黑莓"},
	{Linux, "Linux"},
}

var hosts = []enumInfo[Host]{
	{HostWeChat, "微信"},
	{HostAlipay, "支付宝"},
	{HostDouyin, "抖音"},
	{HostBaidu, "百度"},
	{HostOther, "其他"},
}

// IsKnown reports whether k is one of the kinds app, mini_program and
// quick_app.
func (k Kind) IsKnown() bool { _, ok := lookup(kinds, k); return ok }

// Chinese returns the Chinese name of k, or "" if k is unknown.
func (k Kind) Chinese() string { s, _ := lookup(kinds, k); return s }

// Kinds returns every known kind of application.
func Kinds() []Kind { return values(kinds) }

// IsKnown reports whether o is one of the operating systems of the
// registration form.
func (o OS) IsKnown() bool { _, ok := lookup(oses, o); return ok }

// Chinese returns the Chinese name of o, or "" if o is unknown.
func (o OS) Chinese() string { s, _ := lookup(oses, o); return s }

// OSes returns every known operating system.
func OSes() []OS { return values(oses) }

// IsKnown reports whether h is one of the mini-program hosts.
func (h Host) IsKnown() bool { _, ok := lookup(hosts, h); return ok }

// Chinese returns the Chinese name of h, or "" if h is unknown.
func (h Host) Chinese() string { s, _ := lookup(hosts, h); return s }

// Hosts returns every known mini-program host.
func Hosts() []Host { return values(hosts) }

// Platform is one platform an app is published on, with the identifiers of
// its signed package. None of them is personal data.
type Platform struct {
	// OS is the platform's operating system.
	OS OS `json:"os"`
	// Package is the Android application ID, the iOS bundle ID or the
	// HarmonyOS bundle name (see [Package]).
	Package string `json:"package"`
	// PublicKey is the signing certificate's public key (see [PublicKey]).
	PublicKey string `json:"public_key"`
	// CertFingerprint is the signing certificate's fingerprint, the form's
	// "MD5" field (see [Fingerprint]).
	CertFingerprint string `json:"cert_fingerprint"`
}

// SDK is a third-party SDK an application embeds: its vendor and its
// function type.
type SDK struct {
	Vendor   string `json:"vendor"`
	Function string `json:"function"`
}

// App is one app, mini-program or quick app of an order. An app lists its
// platforms, domains and network access; a mini-program names its host and
// its ID there; a quick app its package. The registration form marks the
// domain list, the key and fingerprint and the network access "小程序、快应用无需填写".
type App struct {
	Kind Kind   `json:"kind"`
	Name string `json:"name"`
	// Platforms are the platforms of an app (one entry per OS and package).
	Platforms []Platform `json:"platforms,omitempty"`
	// Host and AppID name a mini-program's platform and its ID there.
	Host  Host   `json:"host,omitempty"`
	AppID string `json:"app_id,omitempty"`
	// Package is a quick app's package name.
	Package string `json:"package,omitempty"`
	// Domains are the domains an app's back end is reached at (域名列表).
	Domains []string `json:"domains,omitempty"`
	// Categories are the service categories (类目); their codes are the
	// host's data.
	Categories   []string      `json:"categories"`
	Languages    []string      `json:"languages"`
	Sectors      []Sector      `json:"sectors,omitempty"`
	PreApprovals []PreApproval `json:"pre_approvals,omitempty"`
	SDKs         []SDK         `json:"sdks,omitempty"`
	// Access is an app's network access, as for a website.
	Access Access `json:"access,omitzero"`
	// ReuseSubjectPrincipal means the app's principal is the subject
	// principal; Principal is then omitted. Implied for personal sponsors.
	ReuseSubjectPrincipal bool       `json:"reuse_subject_principal"`
	Principal             *Principal `json:"principal,omitempty"`
	Remark                string     `json:"remark,omitempty"`
}

// AppPrincipal returns the principal responsible for app i of the
// application: the app's own, or the subject principal when the app reuses
// it (always for a personal sponsor). It returns nil when i is out of range
// or the app names no principal and does not reuse the subject's.
func (app *Application) AppPrincipal(i int) *Principal {
	if i < 0 || i >= len(app.Apps) {
		return nil
	}
	a := &app.Apps[i]
	if a.ReuseSubjectPrincipal || app.Sponsor.Nature == Personal {
		return &app.Sponsor.Principal
	}
	return a.Principal
}

// String describes a from its log group: printing an app (or an
// application holding one) never shows a certificate or phone number in
// full, whatever field it was typed into.
func (a App) String() string { return logString(a.LogValue()) }

// Format implements fmt.Formatter: every verb prints the masked form of
// String.
func (a App) Format(f fmt.State, verb rune) { maskedFormat(f, verb, "App", a.String()) }

// LogValue implements slog.LogValuer: a group of the app's fields, every
// text masked with MaskText, its platforms, SDKs and principal nested
// groups.
func (a App) LogValue() slog.Value {
	attrs := []slog.Attr{
		slog.String("kind", MaskText(string(a.Kind))),
		slog.String("name", MaskText(a.Name)),
		indexGroup("platforms", a.Platforms),
		slog.String("host", MaskText(string(a.Host))),
		slog.String("app_id", MaskText(a.AppID)),
		slog.String("package", MaskText(a.Package)),
		slog.Any("domains", maskTexts(a.Domains)),
		slog.Any("categories", maskTexts(a.Categories)),
		slog.Any("languages", maskTexts(a.Languages)),
		slog.Any("sectors", maskTexts(a.Sectors)),
		indexGroup("pre_approvals", a.PreApprovals),
		indexGroup("sdks", a.SDKs),
		slog.Any("access", a.Access),
		slog.Bool("reuse_subject_principal", a.ReuseSubjectPrincipal),
	}
	if a.Principal != nil {
		attrs = append(attrs, slog.Any("principal", *a.Principal))
	}
	attrs = append(attrs, slog.String("remark", MaskText(a.Remark)))
	return slog.GroupValue(attrs...)
}

// LogValue implements slog.LogValuer: a group of the platform's fields,
// masked.
func (p Platform) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("os", MaskText(string(p.OS))),
		slog.String("package", MaskText(p.Package)),
		slog.String("public_key", MaskText(p.PublicKey)),
		slog.String("cert_fingerprint", MaskText(p.CertFingerprint)),
	)
}

// LogValue implements slog.LogValuer: a group of the SDK's fields, masked.
func (s SDK) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("vendor", MaskText(s.Vendor)),
		slog.String("function", MaskText(s.Function)),
	)
}
