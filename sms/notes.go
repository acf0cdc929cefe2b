package sms

import "github.com/beian-go/beian/filing"

// Note is an advice item of the SMS step (the 2020 provider guide §9):
// something a human must judge, reported by the rule engine as a finding of severity
// advice. Severity and message texts belong to the rule engine's catalog.
type Note struct {
	// Rule is the rule ID: [RuleNewMobile], [RuleAccessMobile] or
	// [RuleOfflineDeregistration].
	Rule string
	// Field is the path of the mobile the note is about, in the report's
	// field syntax ("sponsor.principal.mobile",
	// "websites[1].principal.mobile"), or "" for a note about the order as
	// a whole.
	Field string
	// Params are the message parameters; "type" is the filing type's wire
	// value.
	Params map[string]string
}

// noteOf is the advice each filing type carries in the SMS step (source:
// ICP备案流程(PC端) 20200921 §9). The guide's first_filing note (one code per
// distinct number) is what [Targets] does, not advice; deregister_website
// carries the same note as deregister_subject.
var noteOf = [...]struct {
	typ  filing.Type
	rule string
}{
	{filing.NewSiteElsewhere, RuleNewMobile},
	{filing.NewSiteHere, RuleNewMobile},
	{filing.AccessFiling, RuleAccessMobile},
	{filing.ChangeSubject, RuleNewMobile},
	{filing.ChangeWebsite, RuleNewMobile},
	{filing.DeregisterSubject, RuleOfflineDeregistration},
	{filing.DeregisterWebsite, RuleOfflineDeregistration},
}

// Notes returns the advice of the SMS step for app evaluated on asOf:
//
//   - new_site_elsewhere, new_site_here, change_subject, change_website:
//     [RuleNewMobile] — a new mobile may be verified if the old one is out of
//     use — once per verified principal's mobile field;
//   - access: [RuleAccessMobile] — a changed mobile must first be changed at
//     the original provider; a site no provider hosts (空壳) must be
//     deregistered and filed anew — once per website principal's mobile field;
//   - deregister_subject, deregister_website: [RuleOfflineDeregistration] —
//     cancelling another unit's or an empty-shell subject is done offline at
//     the bureau — once, for the order as a whole (Field "").
//
// The mobile fields are those of the principals [Targets] looks at, whether
// or not their number parses: "sponsor.principal.mobile" for the subject
// principal and for websites that reuse it, "websites[i].principal.mobile"
// for a website's own principal; each appears once, in application order.
// Nothing is returned before [Effective] or for the other filing types. The
// result is never nil.
func Notes(app *filing.Application, asOf filing.Date) []Note {
	out := []Note{}
	if app == nil || !InEffect(asOf) {
		return out
	}
	rule := ""
	for _, n := range noteOf {
		if n.typ == app.Type {
			rule = n.rule
			break
		}
	}
	if rule == "" {
		return out
	}
	params := func() map[string]string { return map[string]string{"type": string(app.Type)} }
	if rule == RuleOfflineDeregistration {
		return append(out, Note{Rule: rule, Params: params()})
	}
	seen := map[string]bool{}
	add := func(field string) {
		if seen[field] {
			return
		}
		seen[field] = true
		out = append(out, Note{Rule: rule, Field: field, Params: params()})
	}
	for _, r := range Roles(app.Type) {
		switch r {
		case SubjectPrincipal:
			add("sponsor.principal.mobile")
		case WebsitePrincipal:
			for i := range app.Websites {
				switch p := app.WebsitePrincipal(i); {
				case p == nil:
				case p == &app.Sponsor.Principal:
					add("sponsor.principal.mobile")
				default:
					add(websitePath(i) + ".principal.mobile")
				}
			}
		}
	}
	return out
}
