package filing_test

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/beian-go/beian/filing"
	"github.com/google/go-cmp/cmp"
)

// enumsRulesPath is the project's rule sheet, read at test time.
const enumsRulesPath = "../../shared/RULES.md"

// enumsSheet returns RULES.md, skipping t when it is absent.
func enumsSheet(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(enumsRulesPath)
	if os.IsNotExist(err) {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s absent: CI runs with the specification beside the module", enumsRulesPath)
		}
		t.Skipf("%s absent", enumsRulesPath)
	}
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// enumsSection returns the text of sheet from the line starting with
// heading to the next heading of any level.
func enumsSection(t *testing.T, sheet, heading string) string {
	t.Helper()
	i := strings.Index(sheet, heading)
	if i < 0 {
		t.Fatalf("RULES.md has no %q", heading)
	}
	rest := sheet[i+len(heading):]
	if j := strings.Index(rest, "\n#"); j >= 0 {
		rest = rest[:j]
	}
	return rest
}

var enumsTableRow = regexp.MustCompile("(?m)^\\| `([a-z_]+)` \\| ([^|]+) \\|")

// enumsTable returns wire value → Chinese name of the rows of a §0 table.
func enumsTable(t *testing.T, section string) ([]string, map[string]string) {
	var order []string
	zh := map[string]string{}
	for _, m := range enumsTableRow.FindAllStringSubmatch(section, -1) {
		order = append(order, m[1])
		zh[m[1]] = strings.TrimSpace(m[2])
	}
	if len(order) == 0 {
		t.Fatal("empty table")
	}
	return order, zh
}

var enumsPair = regexp.MustCompile("`([a-z_0-9]+)` ([^ ,.`(]+)")

// enumsPairs returns wire value → Chinese name of the "`value` 中文" pairs
// in text.
func enumsPairs(text string) ([]string, map[string]string) {
	var order []string
	zh := map[string]string{}
	for _, m := range enumsPair.FindAllStringSubmatch(text, -1) {
		order = append(order, m[1])
		zh[m[1]] = m[2]
	}
	return order, zh
}

// enumsCheck compares one enumeration with the rows read from RULES.md:
// the same wire values in the same order, each known, each with a Chinese
// name that begins the sheet's (the sheet adds notes in parentheses).
func enumsCheck[T ~string](t *testing.T, name string, got []T, isKnown func(T) bool, chinese func(T) string, want []string, zh map[string]string) {
	t.Helper()
	var gs []string
	for _, v := range got {
		gs = append(gs, string(v))
		if !isKnown(v) {
			t.Errorf("%s %q is not known", name, v)
		}
		c := chinese(v)
		if c == "" {
			t.Errorf("%s %q has no Chinese name", name, v)
		}
		if s, ok := zh[string(v)]; ok && s != "" && !strings.HasPrefix(s, c) {
			t.Errorf("%s %q: Chinese %q, RULES.md %q", name, v, c, s)
		}
	}
	if diff := cmp.Diff(want, gs); diff != "" {
		t.Errorf("%s wire values (-RULES.md +code):\n%s", name, diff)
	}
}

// TestEnumsMatchRules walks every row of the enumeration tables of RULES.md
// §0 and the value lists of §3 and §11.
func TestEnumsMatchRules(t *testing.T) {
	sheet := enumsSheet(t)

	order, zh := enumsTable(t, enumsSection(t, sheet, "### Filing types"))
	enumsCheck(t, "FilingType", filing.FilingTypes(), filing.FilingType.IsKnown, filing.FilingType.Chinese, order, zh)

	order, zh = enumsTable(t, enumsSection(t, sheet, "### Sponsor natures"))
	enumsCheck(t, "Nature", filing.Natures(), filing.Nature.IsKnown, filing.Nature.Chinese, order, zh)

	order, zh = enumsTable(t, enumsSection(t, sheet, "### Certificate types"))
	enumsCheck(t, "CertType", filing.CertTypes(), filing.CertType.IsKnown, filing.CertType.Chinese, order, zh)

	later := enumsSection(t, sheet, "## 11.")
	sectorText := later[strings.Index(later, "Pre-approval (前置审批) sectors"):strings.Index(later, "教育, 医疗保健 and 电子公告")]
	order, zh = enumsPairs(sectorText)
	enumsCheck(t, "Sector", filing.Sectors(), filing.Sector.IsKnown, filing.Sector.Chinese, order, zh)

	contentText := later[strings.Index(later, "Website content types:"):strings.Index(later, "Service types:")]
	order, zh = enumsPairs(contentText)
	enumsCheck(t, "ContentType", filing.ContentTypes(), filing.ContentType.IsKnown, filing.ContentType.Chinese, order, zh)

	order, zh = enumsPairs(later[strings.Index(later, "Service types:"):])
	enumsCheck(t, "ServiceType", filing.ServiceTypes(), filing.ServiceType.IsKnown, filing.ServiceType.Chinese, order, zh)

	// Access services: the row website.access_missing lists the cloud
	// services, then the shop product.
	row := sheet[strings.Index(sheet, "| `website.access_missing`"):]
	row = row[:strings.Index(row, "\n")]
	var services []string
	for _, m := range regexp.MustCompile("`access\\.service`?: `([a-z_]+)`|`([a-z_]+)` [\\p{Han}A-Za-z]+|`access\\.service: ([a-z_]+)`").FindAllStringSubmatch(row, -1) {
		for _, g := range m[1:] {
			if g != "" {
				services = append(services, g)
			}
		}
	}
	_, zh = enumsPairs(row)
	zh["shop"] = "旺铺"
	enumsCheck(t, "AccessService", filing.AccessServices(), filing.AccessService.IsKnown, filing.AccessService.Chinese, services, zh)
}

