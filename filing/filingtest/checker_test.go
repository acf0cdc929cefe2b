package filingtest

import (
	"errors"
	"fmt"
	"net/netip"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/internal/division"
)

// checker is an independent, test-only reading of the error and warning
// rules of the filing guide "ICP备案流程(PC端)" v20200921 (basic information,
// sponsor, websites, several websites) and of the MIIT notice on apps
// that a single application can break (plus the
// advice principal.id_expiry_unknown). It judges the generators: a valid
// application must give no finding, a defect exactly its own. It is written
// from the rule texts, not from the generator's code.
type checker struct {
	places map[string]bool // division names in use, with and without suffix
	words  wordLists
	found  map[string]bool // "rule@field"
	// vendor adds the app rules of the vendor overlay.
	vendor bool
}

func newChecker(t *testing.T) *checker {
	c := &checker{words: readWordLists(t), places: map[string]bool{}}
	for _, d := range division.All() {
		for _, suffix := range divisionSuffixes {
			if base, ok := strings.CutSuffix(d.Name, suffix); ok && base != "" {
				c.places[base] = true
			}
		}
	}
	return c
}

// check returns the findings of app as sorted "rule@field" strings.
func (c *checker) check(app *filing.Application) []string {
	c.found = map[string]bool{}
	c.sponsor(app)
	c.websites(app)
	c.apps(app)
	out := make([]string, 0, len(c.found))
	for k := range c.found {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func (c *checker) flag(rule, field string) { c.found[rule+"@"+field] = true }

// natureCerts is rule basic.nature_cert_mismatch.
var natureCerts = map[filing.Nature][]filing.CertType{
	filing.Personal:             {filing.CertResidentID, filing.CertHKMacaoPermit, filing.CertTaiwanPermit, filing.CertPassport, filing.CertForeignerPermanentID},
	filing.Enterprise:           {filing.CertBusinessLicence},
	filing.Institution:          {filing.CertInstitution, filing.CertUSCC},
	filing.SocialGroup:          {filing.CertSocialGroup, filing.CertUSCC},
	filing.PrivateNonEnterprise: {filing.CertPrivateNonEnterprise, filing.CertUSCC},
	filing.Government:           {filing.CertUSCC, filing.CertOrgCode},
	filing.Military:             {filing.CertMilitary, filing.CertUSCC},
}

// cert applies the cert.* rules to one certificate number.
func (c *checker) cert(typ filing.CertType, number string, asOf filing.Date, field string) {
	var err error
	switch {
	case typ == filing.CertResidentID:
		_, err = filing.ParseResidentIDAt(number, asOf.In(time.UTC))
	case typ.CarriesUSCC():
		_, err = filing.ParseUSCC(number)
	case typ == filing.CertOrgCode:
		_, err = filing.ParseOrgCode(number)
	}
	switch {
	case err == nil:
	case errors.Is(err, filing.ErrChecksum):
		c.flag("cert.checksum", field)
	case errors.Is(err, filing.ErrLowercaseX):
		c.flag("cert.id_lowercase_x", field)
	case errors.Is(err, filing.ErrBirthDate):
		c.flag("cert.id_birthdate", field)
	default:
		c.flag("cert.number_format", field)
	}
}

var (
	addressChars = regexp.MustCompile(`^[\p{Han}A-Za-z0-9\-#号()（）]*$`)
	doorNumber   = regexp.MustCompile(`[0-9]+(号|室|栋|幢|楼|单元)`)
	serviceNo    = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)
)

func (c *checker) region(r filing.Region) {
	var prov division.Division
	for _, p := range mainland() {
		if p.Code == r.Province || p.Name == r.Province {
			prov = p
		}
	}
	if prov.Code == "" {
		c.flag("basic.region_unknown", "sponsor.region.province")
		return
	}
	kids := division.Children(prov.Code)
	parent := prov.Code
	switch {
	case r.City == "" || (isMunicipality(prov.Code) && r.City == prov.Name):
	default:
		i := slices.IndexFunc(kids, func(d division.Division) bool { return d.Name == r.City })
		if i < 0 {
			c.flag("basic.region_unknown", "sponsor.region.city")
			return
		}
		parent = kids[i].Code
	}
	if r.District != "" && !slices.ContainsFunc(division.Children(parent), func(d division.Division) bool { return d.Name == r.District }) {
		c.flag("basic.region_unknown", "sponsor.region.district")
	}
}

func (c *checker) sponsor(app *filing.Application) {
	s := app.Sponsor
	c.region(s.Region)
	if !slices.Contains(natureCerts[s.Nature], s.CertType) {
		c.flag("basic.nature_cert_mismatch", "sponsor.cert_type")
	}
	if s.Name == "" || strings.TrimSpace(s.Name) != s.Name || strings.IndexFunc(s.Name, unicode.IsControl) >= 0 {
		c.flag("basic.name_required", "sponsor.name")
	}
	c.cert(s.CertType, s.CertNumber, app.AsOf, "sponsor.cert_number")
	if s.CertAddress == "" {
		c.flag("basic.cert_address_required", "sponsor.cert_address")
	}
	switch {
	case s.MailingAddress == "":
		c.flag("sponsor.address_required", "sponsor.mailing_address")
	case !addressChars.MatchString(s.MailingAddress):
		c.flag("sponsor.address_special_chars", "sponsor.mailing_address")
	case !doorNumber.MatchString(s.MailingAddress) && !strings.Contains(s.Remark, "最详细"):
		c.flag("sponsor.address_not_detailed", "sponsor.mailing_address")
	}
	personal := s.Nature == filing.Personal
	if personal && s.Investor != s.Name {
		c.flag("sponsor.investor_personal_mismatch", "sponsor.investor")
	}
	if !personal && s.Investor == "" {
		c.flag("sponsor.investor_required", "sponsor.investor")
	}
	p := s.Principal
	if personal {
		if p.Name != s.Name {
			c.flag("principal.personal_must_be_sponsor", "sponsor.principal.name")
		}
		if p.CertType != s.CertType {
			c.flag("principal.personal_must_be_sponsor", "sponsor.principal.cert_type")
		}
		if p.CertNumber != s.CertNumber {
			c.flag("principal.personal_must_be_sponsor", "sponsor.principal.cert_number")
		}
	}
	c.principal(app, p, "sponsor.principal", !personal)
}

func (c *checker) principal(app *filing.Application, p filing.Principal, path string, unit bool) {
	if p.Name == "" {
		c.flag("principal.name_required", path+".name")
	}
	if !p.CertType.IsPersonal() {
		c.flag("principal.cert_type_invalid", path+".cert_type")
	}
	c.cert(p.CertType, p.CertNumber, app.AsOf, path+".cert_number")
	if p.CertType == filing.CertResidentID {
		switch {
		case p.CertExpiry.IsZero():
			c.flag("principal.id_expiry_unknown", path+".cert_expiry")
		case !p.CertExpiry.LongTerm && !p.CertExpiry.Date.After(app.AsOf.AddMonths(3)):
			c.flag("principal.id_expiring", path+".cert_expiry")
		}
	}
	if _, err := filing.ParseMobile(p.Mobile); err != nil {
		c.flag("principal.mobile_format", path+".mobile")
	}
	if p.Contact2 == "" {
		if unit {
			c.flag("principal.contact2_required", path+".contact2")
		}
	} else if _, err := filing.ParseMobile(p.Contact2); err != nil {
		if _, err := filing.ParseLandline(p.Contact2); err != nil || !strings.HasPrefix(p.Contact2, "086-") {
			c.flag("principal.contact2_format", path+".contact2")
		}
	}
	if _, err := filing.ParseMobile(p.EmergencyMobile); err != nil {
		c.flag("principal.emergency_mobile_format", path+".emergency_mobile")
	} else if p.EmergencyMobile == p.Mobile {
		c.flag("principal.emergency_same_as_mobile", path+".emergency_mobile")
	}
	if _, err := filing.ParseEmail(p.Email); err != nil {
		c.flag("principal.email_format", path+".email")
	}
}

// limitsByProvince is rule website.count_province_limit (the 2020
// provider guide "ICP备案流程(PC端)" v20200921 §3.2): sites per new-site
// order, personal and unit (0: no limit; 陕西's unit limit counts domains, 30).
var limitsByProvince = map[string][2]int{
	"湖北省": {1, 1}, "湖南省": {1, 1}, "陕西省": {4, 30}, "河南省": {3, 5},
}

func (c *checker) websites(app *filing.Application) {
	personal := app.Sponsor.Nature == filing.Personal
	if app.Type.FilesWebsites() && len(app.Websites) == 0 && len(app.Apps) == 0 {
		c.flag("website.required", "websites")
	}
	if l, ok := limitsByProvince[app.Sponsor.Region.Province]; ok && app.Type.IsNewSite() {
		limit := l[1]
		if personal {
			limit = l[0]
		}
		if len(app.Websites) > limit {
			c.flag("website.count_province_limit", "websites")
		}
	}
	seen := map[string]bool{}
	for i, w := range app.Websites {
		path := fmt.Sprintf("websites[%d]", i)
		if app.Type.IsNewSite() && len(w.Domains) != 1 {
			c.flag("website.one_domain", path+".domains")
		}
		for j, d := range w.Domains {
			f := fmt.Sprintf("%s.domains[%d]", path, j)
			dom, err := filing.ParseDomain(d)
			switch {
			case errors.Is(err, filing.ErrNotRegistrable):
				c.flag("basic.domain_not_registrable", f)
			case err != nil:
				c.flag("basic.domain_format", f)
			case seen[dom.String()]:
				c.flag("website.domain_duplicate", f)
			default:
				seen[dom.String()] = true
			}
			if app.Type == filing.ChangeWebsite && !slices.Contains(w.PreviousDomains, d) {
				c.flag("website.domain_change_forbidden", f)
			}
		}
		switch {
		case personal && w.ContentType != filing.OtherContent:
			c.flag("website.content_personal", path+".content_type")
		case !w.ContentType.IsKnown():
			c.flag("website.content_type_unknown", path+".content_type")
		}
		if !w.ServiceType.IsKnown() {
			c.flag("website.service_type_unknown", path+".service_type")
		}
		if len(w.Languages) == 0 {
			c.flag("website.language_required", path+".languages")
		}
		for k, s := range w.Sectors {
			if !s.IsKnown() {
				c.flag("basic.unknown_value", fmt.Sprintf("%s.sectors[%d]", path, k))
			} else if !slices.ContainsFunc(w.PreApprovals, func(p filing.PreApproval) bool { return p.Sector == s }) {
				c.flag("website.pre_approval_missing", fmt.Sprintf("%s.sectors[%d]", path, k))
			}
		}
		for k, p := range w.PreApprovals {
			if !p.Sector.IsKnown() {
				c.flag("basic.unknown_value", fmt.Sprintf("%s.pre_approvals[%d].sector", path, k))
			}
		}
		if personal && (!w.ReuseSubjectPrincipal || w.Principal != nil) {
			c.flag("website.principal_personal_reuse", path+".principal")
		}
		if !personal && !w.ReuseSubjectPrincipal {
			if w.Principal == nil {
				c.flag("principal.name_required", path+".principal.name")
			} else {
				c.principal(app, *w.Principal, path+".principal", true)
			}
		}
		c.access(w.Access, path+".access")
		c.name(app, w, path)
	}
}

func (c *checker) access(a filing.Access, path string) {
	switch {
	case a.Service != "" && !a.Service.IsKnown():
		c.flag("basic.unknown_value", path+".service")
	case a.Service == "" && a.ServiceNumber == "":
		c.flag("website.access_missing", path)
	case a.Service.NeedsIP() && len(a.IPs) == 0:
		c.flag("website.access_missing", path)
	}
	if a.ServiceNumber != "" && !serviceNo.MatchString(a.ServiceNumber) {
		c.flag("website.service_number_format", path+".service_number")
	}
	for k, s := range a.IPs {
		ip, err := netip.ParseAddr(s)
		if err != nil || !ip.IsGlobalUnicast() || ip.IsPrivate() || ip.Zone() != "" {
			c.flag("website.ip_invalid", fmt.Sprintf("%s.ips[%d]", path, k))
		}
	}
}

// name applies the naming rules (附录一, 附录二) to one website's name.
func (c *checker) name(app *filing.Application, w filing.Website, path string) {
	f := path + ".name"
	name := w.Name
	han := 0
	latinOrDigit := true
	for _, r := range name {
		switch {
		case unicode.Is(unicode.Han, r):
			han++
			latinOrDigit = false
		case r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
		default:
			latinOrDigit = false
			c.flag("naming.special_chars", f)
		}
	}
	if han < 3 {
		c.flag("naming.min_han", f)
	}
	if latinOrDigit && name != "" {
		c.flag("naming.pure_digits_or_latin", f)
	}
	if !app.Sponsor.Nature.IsState() {
		for _, p := range c.words.state {
			if strings.HasPrefix(name, p) {
				c.flag("naming.state_prefix", f)
			}
		}
	}
	for _, d := range w.Domains {
		if name == d || name == strings.SplitN(d, ".", 2)[0] {
			c.flag("naming.is_domain", f)
		}
	}
	for _, s := range c.words.sensitive {
		if strings.Contains(name, s) {
			c.flag("naming.sensitive_word", f)
		}
	}
	if app.Sponsor.Nature != filing.Personal {
		return
	}
	body := name
	if app.Sponsor.Region.Province == "江苏省" {
		m := regexp.MustCompile(`^(\p{Han}+)的个人(博客|主页)$`).FindStringSubmatch(name)
		if m == nil {
			c.flag("naming.personal_template", f)
		} else {
			body = m[1]
		}
		if w.Remark == "" {
			c.flag("naming.personal_template_remark", path+".remark")
		}
	}
	for _, word := range c.words.preApproval {
		if strings.Contains(body, word) && len(w.PreApprovals) == 0 {
			c.flag("naming.personal_needs_pre_approval", f)
		}
	}
	for _, word := range c.words.forbidden {
		if strings.Contains(body, word) && !slices.Contains(c.words.preApproval, word) {
			c.flag("naming.personal_forbidden_word", f)
		}
	}
	for _, word := range c.words.province[app.Sponsor.Region.Province] {
		if strings.Contains(body, word) {
			c.flag("naming.personal_province_word", f)
		}
	}
	if name == app.Sponsor.Name || name == app.Sponsor.Principal.Name {
		c.flag("naming.personal_person_name", f)
	}
	if c.places[name] {
		c.flag("naming.personal_place_name", f)
	}
}

// divisionSuffixes are the endings of division names (GB/T 2260).
var divisionSuffixes = []string{"", "省", "市", "区", "县", "旗", "盟", "地区", "自治区", "自治州", "自治县", "自治旗", "林区", "特区", "矿区"}
