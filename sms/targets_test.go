package sms_test

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/sms"
	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"
)

// Numbers used in the tests. mobileA2 is mobileA spelt differently: it
// normalises to the same number.
const (
	mobileA  = "13800138000"
	mobileA2 = "+86 138 0013 8000"
	mobileB  = "13900139000"
	mobileC  = "15000150000"
)

var (
	day0 = filing.Date{Year: 2020, Month: time.August, Day: 16} // the day before the SMS step
	day1 = filing.Date{Year: 2020, Month: time.August, Day: 17} // the first day of the SMS step
	now  = filing.Date{Year: 2026, Month: time.November, Day: 28}
)

// cmpMobile compares filing.Mobile values by number.
var cmpMobile = cmp.Comparer(func(a, b filing.Mobile) bool { return a == b })

// principal returns a principal with the given mobile.
func principal(mobile string) *filing.Principal {
	return &filing.Principal{Name: "张三", CertType: filing.CertResidentID, Mobile: mobile}
}

// unitApp returns an enterprise application of type typ whose subject
// principal has mobile subj and whose websites have principals of their own
// with the given mobiles; "reuse" makes a website reuse the subject
// principal and "none" leaves its principal out.
func unitApp(typ filing.Type, subj string, sites ...string) *filing.Application {
	app := &filing.Application{Type: typ}
	app.Sponsor.Nature = filing.Enterprise
	app.Sponsor.Principal = *principal(subj)
	for i, m := range sites {
		w := filing.Website{Name: "站点" + strconv.Itoa(i), Domains: []string{"example" + strconv.Itoa(i) + ".com"}}
		switch m {
		case "reuse":
			w.ReuseSubjectPrincipal = true
		case "none":
		default:
			w.Principal = principal(m)
		}
		app.Websites = append(app.Websites, w)
	}
	return app
}

// target builds an expected Target.
func target(mobile string, roles []sms.Role, fields ...string) sms.Target {
	return sms.Target{Roles: roles, Fields: fields, Mobile: filing.MustParseMobile(mobile)}
}

var (
	subj = []sms.Role{sms.SubjectPrincipal}
	site = []sms.Role{sms.WebsitePrincipal}
	both = []sms.Role{sms.SubjectPrincipal, sms.WebsitePrincipal}
)

