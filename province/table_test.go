package province

import (
	"github.com/beian-go/beian/rule"

	"bufio"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/internal/division"
	"github.com/google/go-cmp/cmp"
)

const rulesPath = "../../shared/RULES.md"

// readRulesSection returns the lines of RULES.md from the heading starting
// with start to the next heading of level 2 or 3; the test is skipped when the
// file is absent.
func readRulesSection(t *testing.T, start string) []string {
	t.Helper()
	f, err := os.Open(rulesPath)
	if os.IsNotExist(err) {
		if os.Getenv("CI") != "" {
			t.Fatal("RULES.md absent: CI runs with the specification beside the module")
		}
		t.Skip("RULES.md not present")
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	in := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			if in {
				break
			}
			in = strings.HasPrefix(line, start)
			continue
		}
		if in {
			out = append(out, line)
		}
	}
	if len(out) == 0 {
		t.Fatalf("section %q not found in RULES.md", start)
	}
	return out
}

// tableRows returns the cells of the data rows of the markdown tables in lines.
func tableRows(lines []string) [][]string {
	var out [][]string
	for _, l := range lines {
		if !strings.HasPrefix(l, "|") || strings.HasPrefix(l, "|---") {
			continue
		}
		cells := strings.Split(strings.Trim(l, "|"), "|")
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
		}
		out = append(out, cells)
	}
	return out[1:] // header
}

// TestWordsMatchRules walks the §3.3 table of RULES.md: every province's
// words are present in source order without duplicates, and provinces not in
// the table have none.
func TestWordsMatchRules(t *testing.T) {
	set := Default()
	listed := map[string]bool{}
	for _, cells := range tableRows(readRulesSection(t, "### 3.3")) {
		row, ok := set.Lookup(cells[0])
		if !ok {
			t.Errorf("§3.3 province %s not found", cells[0])
			continue
		}
		listed[row.Code] = true
		var want []string
		for _, w := range strings.Fields(cells[1]) {
			if !slices.Contains(want, w) {
				want = append(want, w)
			}
		}
		if diff := cmp.Diff(want, row.PersonalWords); diff != "" {
			t.Errorf("%s words (-want +got):\n%s", row.Name, diff)
		}
		if row.Sources.PersonalWords != srcWords {
			t.Errorf("%s words have source %v", row.Name, row.Sources.PersonalWords)
		}
	}
	if len(listed) != 11 {
		t.Errorf("§3.3 lists %d provinces, want 11", len(listed))
	}
	for _, r := range set.Rows() {
		if !listed[r.Code] && (len(r.PersonalWords) > 0 || !r.Sources.PersonalWords.IsZero()) {
			t.Errorf("%s has words %v the source does not give", r.Name, r.PersonalWords)
		}
	}
}

// limitCell parses a cell of the §4 table.
var limitCell = regexp.MustCompile(`^(?:at most )?(\d+) (site|sites|domains)`)

func parseLimit(t *testing.T, cell string) Limit {
	if cell == "no limit" {
		return Limit{}
	}
	m := limitCell.FindStringSubmatch(cell)
	if m == nil {
		t.Fatalf("cannot read §4 cell %q", cell)
	}
	n, _ := strconv.Atoi(m[1])
	if m[2] == "domains" {
		return Limit{Domains: n, Source: srcLimits}
	}
	return Limit{Sites: n, Source: srcLimits}
}

// TestLimitsMatchRules walks the §4 table: listed provinces carry its limits
// with the seed's source, all others none.
func TestLimitsMatchRules(t *testing.T) {
	set := Default()
	listed := map[string]bool{}
	for _, cells := range tableRows(readRulesSection(t, "## 4.")) {
		if cells[0] == "all others" {
			continue
		}
		row, ok := set.Lookup(cells[0])
		if !ok {
			t.Fatalf("§4 province %s not found", cells[0])
		}
		listed[row.Code] = true
		if diff := cmp.Diff(parseLimit(t, cells[1]), row.Personal); diff != "" {
			t.Errorf("%s personal limit (-want +got):\n%s", row.Name, diff)
		}
		if diff := cmp.Diff(parseLimit(t, cells[2]), row.Unit); diff != "" {
			t.Errorf("%s unit limit (-want +got):\n%s", row.Name, diff)
		}
	}
	if len(listed) != 4 {
		t.Errorf("§4 lists %d provinces, want 4", len(listed))
	}
	for _, r := range set.Rows() {
		if !listed[r.Code] && (!r.Personal.IsZero() || !r.Unit.IsZero()) {
			t.Errorf("%s has a limit the source does not give", r.Name)
		}
	}
}

