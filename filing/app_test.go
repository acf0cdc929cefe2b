package filing_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"pgregory.net/rapid"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/filing/filingtest"
)

// appWire is an application in the wire shape with the three kinds of app:
// an app on two platforms, a WeChat mini-program and a quick app.
const appWire = `{
  "type": "new_site_here",
  "as_of": "2026-11-28",
  "sponsor": {
    "region": {"province": "浙江省", "city": "杭州市", "district": "西湖区"},
    "nature": "enterprise", "cert_type": "business_license", "name": "杭州某某科技有限公司",
    "cert_number": "91330106MA2AXXXX1X", "cert_address": "某某路1号", "mailing_address": "某某路1号5幢301室",
    "investor": "张三", "remark": "", "existing_services": 2,
    "principal": {"name": "张三", "cert_type": "resident_id", "cert_number": "330106199001011234",
      "mobile": "13800138000", "contact2": "086-0571-88888888", "emergency_mobile": "13900139000",
      "email": "zhangsan@example.com", "is_legal_representative": true}
  },
  "websites": [],
  "apps": [
    {
      "kind": "app", "name": "某某生活",
      "platforms": [
        {"os": "android", "package": "com.example.life", "public_key": "00:c3:a1",
         "cert_fingerprint": "BC:25:4E:B3:AE:E7:7D:33:E8:27:63:60:0B:19:35:B7"},
        {"os": "ios", "package": "com.example.life", "public_key": "C3 A1",
         "cert_fingerprint": "DA39A3EE5E6B4B0D3255BFEF95601890AFD80709"}
      ],
      "domains": ["api.example.com"], "categories": ["生活服务"], "languages": ["zh-Hans"],
      "sectors": [], "pre_approvals": [], "sdks": [{"vendor": "某某支付", "function": "支付"}],
      "access": {"service": "ecs", "ips": ["47.96.10.10", "2408:4000::1"]},
      "reuse_subject_principal": false,
      "principal": {"name": "李四", "cert_type": "resident_id", "cert_number": "330106199202021234",
        "mobile": "13700137000", "contact2": "13600136000", "emergency_mobile": "13500135000", "email": "lisi@example.com"},
      "remark": ""
    },
    {"kind": "mini_program", "name": "某某小店", "host": "wechat", "app_id": "wx1234567890abcdef",
     "categories": ["电商平台"], "languages": ["zh-Hans"], "reuse_subject_principal": true,
     "remark": "面向本地居民的线上小店，提供商品展示与下单服务。"},
    {"kind": "quick_app", "name": "某某快读", "package": "com.example.quickread",
     "categories": ["阅读"], "languages": ["zh-Hans"], "reuse_subject_principal": true}
  ]
}`

// TestDecodeApps decodes the three kinds of app and encodes them back.
func TestDecodeApps(t *testing.T) {
	app, err := filing.Decode(strings.NewReader(appWire))
	if err != nil {
		t.Fatal(err)
	}
	if len(app.Apps) != 3 || app.Sponsor.ExistingServices == nil || *app.Sponsor.ExistingServices != 2 {
		t.Fatalf("decoded %d apps, existing services %v", len(app.Apps), app.Sponsor.ExistingServices)
	}
	a, m, q := app.Apps[0], app.Apps[1], app.Apps[2]
	if a.Kind != filing.KindApp || len(a.Platforms) != 2 || a.Platforms[1].OS != filing.IOS || a.Access.IPs[1] != "2408:4000::1" ||
		a.SDKs[0] != (filing.SDK{Vendor: "某某支付", Function: "支付"}) || a.Principal == nil {
		t.Errorf("app = %v", a)
	}
	if m.Kind != filing.KindMiniProgram || m.Host != filing.HostWeChat || m.AppID != "wx1234567890abcdef" || m.Platforms != nil {
		t.Errorf("mini-program = %v", m)
	}
	if q.Kind != filing.KindQuickApp || q.Package != "com.example.quickread" {
		t.Errorf("quick app = %v", q)
	}
	b, err := json.Marshal(app)
	if err != nil {
		t.Fatal(err)
	}
	again, err := filing.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("Decode(Marshal): %v\n%s", err, b)
	}
	if diff := cmp.Diff(app, again, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	// A mini-program without access marshals without it.
	if mb, _ := json.Marshal(m); bytes.Contains(mb, []byte(`"access"`)) || bytes.Contains(mb, []byte(`"platforms"`)) {
		t.Errorf("mini-program marshals fields it has not: %s", mb)
	}
}