// TestTargets runs every filing type with different mobiles (A for the
// subject, B and C for two websites) and with the same mobile (A for the
// subject, A spelt +86 … for website 0, website 1 reusing the subject).
func TestTargets(t *testing.T) {
	diff := func(typ filing.Type) *filing.Application { return unitApp(typ, mobileA, mobileB, mobileC) }
	same := func(typ filing.Type) *filing.Application { return unitApp(typ, mobileA, mobileA2, "reuse") }
	siteDiff := []sms.Target{target(mobileB, site, "websites[0]"), target(mobileC, site, "websites[1]")}
	siteSame := []sms.Target{target(mobileA, site, "websites[0]", "websites[1]")}
	subjOnly := []sms.Target{target(mobileA, subj, "sponsor.principal")}
	tests := []struct {
		name string
		app  *filing.Application
		want []sms.Target
	}{
		// First filing: subject principal and every website principal.
		{"first_filing/different", diff(filing.FirstFiling), []sms.Target{
			target(mobileA, subj, "sponsor.principal"),
			target(mobileB, site, "websites[0]"),
			target(mobileC, site, "websites[1]"),
		}},
		// First filing, one number everywhere: one code, both roles, every field.
		{"first_filing/same", same(filing.FirstFiling), []sms.Target{
			target(mobileA, both, "sponsor.principal", "websites[0]", "websites[1]"),
		}},
		// New sites (either provider): website principals only.
		{"new_site_elsewhere/different", diff(filing.NewSiteElsewhere), siteDiff},
		{"new_site_elsewhere/same", same(filing.NewSiteElsewhere), siteSame},
		{"new_site_here/different", diff(filing.NewSiteHere), siteDiff},
		{"new_site_here/same", same(filing.NewSiteHere), siteSame},
		// Access filing: website principals only.
		{"access/different", diff(filing.AccessFiling), siteDiff},
		{"access/same", same(filing.AccessFiling), siteSame},
		// Change of subject: the subject principal only.
		{"change_subject/different", diff(filing.ChangeSubject), subjOnly},
		{"change_subject/same", same(filing.ChangeSubject), subjOnly},
		// Change of website: the website principals.
		{"change_website/different", diff(filing.ChangeWebsite), siteDiff},
		{"change_website/same", same(filing.ChangeWebsite), siteSame},
		// Change and cancellation of access: nobody.
		{"change_access/different", diff(filing.ChangeAccess), []sms.Target{}},
		{"change_access/same", same(filing.ChangeAccess), []sms.Target{}},
		{"cancel_access/different", diff(filing.CancelAccess), []sms.Target{}},
		{"cancel_access/same", same(filing.CancelAccess), []sms.Target{}},
		// Deregistrations: the principal of what is deregistered.
		{"deregister_subject/different", diff(filing.DeregisterSubject), subjOnly},
		{"deregister_subject/same", same(filing.DeregisterSubject), subjOnly},
		{"deregister_website/different", diff(filing.DeregisterWebsite), siteDiff},
		{"deregister_website/same", same(filing.DeregisterWebsite), siteSame},
		// An unknown filing type verifies nobody.
		{"unknown type", diff("renew"), []sms.Target{}},
		// A personal sponsor's websites always use the subject principal,
		// whatever principal they name.
		{"personal", func() *filing.Application {
			a := unitApp(filing.FirstFiling, mobileA, mobileB)
			a.Sponsor.Nature = filing.Personal
			return a
		}(), []sms.Target{target(mobileA, both, "sponsor.principal", "websites[0]")}},
		// An unparseable mobile and a website without a principal are skipped.
		{"bad mobile and no principal", unitApp(filing.FirstFiling, "12345", "none", mobileB), []sms.Target{
			target(mobileB, site, "websites[1]"),
		}},
		// Website 0 and website 2 share B: one target in the order of the
		// first field, fields in application order.
		{"shared across websites", unitApp(filing.NewSiteHere, mobileA, mobileB, mobileC, "1390013 9000"), []sms.Target{
			target(mobileB, site, "websites[0]", "websites[2]"),
			target(mobileC, site, "websites[1]"),
		}},
		// Twelve websites: order follows the index, not the text of the path.
		{"index order", unitApp(filing.NewSiteHere, mobileA, mobileC, mobileC, mobileC, mobileC, mobileC, mobileC, mobileC, mobileC, mobileC, mobileC, mobileC, mobileB), []sms.Target{
			target(mobileC, site, "websites[0]", "websites[1]", "websites[2]", "websites[3]", "websites[4]", "websites[5]",
				"websites[6]", "websites[7]", "websites[8]", "websites[9]", "websites[10]"),
			target(mobileB, site, "websites[11]"),
		}},
		// No application at all.
		{"nil", nil, []sms.Target{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := sms.Targets(tc.app, now)
			if diff := cmp.Diff(tc.want, got, cmpMobile); diff != "" {
				t.Errorf("Targets (-want +got):\n%s", diff)
			}
		})
	}
}

// TestTargetsEffectiveDate checks the effective date of the SMS step,
// 2020-08-17 included, for every filing type.
func TestTargetsEffectiveDate(t *testing.T) {
	for _, typ := range filing.Types() {
		app := unitApp(typ, mobileA, mobileB)
		if got := sms.Targets(app, day0); len(got) != 0 {
			t.Errorf("%s on %s: got %v, want none before the effective date", typ, day0, got)
		}
		if got := sms.Targets(app, filing.Date{}); len(got) != 0 {
			t.Errorf("%s on the zero date: got %v, want none", typ, got)
		}
		want := len(sms.Roles(typ)) > 0
		if got := sms.Targets(app, day1); (len(got) > 0) != want {
			t.Errorf("%s on %s: got %v, want targets: %t", typ, day1, got, want)
		}
	}
	if !sms.InEffect(day1) || sms.InEffect(day0) || sms.Effective() != day1 {
		t.Errorf("InEffect/Effective disagree with 2020-08-17")
	}
}

// TestRolesTable walks every filing type against who the 2020 provider guide
// §9 says is verified (change_access: public filing guides).
func TestRolesTable(t *testing.T) {
	want := map[filing.Type][]sms.Role{
		filing.FirstFiling:       both,
		filing.NewSiteElsewhere:  site,
		filing.NewSiteHere:       site,
		filing.AccessFiling:      site,
		filing.ChangeSubject:     subj,
		filing.ChangeWebsite:     site,
		filing.ChangeAccess:      nil,
		filing.CancelAccess:      nil,
		filing.DeregisterSubject: subj,
		filing.DeregisterWebsite: site,
	}
	for _, typ := range filing.Types() {
		w, ok := want[typ]
		if !ok {
			t.Errorf("filing type %s is not in the test table", typ)
		}
		got := sms.Roles(typ)
		if diff := cmp.Diff(w, got); diff != "" {
			t.Errorf("Roles(%s) (-want +got):\n%s", typ, diff)
		}
		for _, r := range got {
			if !r.IsKnown() || r.String() != string(r) {
				t.Errorf("Roles(%s) has role %q", typ, r)
			}
		}
	}
	if len(want) != len(filing.Types()) {
		t.Errorf("test table has %d types, filing has %d", len(want), len(filing.Types()))
	}
	// The result is the caller's to change.
	r := sms.Roles(filing.FirstFiling)
	r[0] = "x"
	if sms.Roles(filing.FirstFiling)[0] != sms.SubjectPrincipal {
		t.Errorf("changing the result of Roles changed the table")
	}
}

