package rules

import (
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/text/width"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/province"
)

// Checks of RULES.md §2 (主办者信息 and 负责人).

// addressAllowed reports whether r may appear in a mailing address (RULES.md
// §2 sponsor.address_special_chars): Han characters, letters, digits and the
// separators - # 号 and parentheses. The address is width-folded first, so
// full-width letters, digits and parentheses count as their narrow forms.
func addressAllowed(r rune) bool {
	switch {
	case unicode.Is(unicode.Han, r), r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9':
		return true
	}
	return strings.ContainsRune("-#()（）", r)
}

// checkAddressChars: sponsor.address_special_chars.
func checkAddressChars(c *Context) {
	addr := c.App.Sponsor.MailingAddress
	for i, r := range []rune(addr) {
		if addressAllowed(r) {
			continue
		}
		if n := []rune(width.Fold.String(string(r))); len(n) == 1 && addressAllowed(n[0]) {
			continue
		}
		c.Flag("sponsor.mailing_address", Params{"char": string(r), "start": i, "end": i + 1})
		return
	}
}

// doorNumber matches a door or room number: a digit followed by one of the
// words that end a detailed address (RULES.md §2 sponsor.address_not_detailed).
var doorNumber = regexp.MustCompile(`[0-9０-９一二三四五六七八九十百零〇]\s*(号|室|栋|幢|楼|单元|层|座|户|弄|组)`)

// checkAddressDetailed: sponsor.address_not_detailed.
func checkAddressDetailed(c *Context) {
	s := &c.App.Sponsor
	if strings.TrimSpace(s.MailingAddress) == "" || doorNumber.MatchString(s.MailingAddress) || strings.Contains(s.Remark, "最详细") {
		return
	}
	c.Flag("sponsor.mailing_address", nil)
}

// checkInvestorRequired: sponsor.investor_required (units only).
func checkInvestorRequired(c *Context) {
	s := &c.App.Sponsor
	if s.Nature.IsUnit() && strings.TrimSpace(s.Investor) == "" {
		c.Flag("sponsor.investor", nil)
	}
}

// checkInvestorPersonal: sponsor.investor_personal_mismatch. An empty
// investor is filled with the sponsor's name by the console.
func checkInvestorPersonal(c *Context) {
	s := &c.App.Sponsor
	if c.Personal() && strings.TrimSpace(s.Investor) != "" && strings.TrimSpace(s.Investor) != strings.TrimSpace(s.Name) {
		c.Flag("sponsor.investor", nil)
	}
}

// checkPersonalPrincipal: principal.personal_must_be_sponsor.
func checkPersonalPrincipal(c *Context) {
	if !c.Personal() {
		return
	}
	s := &c.App.Sponsor
	p := &s.Principal
	if strings.TrimSpace(p.Name) != strings.TrimSpace(s.Name) {
		c.Flag("sponsor.principal.name", nil)
	}
	if p.CertType != s.CertType {
		c.Flag("sponsor.principal.cert_type", nil)
	}
	if strings.TrimSpace(p.CertNumber) != strings.TrimSpace(s.CertNumber) {
		c.Flag("sponsor.principal.cert_number", Params{"value": filing.MaskCertNumber(p.CertNumber)})
	}
}

// checkLegalRep: principal.legal_rep_required, where the province row says so.
func checkLegalRep(c *Context) {
	row, ok := c.Province()
	if !ok || !c.App.Sponsor.Nature.IsUnit() || row.LegalRep.Kind != province.LegalRepRequired {
		return
	}
	if !c.App.Sponsor.Principal.IsLegalRepresentative {
		c.Flag("sponsor.principal.is_legal_representative", Params{"province": row.Name})
	}
}

// checkPrincipalCertType: principal.cert_type_invalid.
func checkPrincipalCertType(c *Context) {
	for _, p := range c.principals() {
		if p.p.CertType.IsKnown() && !p.p.CertType.IsPersonal() {
			c.Flag(p.path+".cert_type", Params{"cert_type": string(p.p.CertType)})
		}
	}
}

// expiryState classifies a resident ID's expiry against the 3-month margin
// of RULES.md §2 principal.id_expiring.
func (c *Context) residentPrincipals() []principalRef {
	var out []principalRef
	for _, p := range c.principals() {
		if p.p.CertType == filing.CertResidentID {
			out = append(out, p)
		}
	}
	return out
}

