package filingtest

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// rulesPath is the project's rule sheet; tests that compare against it skip
// when it is absent.
const rulesPath = "../../../shared/RULES.md"

// wordLists are the word lists of RULES.md §3 and §3.3, read at test time.
type wordLists struct {
	sensitive   []string            // naming.sensitive_word
	forbidden   []string            // naming.personal_forbidden_word
	preApproval []string            // naming.personal_needs_pre_approval
	state       []string            // naming.state_prefix
	province    map[string][]string // §3.3, by province full name
}

// all returns every word of every list.
func (l wordLists) all() []string {
	out := append(append(append(append([]string{}, l.sensitive...), l.forbidden...), l.preApproval...), l.state...)
	for _, ws := range l.province {
		out = append(out, ws...)
	}
	return out
}

var hanWord = regexp.MustCompile(`\p{Han}+`)

// rowWords returns the Han words of the last cell of the rule row whose
// first cell is `id`.
func rowWords(t *testing.T, sheet, id string) []string {
	t.Helper()
	for line := range strings.SplitSeq(sheet, "\n") {
		if strings.HasPrefix(line, "| `"+id+"`") {
			cells := strings.Split(line, "|")
			cell := cells[len(cells)-2]
			if i := strings.Index(cell, "unless"); i >= 0 {
				cell = cell[:i]
			}
			if i := strings.Index(cell, "only with"); i >= 0 {
				cell = cell[:i]
			}
			return hanWord.FindAllString(cell, -1)
		}
	}
	t.Fatalf("RULES.md has no row %s", id)
	return nil
}

// readWordLists parses the lists of RULES.md, skipping t when the file is
// absent.
func readWordLists(t *testing.T) wordLists {
	t.Helper()
	b, err := os.ReadFile(rulesPath)
	if os.IsNotExist(err) {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s absent: CI runs with the specification beside the module", rulesPath)
		}
		t.Skipf("%s absent", rulesPath)
	}
	if err != nil {
		t.Fatal(err)
	}
	sheet := string(b)
	l := wordLists{
		sensitive:   rowWords(t, sheet, "naming.sensitive_word"),
		forbidden:   rowWords(t, sheet, "naming.personal_forbidden_word"),
		preApproval: rowWords(t, sheet, "naming.personal_needs_pre_approval"),
		state:       rowWords(t, sheet, "naming.state_prefix"),
		province:    map[string][]string{},
	}
	start := strings.Index(sheet, "### 3.3")
	end := strings.Index(sheet, "Name template:")
	if start < 0 || end < start {
		t.Fatal("RULES.md has no §3.3 table")
	}
	for line := range strings.SplitSeq(sheet[start:end], "\n") {
		cells := strings.Split(line, "|")
		if len(cells) != 4 || !hanWord.MatchString(cells[1]) {
			continue
		}
		name := strings.TrimSpace(cells[1])
		l.province[name] = strings.Fields(cells[2])
	}
	// Sanity: the sheet's sizes as written when these tests were made.
	if len(l.sensitive) != 4 || len(l.forbidden) != 15 || len(l.preApproval) != 5 || len(l.state) != 6 || len(l.province) != 11 {
		t.Fatalf("RULES.md lists changed: %d sensitive, %d forbidden, %d pre-approval, %d state, %d provinces",
			len(l.sensitive), len(l.forbidden), len(l.preApproval), len(l.state), len(l.province))
	}
	return l
}
