package sms_test

import (
	"testing"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/sms"
	"github.com/google/go-cmp/cmp"
)

// TestNotes walks every filing type (the advice of the guide's §9) with an
// application whose website 0 has its own principal and website 1 reuses the
// subject principal.
func TestNotes(t *testing.T) {
	p := func(typ filing.Type) map[string]string { return map[string]string{"type": string(typ)} }
	siteNotes := func(rule string, typ filing.Type) []sms.Note {
		return []sms.Note{
			{Rule: rule, Field: "websites[0].principal.mobile", Params: p(typ)},
			{Rule: rule, Field: "sponsor.principal.mobile", Params: p(typ)},
		}
	}
	tests := []struct {
		typ  filing.Type
		want []sms.Note
	}{
		// One code per distinct number is behaviour, not advice.
		{filing.FirstFiling, []sms.Note{}},
		// New sites and changes: a new mobile may be verified if the old one is out of use.
		{filing.NewSiteElsewhere, siteNotes(sms.RuleNewMobile, filing.NewSiteElsewhere)},
		{filing.NewSiteHere, siteNotes(sms.RuleNewMobile, filing.NewSiteHere)},
		{filing.ChangeWebsite, siteNotes(sms.RuleNewMobile, filing.ChangeWebsite)},
		{filing.ChangeSubject, []sms.Note{{Rule: sms.RuleNewMobile, Field: "sponsor.principal.mobile", Params: p(filing.ChangeSubject)}}},
		// Access: a changed mobile is changed at the original provider first.
		{filing.AccessFiling, siteNotes(sms.RuleAccessMobile, filing.AccessFiling)},
		// No SMS, no note.
		{filing.ChangeAccess, []sms.Note{}},
		{filing.CancelAccess, []sms.Note{}},
		// Deregistrations: offline at the bureau, for the order as a whole.
		{filing.DeregisterSubject, []sms.Note{{Rule: sms.RuleOfflineDeregistration, Params: p(filing.DeregisterSubject)}}},
		{filing.DeregisterWebsite, []sms.Note{{Rule: sms.RuleOfflineDeregistration, Params: p(filing.DeregisterWebsite)}}},
		// Unknown types carry no note.
		{"unknown", []sms.Note{}},
	}
	if len(tests) != len(filing.Types())+1 {
		t.Fatalf("the table misses a filing type")
	}
	for _, tc := range tests {
		t.Run(string(tc.typ), func(t *testing.T) {
			app := unitApp(tc.typ, mobileA, mobileB, "reuse")
			if diff := cmp.Diff(tc.want, sms.Notes(app, now)); diff != "" {
				t.Errorf("Notes (-want +got):\n%s", diff)
			}
			if got := sms.Notes(app, day0); len(got) != 0 {
				t.Errorf("Notes before 2020-08-17 = %v, want none", got)
			}
		})
	}
	if got := sms.Notes(nil, now); got == nil || len(got) != 0 {
		t.Errorf("Notes(nil) = %#v, want empty", got)
	}
}