// checkIDExpiring: principal.id_expiring. The expiry must fall after as_of
// plus three calendar months (month end clamped); long-term never expires.
func checkIDExpiring(c *Context) {
	limit := c.AsOf.AddMonths(3)
	for _, p := range c.residentPrincipals() {
		e := p.p.CertExpiry
		if e.LongTerm || e.Date.IsZero() {
			continue
		}
		if !e.Date.After(limit) {
			c.Flag(p.path+".cert_expiry", Params{"expiry": e.Date.String(), "must_be_after": limit.String()})
		}
	}
}

// checkIDExpiryUnknown: principal.id_expiry_unknown.
func checkIDExpiryUnknown(c *Context) {
	for _, p := range c.residentPrincipals() {
		if p.p.CertExpiry.IsZero() {
			c.Flag(p.path+".cert_expiry", nil)
		}
	}
}

// ownContact2 returns the principals that must give 联系方式2: a unit's
// subject principal and its website principals of their own.
func (c *Context) contact2Principals() []principalRef {
	if !c.App.Sponsor.Nature.IsUnit() {
		return nil
	}
	return c.principals()
}

// checkContact2Required: principal.contact2_required.
func checkContact2Required(c *Context) {
	for _, p := range c.contact2Principals() {
		if strings.TrimSpace(p.p.Contact2) == "" {
			c.Flag(p.path+".contact2", nil)
		}
	}
}

// contact2Kind parses a 联系方式2: a mobile or a landline.
func contact2Kind(s string) (province.Contact2Kind, bool) {
	if _, err := filing.ParseMobile(s); err == nil {
		return province.Contact2Mobile, true
	}
	if _, err := filing.ParseLandline(s); err == nil {
		return province.Contact2Landline, true
	}
	return 0, false
}

// checkContact2Format: principal.contact2_format, for every 联系方式2 given.
func checkContact2Format(c *Context) {
	for _, p := range c.principals() {
		v := p.p.Contact2
		if strings.TrimSpace(v) == "" {
			continue
		}
		if _, ok := contact2Kind(v); !ok {
			c.Flag(p.path+".contact2", Params{"value": filing.MaskPhone(v)})
		}
	}
}

// checkContact2Kind: principal.contact2_kind_province, where the province
// row fixes the kind.
func checkContact2Kind(c *Context) {
	row, ok := c.Province()
	if !ok {
		return
	}
	rule := row.Contact2
	if rule.Kind == province.Contact2Either || !rule.Scope.Includes(c.App.Sponsor.Nature) {
		return
	}
	for _, p := range c.principals() {
		got, ok := contact2Kind(p.p.Contact2)
		if !ok || got == rule.Kind {
			continue
		}
		if rule.DistinctMobile && got == province.Contact2Mobile && !sameMobile(p.p.Contact2, p.p.Mobile) {
			continue // a mobile other than the principal's own is accepted (天津)
		}
		c.Flag(p.path+".contact2", Params{"province": row.Name, "kind": rule.Kind.String(), "kind_zh": map[province.Contact2Kind]string{province.Contact2Mobile: "手机号码", province.Contact2Landline: "固定电话"}[rule.Kind]})
	}
}

// sameMobile reports whether a and b are valid mobiles and the same number.
func sameMobile(a, b string) bool {
	m, err1 := filing.ParseMobile(a)
	n, err2 := filing.ParseMobile(b)
	return err1 == nil && err2 == nil && m == n
}

// checkEmergencySame: principal.emergency_same_as_mobile.
func checkEmergencySame(c *Context) {
	for _, p := range c.principals() {
		if sameMobile(p.p.Mobile, p.p.EmergencyMobile) {
			c.Flag(p.path+".emergency_mobile", nil)
		}
	}
}

// checkMobileProvince: principal.mobile_province (vendor-kb-2025, advice):
// many bureaus require the mobile to be registered in the filing province,
// which cannot be decided offline.
func checkMobileProvince(c *Context) {
	row, ok := c.Province()
	if !ok {
		return
	}
	for _, p := range c.principals() {
		if _, err := filing.ParseMobile(p.p.Mobile); err == nil {
			c.Flag(p.path+".mobile", Params{"province": row.Name})
		}
	}
}