// TestDecodeAppErrors: the decoder's guarantees hold inside apps.
func TestDecodeAppErrors(t *testing.T) {
	tests := []struct {
		name      string
		doc       string
		line, col int
		msg       string // part of the error message
	}{
		// A misspelt field of a platform is rejected where it stands.
		{"unknown platform field", "{\"apps\": [{\"platforms\": [\n {\"os\": \"ios\", \"fingerprint\": \"\"}]}]}", 2, 16, `unknown field "fingerprint"`},
		{"case of a key", "{\"apps\": [{\"App_ID\": \"wx\"}]}", 1, 12, `unknown field "App_ID"`},
		{"repeated key", "{\"apps\": [{\"kind\": \"app\", \"kind\": \"app\"}]}", 1, 27, `given twice`},
		{"wrong type", "{\"apps\": [{\"sdks\": {\"vendor\": \"x\"}}]}", 1, 20, `must be an array`},
		{"negative count", "{\"sponsor\": {\n  \"existing_services\": -1}}", 2, 3, `must not be negative`},
		{"fractional count", "{\"sponsor\": {\"existing_services\": 1.5}}", 1, 35, `existing_services`},
		{"count as text", "{\"sponsor\": {\"existing_services\": \"2\"}}", 1, 35, `existing_services`},
	}
	for _, tt := range tests {
		_, err := filing.Decode(strings.NewReader(tt.doc))
		var de *filing.DecodeError
		if !errors.As(err, &de) || de.Line != tt.line || de.Column != tt.col || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("%s: Decode = %v; want line %d, column %d, %q", tt.name, err, tt.line, tt.col, tt.msg)
		}
	}
	// Unknown enum values survive decoding for the rule engine.
	app, err := filing.Decode(strings.NewReader(`{"apps": [{"kind": "widget", "host": "qq", "platforms": [{"os": "symbian"}]}], "sponsor": {"existing_services": 0}}`))
	if err != nil {
		t.Fatal(err)
	}
	if a := app.Apps[0]; a.Kind.IsKnown() || a.Host.IsKnown() || a.Platforms[0].OS.IsKnown() || a.Kind != "widget" {
		t.Errorf("unknown values decoded as %v", a)
	}
	if n := app.Sponsor.ExistingServices; n == nil || *n != 0 {
		t.Errorf("existing_services 0 decoded as %v", n)
	}
}

// TestAppEnums checks the enumerations of apps.
func TestAppEnums(t *testing.T) {
	got := fmt.Sprint(filing.Kinds(), filing.OSes(), filing.Hosts())
	want := "[app mini_program quick_app] [android ios harmonyos blackberry linux] [wechat alipay douyin baidu other]"
	if got != want {
		t.Errorf("enums = %s, want %s", got, want)
	}
	for _, k := range filing.Kinds() {
		if !k.IsKnown() || k.Chinese() == "" {
			t.Errorf("kind %s: %t %q", k, k.IsKnown(), k.Chinese())
		}
	}
	for _, o := range filing.OSes() {
		if !o.IsKnown() || o.Chinese() == "" {
			t.Errorf("os %s: %t %q", o, o.IsKnown(), o.Chinese())
		}
	}
	for _, h := range filing.Hosts() {
		if !h.IsKnown() || h.Chinese() == "" {
			t.Errorf("host %s: %t %q", h, h.IsKnown(), h.Chinese())
		}
	}
	// The empty value is not known: it is a missing value.
	if filing.Kind("").IsKnown() || filing.OS("").IsKnown() || filing.Host("").IsKnown() || filing.OS("Android").IsKnown() {
		t.Error("an empty or misspelt value is known")
	}
	if filing.KindQuickApp.Chinese() != "快应用" || filing.HostWeChat.Chinese() != "微信" || filing.Kind("x").Chinese() != "" {
		t.Error("Chinese names")
	}
}

