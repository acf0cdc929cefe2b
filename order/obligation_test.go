package order

import (
	"github.com/beian-go/beian/rule"

	"testing"
	"time"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/province"
	"github.com/google/go-cmp/cmp"
)

// TestObligations: the duties after approval for a few provinces.
func TestObligations(t *testing.T) {
	approved, opened := at(10, 30, 16), at(11, 2, 9)
	lookup := func(key string) province.Row {
		r, ok := province.Default().Lookup(key)
		if !ok {
			t.Fatalf("%s not found", key)
		}
		return r
	}
	src := rule.Guide2020("").String()
	common := func(psbNote string) []Obligation {
		return []Obligation{
			{Rule: RulePSBFiling, Anchor: AtOpening, Days: 30, Due: at(12, 2, 9), Note: psbNote, Source: src},
			{Rule: RulePSBFooter, Anchor: AtPSBApproval, Days: 30, Source: src},
		}
	}
	info := []Obligation{
		{Rule: RuleResolveMainland, Anchor: AtApproval, Informational: true, Source: src},
		{Rule: RuleDNSAfterSync, Anchor: AtApproval, Informational: true, Source: src},
	}
	footer := Obligation{Rule: RuleFooterNumber, Anchor: AtOpening, Due: opened, Source: src}
	cases := []struct {
		name       string
		row        province.Row
		commercial bool
		opened     time.Time
		want       []Obligation
	}{
		// Zhejiang, not commercial: footer number, PSB filing and its footer, notes
		{"zhejiang", lookup("浙江省"), false, opened, cat([]Obligation{footer}, common(""), info)},
		// Jiangsu asks for the copyright line (row.FooterCopyright)
		{"jiangsu", lookup("江苏省"), false, opened, cat([]Obligation{footer,
			{Rule: RuleFooterCopyright, Anchor: AtOpening, Due: opened, Note: "江苏省要求页脚显示含单位名称的版权信息 (a copyright line naming the unit)", Source: lookup("江苏省").Sources.FooterCopyright.String()}}, common(""), info)},
		// Shanghai's PSB filing has its own entry; commercial adds the licence
		{"shanghai commercial", lookup("上海市"), true, opened, cat([]Obligation{footer}, common(psbEntryNotes["310000"]),
			[]Obligation{{Rule: RuleCommercialLicence, Anchor: AtApproval, Due: approved, Source: src}}, info)},
		// not opened yet: the dates counted from the opening are unknown
		{"not opened", lookup("浙江省"), false, time.Time{}, cat(
			[]Obligation{{Rule: RuleFooterNumber, Anchor: AtOpening, Source: src}},
			[]Obligation{{Rule: RulePSBFiling, Anchor: AtOpening, Days: 30, Source: src}, common("")[1]}, info)},
	}
	for _, c := range cases {
		got := Obligations(approved, c.opened, c.row, c.commercial)
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", c.name, diff)
		}
	}
}

// TestObligationsEveryProvince walks every shipped row: the copyright duty
// exactly where the row asks for it, the Shanghai note only in Shanghai.
func TestObligationsEveryProvince(t *testing.T) {
	for _, r := range province.Default().Rows() {
		obs := Obligations(at(10, 30, 16), at(11, 2, 9), r, false)
		var copyright bool
		for _, o := range obs {
			if o.Rule == RuleFooterCopyright {
				copyright = true
			}
			if o.Rule == RulePSBFiling && (o.Note != "") != (r.Code == "310000") {
				t.Errorf("%s: PSB note %q", r.Name, o.Note)
			}
		}
		if copyright != r.FooterCopyright {
			t.Errorf("%s: copyright duty %v, row %v", r.Name, copyright, r.FooterCopyright)
		}
	}
}

// TestDueFrom: the PSB footer's due date once the PSB approval is known.
func TestDueFrom(t *testing.T) {
	ob := Obligation{Rule: RulePSBFooter, Anchor: AtPSBApproval, Days: 30}
	if got := ob.DueFrom(at(11, 20, 10)); !got.Equal(at(12, 20, 10)) {
		t.Errorf("DueFrom = %v", got)
	}
	if !ob.DueFrom(time.Time{}).IsZero() {
		t.Error("DueFrom(zero) not zero")
	}
	if got := AtPSBApproval.String() + Anchor(0).String(); got != "psb_approvalAnchor(0)" {
		t.Errorf("anchor names %q", got)
	}
}

func cat(parts ...[]Obligation) []Obligation {
	var out []Obligation
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// TestAppObligations: every app has the duty to show its number, with its
// letter, and the link, from the approval on.
func TestAppObligations(t *testing.T) {
	approved := at(10, 30, 16)
	app := &filing.Application{Apps: []filing.App{
		{Kind: filing.KindApp, Name: "某某生活"},
		{Kind: filing.KindMiniProgram, Name: "某某小店"},
		{Kind: filing.KindQuickApp, Name: "某某快读"},
	}}
	src := rule.MIITApp2023("").String()
	want := []Obligation{
		{Rule: RuleAppNumberDisplay, Field: "apps[0]", Number: "浙ICP备2023012345号-2A", Link: "https://beian.miit.gov.cn/", Anchor: AtApproval, Due: approved, Source: src},
		{Rule: RuleAppNumberDisplay, Field: "apps[1]", Number: "浙ICP备2023012345号-3X", Link: "https://beian.miit.gov.cn/", Anchor: AtApproval, Due: approved, Source: src},
		// The quick app's number is not known yet.
		{Rule: RuleAppNumberDisplay, Field: "apps[2]", Link: "https://beian.miit.gov.cn/", Anchor: AtApproval, Due: approved, Source: src},
	}
	got := AppObligations(approved, app, []string{"浙ICP备2023012345号-2A", "浙ICP备2023012345号-3X"})
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("AppObligations (-want +got):\n%s", diff)
	}
	// Not approved yet: the duty stands, its date is unknown.
	if got := AppObligations(time.Time{}, app, nil); len(got) != 3 || !got[0].Due.IsZero() || got[0].Number != "" {
		t.Errorf("AppObligations before approval = %+v", got)
	}
	// No apps, no duty; the websites' duties do not include it.
	if got := AppObligations(approved, &filing.Application{}, nil); got != nil {
		t.Errorf("AppObligations without apps = %+v", got)
	}
	if got := AppObligations(approved, nil, nil); got != nil {
		t.Errorf("AppObligations(nil) = %+v", got)
	}
	for _, o := range Obligations(approved, approved, province.Row{}, true) {
		if o.Rule == RuleAppNumberDisplay {
			t.Error("a website's duties include the app number")
		}
	}
	// The rule is in the catalog of the package, dated from the notice.
	found := false
	for _, d := range Rules() {
		if d.ID == RuleAppNumberDisplay {
			found = d.Since == (filing.Date{Year: 2023, Month: time.August, Day: 4}) && d.Text.ZH != "" && d.Text.EN != ""
		}
	}
	if !found {
		t.Error("post.app_number_display is not defined in Rules with its date and texts")
	}
}
