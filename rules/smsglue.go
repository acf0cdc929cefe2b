package rules

import (
	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/sms"
)

// The SMS step of RULES.md §8: the report's sms_targets, and the notes of
// §8's table as advice findings.

// smsTargets returns the report's targets, mobiles masked.
func (c *Context) smsTargets() []SMSTarget {
	ts := sms.Targets(c.App, c.AsOf)
	out := make([]SMSTarget, len(ts))
	for i, t := range ts {
		roles := make([]string, len(t.Roles))
		for j, r := range t.Roles {
			roles[j] = string(r)
		}
		out[i] = SMSTarget{Roles: roles, Fields: append([]string(nil), t.Fields...), Mobile: t.Mobile.String()}
	}
	return out
}

// checkSMSNote returns the check of one note rule of sms.Notes.
func checkSMSNote(id string) CheckFunc {
	return func(c *Context) {
		for _, n := range c.smsNotes() {
			if n.Rule != id {
				continue
			}
			p := Params{}
			for k, v := range n.Params {
				p[k] = v
			}
			c.Flag(n.Field, p)
		}
	}
}

func (c *Context) smsNotes() []sms.Note {
	if !c.smsNotesDone {
		c.smsNotesDone = true
		c.smsNoteList = sms.Notes(c.App, c.AsOf)
	}
	return c.smsNoteList
}

func smsRules() []Rule {
	src := seed("§9")
	return []Rule{
		{ID: sms.RuleOfflineDeregistration, Severity: Advice, Source: src, Since: smsSince, Check: checkSMSNote(sms.RuleOfflineDeregistration),
			Types: []filing.FilingType{filing.DeregisterSubject, filing.DeregisterWebsite},
			ZH:    "注销他人单位或空壳主体需到管局线下办理", EN: "Cancelling another unit's or an empty-shell subject is done offline at the bureau."},
		{ID: sms.RuleNewMobile, Severity: Advice, Source: src, Since: smsSince, Check: checkSMSNote(sms.RuleNewMobile),
			Types: []filing.FilingType{filing.NewSiteElsewhere, filing.NewSiteHere, filing.ChangeSubject, filing.ChangeWebsite},
			ZH:    "如原手机号码已停用，可使用新手机号码进行短信核验", EN: "If the old mobile is out of use, a new mobile may be verified."},
		{ID: sms.RuleAccessMobile, Severity: Advice, Source: src, Since: smsSince, Check: checkSMSNote(sms.RuleAccessMobile),
			Types: []filing.FilingType{filing.AccessFiling},
			ZH:    "如手机号码已变更，需先在原接入商处变更；无接入商的空壳网站需注销后重新以新增网站备案",
			EN:    "A changed mobile must first be changed at the original provider; a site no provider hosts must be deregistered and filed anew."},
	}
}
