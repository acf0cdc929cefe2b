package rule_test

import (
	"encoding/json"
	"strings"
	"testing"

	"golang.org/x/text/language"
	"pgregory.net/rapid"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/rule"
)

// TestRender: placeholders, optional parts and the field's label, in both
// languages.
func TestRender(t *testing.T) {
	text := rule.Text{ZH: "{field}“{value}”无效[（如 {hint}）]", EN: "“{value}” is not a valid {field}[ (try {hint})]."}
	cases := []struct {
		lang   rule.Lang
		params rule.Params
		want   string
	}{
		{rule.ZH, rule.Params{"value": "x"}, "主体负责人手机号码“x”无效"},                   // optional part dropped
		{rule.ZH, rule.Params{"value": "x", "hint": "y"}, "主体负责人手机号码“x”无效（如 y）"}, // optional part kept
		{rule.EN, rule.Params{"value": "x"}, "“x” is not a valid mobile number of the subject principal."},
		{rule.EN, rule.Params{"value": 3, "hint": []string{"a", "b"}}, "“3” is not a valid mobile number of the subject principal (try a、b)."},
		{rule.ZH, nil, "主体负责人手机号码“{value}”无效"}, // a missing param shows as itself
	}
	for _, c := range cases {
		if got := text.Render(c.lang, "sponsor.principal.mobile", c.params); got != c.want {
			t.Errorf("%s %v: %q, want %q", c.lang, c.params, got, c.want)
		}
	}
}

// TestMatchLang: English tags give EN, everything else ZH.
func TestMatchLang(t *testing.T) {
	for tag, want := range map[string]rule.Lang{"en": rule.EN, "en-GB": rule.EN, "zh": rule.ZH, "zh-Hant": rule.ZH, "fr": rule.ZH, "ja": rule.ZH} {
		if got := rule.MatchLang(language.MustParse(tag)); got != want {
			t.Errorf("%s: %s, want %s", tag, got, want)
		}
	}
	if l, ok := rule.ParseLang("not a tag!"); ok || l != rule.ZH {
		t.Error("a bad tag parses")
	}
}

// TestDefInForce: the first and last days are inside.
func TestDefInForce(t *testing.T) {
	d := rule.Def{Since: filing.Date{Year: 2023, Month: 8, Day: 4}, Until: filing.Date{Year: 2024, Month: 3, Day: 31}}
	for day, want := range map[filing.Date]bool{
		{Year: 2023, Month: 8, Day: 3}: false, {Year: 2023, Month: 8, Day: 4}: true,
		{Year: 2024, Month: 3, Day: 31}: true, {Year: 2024, Month: 4, Day: 1}: false,
	} {
		if got := d.InForce(day); got != want {
			t.Errorf("%s: %t", day, got)
		}
	}
}

// TestNewReportCap: a report keeps at most max findings, errors first, and
// counts the others; the kept findings stay sorted.
func TestNewReportCap(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(0, 60).Draw(t, "n")
		max := rapid.IntRange(1, 30).Draw(t, "max")
		var fs []rule.Finding
		errors := 0
		for i := range n {
			sev := rule.Severity(rapid.IntRange(1, 3).Draw(t, "severity"))
			if sev == rule.Error {
				errors++
			}
			fs = append(fs, rule.Finding{Rule: "x.y", Severity: sev, Field: "websites[" + string(rune('0'+i%10)) + "]", Message: strings.Repeat("m", i)})
		}
		r := rule.NewReport(fs, max)
		if len(r.Findings) > max || len(r.Findings)+r.Omitted != n {
			t.Fatalf("%d kept, %d omitted of %d (max %d)", len(r.Findings), r.Omitted, n, max)
		}
		kept := 0
		for _, f := range r.Findings {
			if f.Severity == rule.Error {
				kept++
			}
		}
		if kept != min(errors, max) || r.OK() != (errors == 0) {
			t.Fatalf("%d errors kept of %d (max %d), OK %t", kept, errors, max, r.OK())
		}
		for i := 1; i < len(r.Findings); i++ {
			if rule.ComparePaths(r.Findings[i-1].Field, r.Findings[i].Field) > 0 {
				t.Fatalf("not sorted: %v", r.Findings)
			}
		}
	})
}