// TestTargetMasked checks that a Target never shows its number in full.
func TestTargetMasked(t *testing.T) {
	tg := sms.Targets(unitApp(filing.FirstFiling, mobileA, mobileA2), now)[0]
	b, err := json.Marshal(tg)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"roles":["subject_principal","website_principal"],"fields":["sponsor.principal","websites[0]"],"mobile":"138****8000"}`; string(b) != want {
		t.Errorf("JSON = %s, want %s", b, want)
	}
	var log strings.Builder
	slog.New(slog.NewTextHandler(&log, nil)).Info("target", "t", tg)
	for _, s := range []string{fmt.Sprint(tg), fmt.Sprintf("%+v", tg), fmt.Sprintf("%#v", tg), fmt.Sprintf("%s|", tg), tg.String(), log.String()} {
		if strings.Contains(s, mobileA) {
			t.Errorf("full number in %q", s)
		}
		if !strings.Contains(s, "138****8000") {
			t.Errorf("masked number missing in %q", s)
		}
	}
	if got := tg.Mobile.Number(); got != mobileA {
		t.Errorf("Mobile.Number() = %q, want %q", got, mobileA)
	}
	// An empty Target encodes its lists as [].
	b, _ = json.Marshal(sms.Target{})
	if want := `{"roles":[],"fields":[],"mobile":""}`; string(b) != want {
		t.Errorf("empty JSON = %s, want %s", b, want)
	}
	// The list of targets of a filing without SMS encodes as [].
	b, _ = json.Marshal(sms.Targets(unitApp(filing.ChangeAccess, mobileA), now))
	if string(b) != "[]" {
		t.Errorf("no targets encode as %s, want []", b)
	}
}

// mobilePool are the mobiles the generated applications draw from: valid
// ones, the same numbers spelt differently, and invalid ones.
var mobilePool = []string{mobileA, mobileA2, "1380013800０", mobileB, "139-0013-9000", mobileC, "0086 15000150000", "", "12345", "10000000000"}

// genApp generates an application of any filing type (an unknown one too),
// with a personal or enterprise sponsor and 0–5 websites that reuse the
// subject principal, have none or have their own.
func genApp(t *rapid.T) *filing.Application {
	types := append(filing.Types(), "unknown")
	app := &filing.Application{Type: rapid.SampledFrom(types).Draw(t, "type")}
	app.Sponsor.Nature = rapid.SampledFrom([]filing.Nature{filing.Personal, filing.Enterprise}).Draw(t, "nature")
	app.Sponsor.Principal = *principal(rapid.SampledFrom(mobilePool).Draw(t, "subject_mobile"))
	n := rapid.IntRange(0, 5).Draw(t, "websites")
	for i := range n {
		w := filing.Website{ReuseSubjectPrincipal: rapid.Bool().Draw(t, "reuse"+strconv.Itoa(i))}
		if rapid.IntRange(0, 4).Draw(t, "has_principal"+strconv.Itoa(i)) > 0 {
			w.Principal = principal(rapid.SampledFrom(mobilePool).Draw(t, "site_mobile"+strconv.Itoa(i)))
		}
		app.Websites = append(app.Websites, w)
	}
	return app
}

// TestTargetsProperty: for any application, the targets are exactly the
// distinct valid mobiles of the principals its filing type demands, each with
// exactly the fields and roles of those principals, in order of first field.
func TestTargetsProperty(t *testing.T) {
	demands := map[filing.Type][2]bool{ // subject, websites — the guide's §9
		filing.FirstFiling: {true, true}, filing.NewSiteElsewhere: {false, true}, filing.NewSiteHere: {false, true},
		filing.AccessFiling: {false, true}, filing.ChangeSubject: {true, false}, filing.ChangeWebsite: {false, true},
		filing.DeregisterSubject: {true, false}, filing.DeregisterWebsite: {false, true},
	}
	rapid.Check(t, func(t *rapid.T) {
		app := genApp(t)
		asOf := filing.Date{Year: rapid.IntRange(2019, 2027).Draw(t, "year"), Month: time.August, Day: rapid.IntRange(1, 31).Draw(t, "day")}
		got := sms.Targets(app, asOf)
		if got == nil {
			t.Fatalf("Targets returned nil")
		}
		// The model: principal paths with their raw mobiles, in order.
		type entry struct{ field, mobile string }
		type role = sms.Role
		var entries []entry
		var roles []role
		d := demands[app.Type]
		if !asOf.Before(day1) {
			if d[0] {
				entries = append(entries, entry{"sponsor.principal", app.Sponsor.Principal.Mobile})
				roles = append(roles, sms.SubjectPrincipal)
			}
			if d[1] {
				for i, w := range app.Websites {
					m := ""
					switch {
					case app.Sponsor.Nature == filing.Personal || w.ReuseSubjectPrincipal:
						m = app.Sponsor.Principal.Mobile
					case w.Principal != nil:
						m = w.Principal.Mobile
					default:
						continue
					}
					entries = append(entries, entry{"websites[" + strconv.Itoa(i) + "]", m})
					roles = append(roles, sms.WebsitePrincipal)
				}
			}
		}
		var want []sms.Target
		index := map[string]int{}
		for k, e := range entries {
			m, err := filing.ParseMobile(e.mobile)
			if err != nil {
				continue
			}
			i, ok := index[m.Number()]
			if !ok {
				i = len(want)
				index[m.Number()] = i
				want = append(want, sms.Target{Mobile: m})
			}
			if !containsRole(want[i].Roles, roles[k]) {
				want[i].Roles = append(want[i].Roles, roles[k])
			}
			want[i].Fields = append(want[i].Fields, e.field)
		}
		if want == nil {
			want = []sms.Target{}
		}
		if diff := cmp.Diff(want, got, cmpMobile); diff != "" {
			t.Fatalf("Targets (-want +got):\n%s", diff)
		}
	})
}

func containsRole(rs []sms.Role, r sms.Role) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}

// TestTargetsApps: the principal of an app, mini-program or quick app
// verifies wherever a website principal does, with the role app_principal
// at apps[i]; one target per distinct mobile across websites and apps.
func TestTargetsApps(t *testing.T) {
	withApps := func(typ filing.Type, apps ...string) *filing.Application {
		a := unitApp(typ, mobileA, mobileB)
		for _, m := range apps {
			ap := filing.App{Kind: filing.KindApp, Name: "应用"}
			switch m {
			case "reuse":
				ap.ReuseSubjectPrincipal = true
			case "none":
			default:
				ap.Principal = principal(m)
			}
			a.Apps = append(a.Apps, ap)
		}
		return a
	}
	appRole := []sms.Role{sms.AppPrincipal}
	tests := []struct {
		name string
		app  *filing.Application
		want []sms.Target
	}{
		// First filing: subject, website B, app C.
		{"first filing", withApps(filing.FirstFiling, mobileC), []sms.Target{
			target(mobileA, subj, "sponsor.principal"),
			target(mobileB, site, "websites[0]"),
			target(mobileC, appRole, "apps[0]"),
		}},
		// The app shares the website's mobile (spelt otherwise): one code.
		{"shared with a website", withApps(filing.NewSiteHere, "+86 139-0013-9000"), []sms.Target{
			target(mobileB, []sms.Role{sms.WebsitePrincipal, sms.AppPrincipal}, "websites[0]", "apps[0]"),
		}},
		// An app reusing the subject principal verifies with its number.
		{"reuse", withApps(filing.FirstFiling, "reuse", "none"), []sms.Target{
			target(mobileA, []sms.Role{sms.SubjectPrincipal, sms.AppPrincipal}, "sponsor.principal", "apps[0]"),
			target(mobileB, site, "websites[0]"),
		}},
		// Change of subject: apps do not verify; cancellation of an app
		// (deregister_website) does.
		{"change subject", withApps(filing.ChangeSubject, mobileC), []sms.Target{target(mobileA, subj, "sponsor.principal")}},
		{"deregister", withApps(filing.DeregisterWebsite, mobileC), []sms.Target{
			target(mobileB, site, "websites[0]"),
			target(mobileC, appRole, "apps[0]"),
		}},
		// An app-only order of a personal sponsor: the subject's number.
		{"personal app only", func() *filing.Application {
			a := withApps(filing.FirstFiling, mobileC)
			a.Sponsor.Nature, a.Websites = filing.Personal, nil
			return a
		}(), []sms.Target{target(mobileA, []sms.Role{sms.SubjectPrincipal, sms.AppPrincipal}, "sponsor.principal", "apps[0]")}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, sms.Targets(tc.app, now), cmpMobile); diff != "" {
				t.Errorf("Targets (-want +got):\n%s", diff)
			}
		})
	}
	if !sms.AppPrincipal.IsKnown() || sms.AppPrincipal.String() != "app_principal" {
		t.Error("app_principal is not a known role")
	}
}
