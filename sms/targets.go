package sms

import (
	"encoding/json"
	"log/slog"
	"strconv"
	"strings"

	"github.com/beian-go/beian/filing"
)

// Role is what a principal verifies for, as the wire string of a report's
// `sms_targets[].roles`.
type Role string

// The roles of the SMS verification ("ICP备案流程(PC端)" v20200921 §9 "Who is
// verified"; app principals since the MIIT notice 工信部信管〔2023〕105号).
const (
	// SubjectPrincipal is the subject's principal (主体负责人), at
	// `sponsor.principal`.
	SubjectPrincipal Role = "subject_principal"
	// WebsitePrincipal is a website's principal (网站负责人), at
	// `websites[i]`.
	WebsitePrincipal Role = "website_principal"
	// AppPrincipal is the principal of an app, mini-program or quick app
	// (APP负责人), at `apps[i]`: it verifies wherever a website principal
	// does.
	AppPrincipal Role = "app_principal"
)

// String returns the wire string of r.
func (r Role) String() string { return string(r) }

// IsKnown reports whether r is one of the roles of this package.
func (r Role) IsKnown() bool {
	return r == SubjectPrincipal || r == WebsitePrincipal || r == AppPrincipal
}

// who is one row of the table "Who is verified": the roles whose mobile
// (联系方式1) gets a code for a filing type.
type who struct {
	typ   filing.Type
	roles []Role
}

// verifies is the table "Who is verified" (source: ICP备案流程(PC端)
// 20200921 §9; change_access from public filing guides). A filing type that
// is not listed (an unknown one) verifies nobody. The app principal
// verifies with the website principal (see [Targets]).
var verifies = [...]who{
	{filing.FirstFiling, []Role{SubjectPrincipal, WebsitePrincipal}},
	{filing.NewSiteElsewhere, []Role{WebsitePrincipal}},
	{filing.NewSiteHere, []Role{WebsitePrincipal}},
	{filing.AccessFiling, []Role{WebsitePrincipal}},
	{filing.ChangeSubject, []Role{SubjectPrincipal}},
	{filing.ChangeWebsite, []Role{WebsitePrincipal}},
	{filing.ChangeAccess, nil},
	{filing.CancelAccess, nil},
	{filing.DeregisterSubject, []Role{SubjectPrincipal}},
	{filing.DeregisterWebsite, []Role{WebsitePrincipal}},
}

// Roles returns the roles whose mobile is verified by SMS for a filing of
// type t ("Who is verified"), subject principal first; nil for
// change_access, cancel_access and unknown types. The result is a fresh
// slice the caller may change.
func Roles(t filing.Type) []Role {
	for _, w := range verifies {
		if w.typ == t {
			if len(w.roles) == 0 {
				return nil
			}
			return append([]Role(nil), w.roles...)
		}
	}
	return nil
}

// Target is one mobile number that must verify a code: a report's
// `sms_targets[]`. Every distinct normalised mobile of the principals a
// filing type demands is one Target, whatever the number of roles and
// principals it serves.
//
// Target holds a phone number. [Target.String], every fmt verb, the slog
// value and the JSON form show it masked (138****8000); the full number is
// Mobile.Number().
type Target struct {
	// Roles lists every role the number verifies for, subject principal
	// first, each once.
	Roles []Role
	// Fields are the paths of the principals in the application, as a
	// report's fields give them: "sponsor.principal" for the subject
	// principal, "websites[i]" for the principal of website i and "apps[i]"
	// for that of app i (its own or the reused subject's).
	Fields []string
	// Mobile is the normalised number, 11 digits.
	Mobile filing.Mobile
}

// String describes t with its number masked:
// "138****8000 [subject_principal website_principal] [sponsor.principal websites[0]]".
func (t Target) String() string {
	var b strings.Builder
	b.WriteString(t.Mobile.String())
	b.WriteString(" [")
	for i, r := range t.Roles {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(string(r))
	}
	b.WriteString("] [")
	b.WriteString(strings.Join(t.Fields, " "))
	b.WriteByte(']')
	return b.String()
}

// LogValue implements [slog.LogValuer]: a group of roles, fields and the
// masked mobile.
func (t Target) LogValue() slog.Value {
	roles := make([]string, len(t.Roles))
	for i, r := range t.Roles {
		roles[i] = string(r)
	}
	return slog.GroupValue(
		slog.Any("roles", roles),
		slog.Any("fields", t.Fields),
		slog.String("mobile", t.Mobile.String()),
	)
}

// targetJSON is the wire shape of a Target (a report's "sms_targets").
type targetJSON struct {
	Roles  []Role   `json:"roles"`
	Fields []string `json:"fields"`
	Mobile string   `json:"mobile"`
}