// TestEveryDefaultRow walks all 31 rows of the seed set: identity fields
// agree with the division table and package filing, single-province facts
// sit in their province only, and no row holds a value the seed does not
// give.
func TestEveryDefaultRow(t *testing.T) {
	rows := Default().Rows()
	if len(rows) != 31 {
		t.Fatalf("got %d rows, want 31", len(rows))
	}
	if !slices.IsSortedFunc(rows, func(a, b Row) int { return strings.Compare(a.Code, b.Code) }) {
		t.Error("rows not sorted by code")
	}
	for _, r := range rows {
		d, ok := division.Lookup(r.Code)
		if !ok || d.Level != division.Province || r.Name != d.Name {
			t.Errorf("%s: name %q, division %+v", r.Code, r.Name, d)
		}
		if r.Short == "" || !strings.HasPrefix(r.Name, r.Short) {
			t.Errorf("%s: short name %q", r.Name, r.Short)
		}
		if diff := cmp.Diff(filing.ProvinceAbbreviations(r.Code), r.Abbrs); diff != "" || len(r.Abbrs) == 0 {
			t.Errorf("%s abbreviations (-want +got):\n%s", r.Name, diff)
		}
		if r.ReviewDaysKnown || r.ReviewDays != DefaultReviewDays || !r.Sources.ReviewDays.IsZero() {
			t.Errorf("%s: review days %d known=%v: the seed gives none", r.Name, r.ReviewDays, r.ReviewDaysKnown)
		}
		if r.Contact2 != (Contact2{}) {
			t.Errorf("%s: contact 2 %+v: the seed gives none", r.Name, r.Contact2)
		}
		if r.LegalRep != (LegalRep{}) {
			t.Errorf("%s: legal representative %+v: the seed gives none", r.Name, r.LegalRep)
		}
		// 江苏 alone has the name template and the footer copyright line.
		if got, want := r.NameTemplate, r.Short == "江苏"; got != want || (!r.Sources.NameTemplate.IsZero()) != want {
			t.Errorf("%s: name template %v", r.Name, got)
		}
		if got, want := r.FooterCopyright, r.Short == "江苏"; got != want || (!r.Sources.FooterCopyright.IsZero()) != want {
			t.Errorf("%s: footer copyright %v", r.Name, got)
		}
		// 浙江 alone has the SMS variant of RULES.md §8.
		if got, want := r.SMSHKMacaoIDCard, r.Short == "浙江"; got != want || (!r.Sources.SMSHKMacaoIDCard.IsZero()) != want {
			t.Errorf("%s: SMS HK/Macao ID card variant %v", r.Name, got)
		}
		// 湖南 and 陕西 alone have extra materials in the seed.
		if got, want := len(r.ExtraMaterials) > 0, r.Short == "湖南" || r.Short == "陕西"; got != want {
			t.Errorf("%s: extra materials %v", r.Name, r.ExtraMaterials)
		}
		for _, m := range r.ExtraMaterials {
			if m.Key == "" || m.Name == "" || m.Detail == "" || m.Source.Title != rule.Guide2020("").Title {
				t.Errorf("%s: incomplete material %+v", r.Name, m)
			}
		}
		for _, w := range r.PersonalWords {
			if w == "" || strings.TrimSpace(w) != w {
				t.Errorf("%s: bad word %q", r.Name, w)
			}
		}
	}
}

// TestHunanMaterialText checks the Hunan site plan carries the facts of
// RULES.md §4.
func TestHunanMaterialText(t *testing.T) {
	r, _ := Default().Lookup("湖南")
	if len(r.ExtraMaterials) != 1 {
		t.Fatalf("湖南 materials: %v", r.ExtraMaterials)
	}
	m := r.ExtraMaterials[0]
	for _, s := range []string{"hunanbeian@xca.gov.cn", "PDF", "接入商+主办者全称", "黑名单"} {
		if !strings.Contains(m.Detail, s) {
			t.Errorf("湖南 material lacks %q", s)
		}
	}
	if m.Name != "网站建设方案书" || m.When != FurtherSite {
		t.Errorf("湖南 material %+v", m)
	}
	s, _ := Default().Lookup("610000")
	if len(s.ExtraMaterials) != 1 || s.ExtraMaterials[0].When != OverLimit || !strings.Contains(s.ExtraMaterials[0].Detail, "邮寄") {
		t.Errorf("陕西 material %+v", s.ExtraMaterials)
	}
}