// TestReportJSON: the wire names, [] for no findings, omitted_findings only
// when some were left out; a decoded finding renders with a catalog text.
func TestReportJSON(t *testing.T) {
	b, _ := json.Marshal(rule.Report{})
	if string(b) != `{"ok":true,"findings":[]}` {
		t.Errorf("empty report: %s", b)
	}
	d := rule.Def{ID: "a.b", Severity: rule.Warning, Source: rule.Guide2020("§2"), Text: rule.Text{ZH: "中{v}", EN: "en {v}"}}
	r := rule.NewReport([]rule.Finding{d.Finding(rule.ZH, "", rule.Params{"v": "1"}), d.Finding(rule.ZH, "x", nil)}, 1)
	b, _ = json.Marshal(r)
	want := `{"ok":true,"findings":[{"rule":"a.b","severity":"warning","field":"","message":"中1","params":{"v":"1"},"source":"ICP备案流程(PC端) 20200921 §2"}],"omitted_findings":1}`
	if string(b) != want {
		t.Errorf("report JSON:\n%s\nwant\n%s", b, want)
	}
	var back rule.Report
	if err := json.Unmarshal(b, &back); err != nil || back.Omitted != 1 || len(back.Findings) != 1 {
		t.Fatalf("round trip: %v %+v", err, back)
	}
	f := back.Findings[0]
	if f.Text(rule.EN) != "中1" || f.WithText(d.Text).Text(rule.EN) != "en 1" {
		t.Errorf("decoded finding renders %q / %q", f.Text(rule.EN), f.WithText(d.Text).Text(rule.EN))
	}
}

// TestFieldLabel: the names a console shows for paths of the application,
// in both languages; unknown paths are named by their last part.
func TestFieldLabel(t *testing.T) {
	cases := []struct{ path, zh, en string }{
		{"", "", ""},
		{"type", "备案类型", "filing type"},
		{"sponsor.name", "主办者名称", "name of the sponsor"},
		{"sponsor.region.city", "主办者所在城市", "city of the sponsor"},
		{"sponsor.principal.name", "主体负责人姓名", "name of the subject principal"},
		{"websites[1].domains[0]", "第2个网站的域名", "domain of the site (site 2)"},
		{"websites[0].principal.mobile", "第1个网站的网站负责人手机号码", "mobile number of the website principal (site 1)"},
		{"websites[2]", "第3个网站", "site 3"},
		{"apps[0].platforms[1].cert_fingerprint", "第1个应用的证书MD5指纹", "certificate fingerprint of the app (app 1)"},
		{"apps[1].principal.name", "第2个应用的应用负责人姓名", "name of the app principal (app 2)"},
		{"apps[0].app_id", "第1个应用的平台AppID", "platform app ID of the app (app 1)"},
	}
	for _, c := range cases {
		if got := rule.FieldLabel(c.path, rule.ZH); got != c.zh {
			t.Errorf("%q zh: %q, want %q", c.path, got, c.zh)
		}
		if got := rule.FieldLabel(c.path, rule.EN); got != c.en {
			t.Errorf("%q en: %q, want %q", c.path, got, c.en)
		}
	}
}

// FuzzFieldLabel: any path gets a label without a panic.
func FuzzFieldLabel(f *testing.F) {
	for _, s := range []string{"websites[", "apps[x].principal", "sponsor.principal.", "websites[99999999999999999999].a", "]["} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, path string) {
		_ = rule.FieldLabel(path, rule.ZH)
		_ = rule.FieldLabel(path, rule.EN)
	})
}