// MarshalJSON implements [json.Marshaler] with the report's shape:
// {"roles":[…],"fields":[…],"mobile":"138****8000"}, the number masked. Nil
// slices are written as [].
func (t Target) MarshalJSON() ([]byte, error) {
	v := targetJSON{Roles: t.Roles, Fields: t.Fields, Mobile: t.Mobile.String()}
	if v.Roles == nil {
		v.Roles = []Role{}
	}
	if v.Fields == nil {
		v.Fields = []string{}
	}
	return json.Marshal(v)
}

// Targets returns the mobiles that must verify a code for app evaluated on
// asOf (a report's `sms_targets`):
//
//   - none before [Effective] (2020-08-17) — the zero Date included — and
//     none for change_access, cancel_access and unknown filing types;
//   - otherwise the principals of the roles [Roles] gives for app.Type: the
//     subject principal, and the principal of every website as
//     [filing.Application.WebsitePrincipal] resolves it (its own, or the
//     subject's when reused); where website principals verify, so does the
//     principal of every app ([AppPrincipal], [filing.Application.AppPrincipal]);
//   - one Target per distinct normalised mobile: a number shared by several
//     principals gets one code, its Target listing every role and field.
//
// A mobile that [filing.ParseMobile] rejects, and a website without a
// principal, are skipped: the rule engine reports them
// (principal.mobile_format), and no code can be sent to them.
//
// Targets come in the order of their first field: the subject principal,
// then the websites by index, then the apps. The result is never nil, so that it encodes as
// [] in a report. Targets does not change app.
func Targets(app *filing.Application, asOf filing.Date) []Target {
	if app == nil || !InEffect(asOf) {
		return []Target{}
	}
	var roles []Role
	for _, w := range verifies {
		if w.typ == app.Type {
			roles = w.roles
			break
		}
	}
	// Collect the principals with a valid mobile, in application order, and
	// number their distinct mobiles (groups) in order of first appearance.
	var ebuf [8]entry
	var gbuf [8]filing.Mobile
	es, gs := ebuf[:0], gbuf[:0]
	add := func(p *filing.Principal, r Role, field string) {
		if p == nil {
			return
		}
		m, err := filing.ParseMobile(p.Mobile)
		if err != nil {
			return
		}
		g := 0
		for g < len(gs) && gs[g] != m {
			g++
		}
		if g == len(gs) {
			gs = append(gs, m)
		}
		es = append(es, entry{role: r, field: field, group: g})
	}
	for _, r := range roles {
		switch r {
		case SubjectPrincipal:
			add(&app.Sponsor.Principal, r, "sponsor.principal")
		case WebsitePrincipal:
			for i := range app.Websites {
				add(app.WebsitePrincipal(i), r, websitePath(i))
			}
			for i := range app.Apps {
				add(app.AppPrincipal(i), AppPrincipal, appPath(i))
			}
		}
	}
	// One Target per group; its Roles and Fields are capacity-limited
	// windows of two shared arrays, so that appending to one never changes
	// another.
	out := make([]Target, len(gs))
	fields := make([]string, 0, len(es))
	rs := make([]Role, 0, 3*len(gs))
	for g, m := range gs {
		f0, r0 := len(fields), len(rs)
		subject, website, appRole := false, false, false
		for _, e := range es {
			if e.group != g {
				continue
			}
			fields = append(fields, e.field)
			subject = subject || e.role == SubjectPrincipal
			website = website || e.role == WebsitePrincipal
			appRole = appRole || e.role == AppPrincipal
		}
		if subject {
			rs = append(rs, SubjectPrincipal)
		}
		if website {
			rs = append(rs, WebsitePrincipal)
		}
		if appRole {
			rs = append(rs, AppPrincipal)
		}
		out[g] = Target{Roles: rs[r0:len(rs):len(rs)], Fields: fields[f0:len(fields):len(fields)], Mobile: m}
	}
	return out
}

// entry is one principal of [Targets] with a valid mobile: its role, its
// path and the index of its number among the distinct numbers.
type entry struct {
	role  Role
	field string
	group int
}

// websitePaths are the paths of the first websites, so that Targets need
// not build them.
var websitePaths = [...]string{
	"websites[0]", "websites[1]", "websites[2]", "websites[3]",
	"websites[4]", "websites[5]", "websites[6]", "websites[7]",
	"websites[8]", "websites[9]", "websites[10]", "websites[11]",
	"websites[12]", "websites[13]", "websites[14]", "websites[15]",
}

// websitePath returns "websites[i]".
func websitePath(i int) string {
	if i < len(websitePaths) {
		return websitePaths[i]
	}
	return "websites[" + strconv.Itoa(i) + "]"
}

// appPaths are the paths of the first apps, made once.
var appPaths = [...]string{"apps[0]", "apps[1]", "apps[2]", "apps[3]", "apps[4]", "apps[5]", "apps[6]", "apps[7]"}

// appPath returns "apps[i]".
func appPath(i int) string {
	if i < len(appPaths) {
		return appPaths[i]
	}
	return "apps[" + strconv.Itoa(i) + "]"
}
