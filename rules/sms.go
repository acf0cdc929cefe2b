package rules

import (
	"github.com/beian-go/beian/sms"
)

// smsRules are the rules of package sms, where each is defined next to the
// code that decides it. The notes (who verifies, and what to do when a
// mobile changed) are checked here with sms.Notes; the others are facts the
// SMS step enforces and are listed in the catalog only.
func smsRules() []Rule {
	defs := sms.Rules()
	out := make([]Rule, len(defs))
	for i, d := range defs {
		out[i] = Rule{Def: d}
		switch d.ID {
		case sms.RuleOfflineDeregistration, sms.RuleNewMobile, sms.RuleAccessMobile:
			out[i].Check = checkSMSNote
		}
	}
	return out
}

// checkSMSNote flags the notes of sms.Notes for the running rule.
func checkSMSNote(c *Run) {
	for _, n := range c.smsNotes {
		if n.Rule != c.rule.ID {
			continue
		}
		p := Params{}
		for k, v := range n.Params {
			p[k] = v
		}
		c.Flag(n.Field, p)
	}
}

// smsTargets returns the report's targets, mobiles masked. The roles and
// fields of all the targets are capacity-limited windows of one slice, so
// that appending to one never changes another.
func (c *Run) smsTargets() []SMSTarget {
	ts := sms.Targets(c.App, c.AsOf)
	out := make([]SMSTarget, len(ts))
	n := 0
	for _, t := range ts {
		n += len(t.Roles) + len(t.Fields)
	}
	strs := make([]string, 0, n)
	for i, t := range ts {
		r0 := len(strs)
		for _, r := range t.Roles {
			strs = append(strs, string(r))
		}
		f0 := len(strs)
		strs = append(strs, t.Fields...)
		out[i] = SMSTarget{Roles: strs[r0:f0:f0], Fields: strs[f0:len(strs):len(strs)], Mobile: t.Mobile.String()}
	}
	return out
}
