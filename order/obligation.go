package order

import (
	"strconv"
	"time"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/province"
	"github.com/beian-go/beian/rule"
)

// Anchor is the event an obligation's due date counts from.
type Anchor uint8

// The anchors of the duties after approval.
const (
	// AtApproval: the bureau's approval of the filing.
	AtApproval Anchor = iota + 1
	// AtOpening: the site's opening.
	AtOpening
	// AtPSBApproval: the approval of the public-security filing (公安联网备案),
	// a date the filing order does not know.
	AtPSBApproval
)

var anchorNames = [...]string{AtApproval: "approval", AtOpening: "opening", AtPSBApproval: "psb_approval"}

// String returns "approval", "opening" or "psb_approval", or "Anchor(n)".
func (a Anchor) String() string {
	if a >= AtApproval && a <= AtPSBApproval {
		return anchorNames[a]
	}
	return "Anchor(" + strconv.Itoa(int(a)) + ")"
}

// MarshalText implements [encoding.TextMarshaler] with [Anchor.String].
func (a Anchor) MarshalText() ([]byte, error) { return []byte(a.String()), nil }

// Obligation is one duty of the sponsor after approval.
type Obligation struct {
	// Rule is the duty's rule ID, such as post.psb_filing.
	Rule string `json:"rule"`
	// Field is the app the duty is of ("apps[i]"), or empty for the
	// duties of the filing's websites.
	Field string `json:"field,omitempty"`
	// Number is the filing number the duty shows, when known (an app's
	// number, with its type letter: …号-2A).
	Number string `json:"number,omitempty"`
	// Link is the address the number links to, for the duties that show
	// one.
	Link string `json:"link,omitempty"`
	// Anchor and Days give the due date: Days calendar days after the
	// anchor's time (0: at the anchor).
	Anchor Anchor `json:"anchor"`
	Days   int    `json:"days"`
	// Due is the due date, or zero when the anchor's time is not known yet
	// (a site not opened, a public-security filing not approved): compute it
	// later with [Obligation.DueFrom]. Informational entries have no due date.
	Due time.Time `json:"due,omitzero"`
	// Informational marks a fact to show, not a duty with a date.
	Informational bool `json:"informational,omitempty"`
	// Note adds a province's particularity, or is empty.
	Note string `json:"note,omitempty"`
	// Source is where the fact comes from.
	Source string `json:"source"`
}

// DueFrom returns the due date counted from the anchor's time t: t plus
// Days days. It returns the zero time for a zero t or an informational
// entry.
func (ob Obligation) DueFrom(t time.Time) time.Time {
	if t.IsZero() || ob.Informational {
		return time.Time{}
	}
	return t.AddDate(0, 0, ob.Days)
}

// psbDays is the public-security filing's period: within 30 days of the
// site's opening, and its number in the footer within 30 days of its
// approval (post.psb_filing, post.psb_footer).
const psbDays = 30

// psbEntryNotes are the provinces whose public-security filing uses an entry
// of their own (post.psb_filing: Shanghai uses its own entry; source
// ICP备案流程(PC端) 20200921 §11), by GB/T 2260 code.
var psbEntryNotes = map[string]string{
	"310000": "上海市的公安联网备案使用上海自己的入口 (Shanghai uses its own entry)",
}

