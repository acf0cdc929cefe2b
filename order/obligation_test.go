package order

import (
	"testing"
	"time"

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
	src := province.SourceSeed
	common := func(psbNote string) []Obligation {
		return []Obligation{
			{Rule: RulePSBFiling30d, Anchor: AtOpening, Days: 30, Due: at(12, 2, 9), Note: psbNote, Source: src},
			{Rule: RulePSBFooter30d, Anchor: AtPSBApproval, Days: 30, Source: src},
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
			{Rule: RuleFooterCopyright, Anchor: AtOpening, Due: opened, Note: "江苏省要求页脚显示含单位名称的版权信息 (a copyright line naming the unit)", Source: lookup("江苏省").Sources.FooterCopyright}}, common(""), info)},
		// Shanghai's PSB filing has its own entry; commercial adds the licence
		{"shanghai commercial", lookup("上海市"), true, opened, cat([]Obligation{footer}, common(psbEntryNotes["310000"]),
			[]Obligation{{Rule: RuleCommercialLicence, Anchor: AtApproval, Due: approved, Source: src}}, info)},
		// not opened yet: the dates counted from the opening are unknown
		{"not opened", lookup("浙江省"), false, time.Time{}, cat(
			[]Obligation{{Rule: RuleFooterNumber, Anchor: AtOpening, Source: src}},
			[]Obligation{{Rule: RulePSBFiling30d, Anchor: AtOpening, Days: 30, Source: src}, common("")[1]}, info)},
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
			if o.Rule == RulePSBFiling30d && (o.Note != "") != (r.Code == "310000") {
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
	ob := Obligation{Rule: RulePSBFooter30d, Anchor: AtPSBApproval, Days: 30}
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
