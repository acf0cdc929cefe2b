package rules

import (
	"github.com/beian-go/beian/rule"

	"regexp"
	"strings"
	"unicode"

	"golang.org/x/text/width"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/province"
)

// Checks of the sponsor step (主办者信息 and 负责人, the 2020 provider guide
// §2 and §3.1): sponsor.* and principal.*.

// addressAllowed reports whether r may appear in a mailing address (rule
// sponsor.address_special_chars): Han characters, letters, digits and the
// separators - # 号 and parentheses. The address is width-folded first, so
// full-width letters, digits and parentheses count as their narrow forms.
func addressAllowed(r rune) bool {
	switch {
	case unicode.Is(unicode.Han, r), r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9':
		return true
	}
	return strings.ContainsRune("-#()（）", r)
}

var sponsorAddressSpecialChars = Rule{
	Def: rule.Def{ID: "sponsor.address_special_chars", Severity: rule.Error, Source: guide("§2"),
		Text: rule.Text{
			ZH: "通信地址不能包含特殊字符“{char}”",
			EN: "The mailing address may not contain the special character “{char}”."}},
	Check: checkAddressChars,
}

// checkAddressChars: sponsor.address_special_chars.
func checkAddressChars(c *Run) {
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
// words that end a detailed address (rule sponsor.address_not_detailed).
var doorNumber = regexp.MustCompile(`[0-9０-９一二三四五六七八九十百零〇]\s*(号|室|栋|幢|楼|单元|层|座|户|弄|组)`)

var sponsorAddressNotDetailed = Rule{
	Def: rule.Def{ID: "sponsor.address_not_detailed", Severity: rule.Warning, Source: guide("§2"),
		Text: rule.Text{
			ZH: "通信地址需详细到门牌号；如已是最详细地址，请在备注中说明“已是最详细地址”",
			EN: "The mailing address must reach a door number; if it is already the most detailed, say so in the remark (最详细)."}},
	Check: checkAddressDetailed,
}

// checkAddressDetailed: sponsor.address_not_detailed.
func checkAddressDetailed(c *Run) {
	s := &c.App.Sponsor
	if strings.TrimSpace(s.MailingAddress) == "" || doorNumber.MatchString(s.MailingAddress) || strings.Contains(s.Remark, "最详细") {
		return
	}
	c.Flag("sponsor.mailing_address", nil)
}

var sponsorInvestorRequired = Rule{
	Def: rule.Def{ID: "sponsor.investor_required", Severity: rule.Error, Source: guide("§2"),
		Text: rule.Text{
			ZH: "请填写投资人或主管单位",
			EN: "Enter the investor or competent authority."}},
	Check: checkInvestorRequired,
}

// checkInvestorRequired: sponsor.investor_required (units only).
func checkInvestorRequired(c *Run) {
	s := &c.App.Sponsor
	if s.Nature.IsUnit() && strings.TrimSpace(s.Investor) == "" {
		c.Flag("sponsor.investor", nil)
	}
}

var sponsorInvestorPersonalMismatch = Rule{
	Def: rule.Def{ID: "sponsor.investor_personal_mismatch", Severity: rule.Error, Source: guide("§2"),
		Text: rule.Text{
			ZH: "个人备案的投资人须为主办者本人",
			EN: "For a personal filing the investor must be the sponsor."}},
	Check: checkInvestorPersonal,
}

// checkInvestorPersonal: sponsor.investor_personal_mismatch. An empty
// investor is filled with the sponsor's name by the console.
func checkInvestorPersonal(c *Run) {
	s := &c.App.Sponsor
	if c.Personal() && strings.TrimSpace(s.Investor) != "" && strings.TrimSpace(s.Investor) != strings.TrimSpace(s.Name) {
		c.Flag("sponsor.investor", nil)
	}
}

var principalPersonalMustBeSponsor = Rule{
	Def: rule.Def{ID: "principal.personal_must_be_sponsor", Severity: rule.Error, Source: guide("§2"),
		Text: rule.Text{
			ZH: "个人备案的主体负责人须为主办者本人，{field}须与主办者一致",
			EN: "For a personal filing the subject principal is the sponsor: the {field} must equal the sponsor's."}},
	Check: checkPersonalPrincipal,
}

// checkPersonalPrincipal: principal.personal_must_be_sponsor.
func checkPersonalPrincipal(c *Run) {
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

var principalLegalRepRequired = Rule{
	Def: rule.Def{ID: "principal.legal_rep_required", Severity: rule.Warning, Source: guide("§2"),
		Text: rule.Text{
			ZH: "{province}要求单位主体负责人为法定代表人",
			EN: "{province} requires the subject principal of a unit to be its legal representative."}},
	Check: checkLegalRep,
}

// checkLegalRep: principal.legal_rep_required, where the province row says so.
func checkLegalRep(c *Run) {
	row, ok := c.Province()
	if !ok || !c.App.Sponsor.Nature.IsUnit() || row.LegalRep.Kind != province.LegalRepRequired {
		return
	}
	if !c.App.Sponsor.Principal.IsLegalRepresentative {
		c.FlagFrom(row.LegalRep.Source, "sponsor.principal.is_legal_representative", Params{"province": row.Name})
	}
}

var principalCertTypeInvalid = Rule{
	Def: rule.Def{ID: "principal.cert_type_invalid", Severity: rule.Error, Source: guide("§2, §3.1"),
		Text: rule.Text{
			ZH: "{field}须为个人证件",
			EN: "The {field} must be a personal certificate."}},
	Check: checkPrincipalCertType,
}

// checkPrincipalCertType: principal.cert_type_invalid.
func checkPrincipalCertType(c *Run) {
	for _, p := range c.principals() {
		if p.p.CertType.IsKnown() && !p.p.CertType.IsPersonal() {
			c.Flag(p.path+".cert_type", Params{"cert_type": string(p.p.CertType)})
		}
	}
}

// expiryState classifies a resident ID's expiry against the 3-month margin
// of the rule principal.id_expiring.
func (c *Run) residentPrincipals() []principalRef {
	if c.residentDone {
		return c.resident
	}
	c.residentDone = true
	c.resident = c.residentBuf[:0]
	for _, p := range c.principals() {
		if p.p.CertType == filing.CertResidentID {
			c.resident = append(c.resident, p)
		}
	}
	return c.resident
}

var principalIdExpiring = Rule{
	Def: rule.Def{ID: "principal.id_expiring", Severity: rule.Error, Source: guide("§2"),
		Text: rule.Text{
			ZH: "请确保身份证有效期大于3个月（须晚于{must_be_after}）",
			EN: "The ID card must stay valid for more than 3 months (after {must_be_after})."}},
	Check: checkIDExpiring,
}

// checkIDExpiring: principal.id_expiring. The expiry must fall after as_of
// plus three calendar months (month end clamped); long-term never expires.
func checkIDExpiring(c *Run) {
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

var principalIdExpiryUnknown = Rule{
	Def: rule.Def{ID: "principal.id_expiry_unknown", Severity: rule.Advice, Source: guide("§2"),
		Text: rule.Text{
			ZH: "请填写{field}，身份证有效期须大于3个月",
			EN: "Give the {field}: the ID card must stay valid for more than 3 months."}},
	Check: checkIDExpiryUnknown,
}

// checkIDExpiryUnknown: principal.id_expiry_unknown.
func checkIDExpiryUnknown(c *Run) {
	for _, p := range c.residentPrincipals() {
		if p.p.CertExpiry.IsZero() {
			c.Flag(p.path+".cert_expiry", nil)
		}
	}
}

// ownContact2 returns the principals that must give 联系方式2: a unit's
// subject principal and its website principals of their own.
func (c *Run) contact2Principals() []principalRef {
	if !c.App.Sponsor.Nature.IsUnit() {
		return nil
	}
	return c.principals()
}

var principalContact2Required = Rule{
	Def: rule.Def{ID: "principal.contact2_required", Severity: rule.Error, Source: guide("§2, §3.1"),
		Text: rule.Text{
			ZH: "请填写{field}",
			EN: "Enter the {field}."}},
	Check: checkContact2Required,
}

// checkContact2Required: principal.contact2_required.
func checkContact2Required(c *Run) {
	for _, p := range c.contact2Principals() {
		if strings.TrimSpace(p.p.Contact2) == "" {
			c.Flag(p.path+".contact2", nil)
		}
	}
}

// contact2Kind parses a 联系方式2: a mobile or a landline.
func contact2Kind(s string) (province.Contact2Kind, bool) {
	if mayBeMobile(s) {
		if _, err := filing.ParseMobile(s); err == nil {
			return province.Contact2Mobile, true
		}
	}
	if _, err := filing.ParseLandline(s); err == nil {
		return province.Contact2Landline, true
	}
	return 0, false
}

// mayBeMobile reports false for a text filing.ParseMobile surely rejects:
// one whose digits (ASCII, and full-width U+FF10–FF19) are not 11, 13 or
// 15, the counts of a mobile with no, a +86/86 or a 0086 prefix. It
// spares a landline the mobile parser's error.
func mayBeMobile(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case '0' <= c && c <= '9':
			n++
		case c == 0xEF && i+2 < len(s) && s[i+1] == 0xBC && 0x90 <= s[i+2] && s[i+2] <= 0x99:
			n++
			i += 2
		}
	}
	return n == 11 || n == 13 || n == 15
}

var principalContact2Format = Rule{
	Def: rule.Def{ID: "principal.contact2_format", Severity: rule.Error, Source: guide("§2, §3.1"),
		Text: rule.Text{
			ZH: "{field}须为手机号码或固定电话（如 086-022-78954321）",
			EN: "The {field} must be a mobile number or a landline such as 086-022-78954321."}},
	Check: checkContact2Format,
}

// checkContact2Format: principal.contact2_format, for every 联系方式2 given.
func checkContact2Format(c *Run) {
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

var principalContact2KindProvince = Rule{
	Def: rule.Def{ID: "principal.contact2_kind_province", Severity: rule.Error, Source: guide("§2"),
		Text: rule.Text{
			ZH: "{province}要求{field}为{kind_zh}",
			EN: "{province} requires the {field} to be a {kind} number."}},
	Check: checkContact2Kind,
}

// checkContact2Kind: principal.contact2_kind_province, where the province
// row fixes the kind.
func checkContact2Kind(c *Run) {
	row, ok := c.Province()
	if !ok {
		return
	}
	want := row.Contact2
	if want.Kind == province.Contact2Either || !want.Scope.Includes(c.App.Sponsor.Nature) {
		return
	}
	kindZH := map[province.Contact2Kind]string{province.Contact2Mobile: "手机号码", province.Contact2Landline: "固定电话"}[want.Kind]
	for _, p := range c.principals() {
		got, ok := contact2Kind(p.p.Contact2)
		if !ok || got == want.Kind {
			continue
		}
		if want.DistinctMobile && got == province.Contact2Mobile && !sameMobile(p.p.Contact2, p.p.Mobile) {
			continue // a mobile other than the principal's own is accepted (天津)
		}
		c.FlagFrom(want.Source, p.path+".contact2", Params{"province": row.Name, "kind": want.Kind.String(), "kind_zh": kindZH})
	}
}

// sameMobile reports whether a and b are valid mobiles and the same number.
func sameMobile(a, b string) bool {
	m, err1 := filing.ParseMobile(a)
	n, err2 := filing.ParseMobile(b)
	return err1 == nil && err2 == nil && m == n
}

var principalEmergencySameAsMobile = Rule{
	Def: rule.Def{ID: "principal.emergency_same_as_mobile", Severity: rule.Warning, Source: guide("§2, §3.1"),
		Text: rule.Text{
			ZH: "应急联系电话不能与负责人手机号码相同",
			EN: "The emergency number should differ from the principal's own mobile."}},
	Check: checkEmergencySame,
}

// checkEmergencySame: principal.emergency_same_as_mobile.
func checkEmergencySame(c *Run) {
	for _, p := range c.principals() {
		if sameMobile(p.p.Mobile, p.p.EmergencyMobile) {
			c.Flag(p.path+".emergency_mobile", nil)
		}
	}
}

var principalMobileProvince = Rule{
	Def: rule.Def{ID: "principal.mobile_province", Severity: rule.Advice, Source: rule.VendorKB2025(""),
		Text: rule.Text{
			ZH: "多数管局要求负责人手机号码归属{province}",
			EN: "Many bureaus require the principal's mobile to be registered in {province}."}},
	Check: checkMobileProvince,
}

// checkMobileProvince: principal.mobile_province (vendor-kb-2025, advice):
// many bureaus require the mobile to be registered in the filing province,
// which cannot be decided offline.
func checkMobileProvince(c *Run) {
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