// TestEnumsUnknown checks that values outside the tables are unknown and
// nameless, the empty string included.
func TestEnumsUnknown(t *testing.T) {
	for _, v := range []string{"", "alien", "FIRST_FILING", "first_filing ", "其他"} {
		if filing.FilingType(v).IsKnown() || filing.FilingType(v).Chinese() != "" ||
			filing.Nature(v).IsKnown() || filing.Nature(v).Chinese() != "" ||
			filing.CertType(v).IsKnown() || filing.CertType(v).Chinese() != "" ||
			filing.ContentType(v).IsKnown() || filing.ContentType(v).Chinese() != "" ||
			filing.ServiceType(v).IsKnown() || filing.ServiceType(v).Chinese() != "" ||
			filing.Sector(v).IsKnown() || filing.Sector(v).Chinese() != "" ||
			filing.AccessService(v).IsKnown() || filing.AccessService(v).Chinese() != "" {
			t.Errorf("%q is known to some enumeration", v)
		}
	}
	if filing.Nature("alien").IsUnit() {
		t.Error("an unknown nature is a unit")
	}
	if filing.AccessService("alien").NeedsIP() {
		t.Error("an unknown access service needs an IP")
	}
}

// TestEnumsPredicates checks the predicates against the rules they serve.
func TestEnumsPredicates(t *testing.T) {
	// RULES.md §3 website.required: first filing, new sites and access file websites.
	// RULES.md §3 website.one_domain: first filing and new sites carry one domain each.
	files := map[filing.FilingType][2]bool{ // FilesWebsites, IsNewSite
		filing.FirstFiling:       {true, true},
		filing.NewSiteElsewhere:  {true, true},
		filing.NewSiteHere:       {true, true},
		filing.AccessFiling:      {true, false},
		filing.ChangeSubject:     {false, false},
		filing.ChangeWebsite:     {false, false},
		filing.ChangeAccess:      {false, false},
		filing.CancelAccess:      {false, false},
		filing.DeregisterSubject: {false, false},
		filing.DeregisterWebsite: {false, false},
	}
	for _, ft := range filing.FilingTypes() {
		want, ok := files[ft]
		if !ok {
			t.Errorf("no expectation for %s", ft)
		}
		if ft.FilesWebsites() != want[0] || ft.IsNewSite() != want[1] {
			t.Errorf("%s: FilesWebsites %t IsNewSite %t, want %v", ft, ft.FilesWebsites(), ft.IsNewSite(), want)
		}
	}
	// RULES.md §3 naming.state_prefix: government and military are state natures.
	for _, n := range filing.Natures() {
		if n.IsUnit() != (n != filing.Personal) {
			t.Errorf("%s.IsUnit() = %t", n, n.IsUnit())
		}
		if n.IsState() != (n == filing.Government || n == filing.Military) {
			t.Errorf("%s.IsState() = %t", n, n.IsState())
		}
	}
	// RULES.md §0 "usable for … principal" and §1: the certificates of
	// persons, and the five that carry a USCC.
	personal := map[filing.CertType]bool{filing.CertResidentID: true, filing.CertHKMacaoPermit: true, filing.CertTaiwanPermit: true,
		filing.CertPassport: true, filing.CertOfficer: true, filing.CertForeignerPermanentID: true}
	uscc := map[filing.CertType]bool{filing.CertBusinessLicense: true, filing.CertUSCC: true, filing.CertInstitution: true,
		filing.CertSocialGroup: true, filing.CertPrivateNonEnterprise: true}
	for _, c := range filing.CertTypes() {
		if c.IsPersonal() != personal[c] || c.CarriesUSCC() != uscc[c] {
			t.Errorf("%s: IsPersonal %t CarriesUSCC %t", c, c.IsPersonal(), c.CarriesUSCC())
		}
	}
	// RULES.md §3 website.access_missing: every service but the shop needs an IP.
	for _, s := range filing.AccessServices() {
		if s.NeedsIP() != (s != filing.ServiceShop) {
			t.Errorf("%s.NeedsIP() = %t", s, s.NeedsIP())
		}
	}
}

// TestEnumsListsAreCopies checks that changing a returned list changes no
// later result.
func TestEnumsListsAreCopies(t *testing.T) {
	l := filing.Natures()
	l[0] = "changed"
	if filing.Natures()[0] != filing.Personal {
		t.Error("Natures shares its backing array")
	}
}