// TestAppPrincipal checks which principal answers for an app.
func TestAppPrincipal(t *testing.T) {
	own := &filing.Principal{Name: "李四"}
	app := &filing.Application{
		Sponsor: filing.Sponsor{Nature: filing.Enterprise, Principal: filing.Principal{Name: "张三"}},
		Apps:    []filing.App{{Principal: own}, {ReuseSubjectPrincipal: true, Principal: own}, {}},
	}
	name := func(p *filing.Principal) string {
		if p == nil {
			return ""
		}
		return p.Name
	}
	got := []string{name(app.AppPrincipal(0)), name(app.AppPrincipal(1)), name(app.AppPrincipal(2)), name(app.AppPrincipal(3)), name(app.AppPrincipal(-1))}
	if diff := cmp.Diff([]string{"李四", "张三", "", "", ""}, got); diff != "" {
		t.Errorf("AppPrincipal (-want +got):\n%s", diff)
	}
	app.Sponsor.Nature = filing.Personal
	if app.AppPrincipal(0) != &app.Sponsor.Principal {
		t.Error("a personal sponsor's app does not reuse the subject principal")
	}
}

// TestAppFormatMasked prints apps with fmt and slog: no full certificate or
// phone number of an app principal appears.
func TestAppFormatMasked(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		app := filingtest.Application(filingtest.Options{MaxApps: 3}).Draw(t, "app")
		var secrets []string
		for _, a := range app.Apps {
			if p := a.Principal; p != nil {
				secrets = append(secrets, p.CertNumber, p.Mobile, p.Contact2, p.EmergencyMobile)
			}
		}
		var buf bytes.Buffer
		for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q"} {
			fmt.Fprintf(&buf, verb, app)
			fmt.Fprintf(&buf, verb, *app)
			fmt.Fprintf(&buf, verb, app.Apps)
		}
		jsonLog := slog.New(slog.NewJSONHandler(&buf, nil))
		jsonLog.Info("filing", "app", app, "value", *app)
		for _, a := range app.Apps {
			jsonLog.Info("app", "app", a, "string", a.String())
		}
		if leaks := modelLeaks(buf.String(), secrets); len(leaks) > 0 {
			t.Fatalf("%d full numbers in %s", len(leaks), buf.String())
		}
	})
	// A fixed app shows its principal masked.
	a := filing.App{Kind: filing.KindApp, Name: "某某生活", Principal: &filing.Principal{Name: "李四", CertNumber: "330106199202021234", Mobile: "13700137000"}}
	for _, s := range []string{a.String(), fmt.Sprintf("%+v", a), a.LogValue().String()} {
		if !strings.Contains(s, "3301**********1234") || !strings.Contains(s, "137****7000") || strings.Contains(s, "13700137000") {
			t.Errorf("app printed as %s", s)
		}
	}
}

// TestDecodeRoundTripApps encodes generated applications with apps of
// every kind and decodes them back.
func TestDecodeRoundTripApps(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		app := filingtest.Application(filingtest.Options{MaxApps: 3}).Draw(t, "app")
		b, err := json.MarshalIndent(app, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		got, err := filing.Decode(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("Decode: %v\n%s", err, b)
		}
		if diff := cmp.Diff(app, got, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("round trip (-want +got):\n%s", diff)
		}
	})
}