// Obligations returns the duties after the approval at approvedAt of a
// filing in the province of row, for a site opened at openedAt (zero when
// not opened yet), commercial when it provides paid information or web
// services (ICP备案流程(PC端) 20200921 §10, §11):
//
//   - post.footer_number: the filing number in the footer, linked to
//     beian.miit.gov.cn, at the opening;
//   - post.footer_copyright, when the province asks for it
//     (row.FooterCopyright, 江苏省): the copyright line at the opening;
//   - post.psb_filing: the public-security filing within 30 days of the
//     opening, with a note for provinces that use their own entry (上海);
//   - post.psb_footer: the public-security number in the footer within
//     30 days of that filing's approval; its Due stays zero (see
//     [Obligation.DueFrom]);
//   - post.commercial_licence, when commercial: the 经营性ICP许可证 before
//     the site operates commercially, counted from the approval;
//   - post.resolve_mainland and post.dns_after_sync, informational.
//
// Times are kept in their own location; due dates add calendar days.
func Obligations(approvedAt, openedAt time.Time, row province.Row, commercial bool) []Obligation {
	src := rule.Guide2020("").String()
	ob := func(rule string, a Anchor, days int, info bool, note string) Obligation {
		o := Obligation{Rule: rule, Anchor: a, Days: days, Informational: info, Note: note, Source: src}
		switch a {
		case AtApproval:
			o.Due = o.DueFrom(approvedAt)
		case AtOpening:
			o.Due = o.DueFrom(openedAt)
		}
		return o
	}
	out := []Obligation{ob(RuleFooterNumber, AtOpening, 0, false, "")}
	if row.FooterCopyright {
		c := ob(RuleFooterCopyright, AtOpening, 0, false, row.Name+"要求页脚显示含单位名称的版权信息 (a copyright line naming the unit)")
		if !row.Sources.FooterCopyright.IsZero() {
			c.Source = row.Sources.FooterCopyright.String()
		}
		out = append(out, c)
	}
	out = append(out,
		ob(RulePSBFiling, AtOpening, psbDays, false, psbEntryNotes[row.Code]),
		ob(RulePSBFooter, AtPSBApproval, psbDays, false, ""),
	)
	if commercial {
		out = append(out, ob(RuleCommercialLicence, AtApproval, 0, false, ""))
	}
	return append(out,
		ob(RuleResolveMainland, AtApproval, 0, true, ""),
		ob(RuleDNSAfterSync, AtApproval, 0, true, ""),
	)
}

// RuleAppNumberDisplay: after approval an app, mini-program or quick app
// shows its filing number (with its type letter) prominently, with a link to
// https://beian.miit.gov.cn/ under it.
const RuleAppNumberDisplay = "post.app_number_display"

// appNumberDisplay is the definition of post.app_number_display, in force
// since the MIIT notice on app filing (工信部信管〔2023〕105号, 2023-08-04).
var appNumberDisplay = rule.Def{
	ID: RuleAppNumberDisplay, Severity: rule.Advice, Source: rule.MIITApp2023(""),
	Since: filing.Date{Year: 2023, Month: time.August, Day: 4},
	Text: rule.Text{
		ZH: "APP、小程序、快应用备案通过后，须在设置、关于或启动页等显著位置展示备案号（含类型字母），并在其下方链接至 https://beian.miit.gov.cn/",
		EN: "After approval an app, mini-program or quick app shows its filing number (with its type letter) in a prominent place (settings, about page, start screen), linked to https://beian.miit.gov.cn/ under it.",
	},
}

// AppNumberLink is the address an app's filing number links to.
const AppNumberLink = "https://beian.miit.gov.cn/"

// AppObligations returns the duty post.app_number_display of every app of
// app approved at approvedAt: each app shows its number, numbers[i] for
// apps[i] ("" when not known yet), with [AppNumberLink] under it, from the
// approval on. The duties come in the order of the apps; an application
// without apps has none.
func AppObligations(approvedAt time.Time, app *filing.Application, numbers []string) []Obligation {
	if app == nil || len(app.Apps) == 0 {
		return nil
	}
	src := appNumberDisplay.Source.String()
	out := make([]Obligation, len(app.Apps))
	for i := range app.Apps {
		o := Obligation{Rule: RuleAppNumberDisplay, Field: "apps[" + strconv.Itoa(i) + "]", Anchor: AtApproval,
			Link: AppNumberLink, Source: src}
		if i < len(numbers) {
			o.Number = numbers[i]
		}
		o.Due = o.DueFrom(approvedAt)
		out[i] = o
	}
	return out
}
