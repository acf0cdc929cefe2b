package filing

// The filing domain model, in the JSON shape hosting consoles send (the
// snake_case names of the struct tags, the style of the public filing APIs
// of the big platforms). Field
// values are kept as the customer typed them (strings), so that the rule
// engine can report every problem with the original text and offsets; the
// value types of this package (ResidentID, Mobile, Domain, …) parse them.
//
// The `validate` struct tags are read by the rule engine's boundary check
// (package rules) with go-playground/validator; every tag used here is either
// a validator built-in or registered by that package.

// Application is one filing order as a hosting console submits it.
type Application struct {
	// Type is the filing type.
	Type Type `json:"type"`
	// AsOf is the day the rules are evaluated at; zero means "today" as the
	// caller decides (the library never reads the clock).
	AsOf Date `json:"as_of,omitzero"`
	// Sponsor is the subject (主办者) of the filing.
	Sponsor Sponsor `json:"sponsor"`
	// Websites are the sites of the order.
	Websites Websites `json:"websites"`
	// Apps are the apps, mini-programs and quick apps of the order (filed
	// since the MIIT notice 工信部信管〔2023〕105号).
	Apps []App `json:"apps,omitempty"`
}

// Region is where a sponsor is (province > city > district). Each part is a
// GB/T 2260 code or a name, full or short; city and district may be empty.
type Region struct {
	Province string `json:"province"`
	City     string `json:"city"`
	District string `json:"district"`
}

// Sponsor is the subject of a filing: the person or organisation that runs
// the sites (主办者; "ICP备案流程(PC端)" v20200921 §1.1 and §2).
type Sponsor struct {
	Region         Region    `json:"region"`
	Nature         Nature    `json:"nature"`
	CertType       CertType  `json:"cert_type"`
	Name           string    `json:"name" validate:"required,trimmed,nocontrol"`
	CertNumber     string    `json:"cert_number"`
	CertAddress    string    `json:"cert_address" validate:"required"`
	MailingAddress string    `json:"mailing_address" validate:"required"`
	Investor       string    `json:"investor"`
	Remark         string    `json:"remark"`
	Principal      Principal `json:"principal"`
	// ExistingServices is how many websites and apps the sponsor already
	// holds on record, for limits that count them; nil when not given.
	// The decoder rejects a negative count.
	ExistingServices *int `json:"existing_services,omitempty"`
}

// Principal is a person responsible for the subject or for one website
// (负责人; "ICP备案流程(PC端)" v20200921 §2 and §3.1). It holds personal data: certificate and phone
// numbers must be masked before display (see MaskCertNumber, MaskPhone).
type Principal struct {
	Name       string   `json:"name" validate:"required"`
	CertType   CertType `json:"cert_type"`
	CertNumber string   `json:"cert_number"`
	// CertExpiry is the last day of validity of the certificate, or long-term.
	CertExpiry Expiry `json:"cert_expiry,omitzero"`
	// Mobile is 联系方式1, the number that receives the SMS code.
	Mobile string `json:"mobile" validate:"mainland_mobile"`
	// Contact2 is 联系方式2: a mobile or a landline.
	Contact2        string `json:"contact2"`
	EmergencyMobile string `json:"emergency_mobile" validate:"mainland_mobile"`
	Email           string `json:"email" validate:"email_addr"`
	// IsLegalRepresentative is the host's word that this principal is the
	// unit's legal representative (rule principal.legal_rep_required).
	IsLegalRepresentative bool `json:"is_legal_representative"`
	// HKMacaoIDNumber is the Hong Kong or Macao identity card number of a
	// holder of a 港澳居民来往内地通行证; in 浙江省 its last six characters
	// answer the SMS verification (rule sms.id_suffix_hk_macao).
	HKMacaoIDNumber string `json:"hk_macao_id_number,omitempty"`
}

// PreApproval is a pre-approval document (前置审批) of a regulated sector.
type PreApproval struct {
	Sector Sector `json:"sector"`
	Number string `json:"number"`
}

// Access is how a website or an app is hosted (rule website.access_missing;
// "ICP备案流程(PC端)" v20200921 §4).
type Access struct {
	// Service is the hosting product; empty when ServiceNumber is given.
	Service AccessService `json:"service,omitempty"`
	// IPs are the addresses chosen from the product.
	IPs []string `json:"ips"`
	// ServiceNumber is a filing service number (备案服务号).
	ServiceNumber string `json:"service_number"`
}

// Website is one site of an order ("ICP备案流程(PC端)" v20200921 §3.1).
type Website struct {
	Name string `json:"name"`
	// Domains are the site's domains; new sites carry exactly one.
	Domains []string `json:"domains"`
	// PreviousDomains are the domains on record, for change_website only.
	PreviousDomains []string      `json:"previous_domains"`
	ContentType     ContentType   `json:"content_type"`
	ServiceType     ServiceType   `json:"service_type"`
	Languages       []string      `json:"languages"`
	Sectors         []Sector      `json:"sectors"`
	PreApprovals    []PreApproval `json:"pre_approvals"`
	Access          Access        `json:"access"`
	// ReuseSubjectPrincipal means the website principal is the subject
	// principal; Principal is then omitted. Implied for personal sponsors.
	ReuseSubjectPrincipal bool       `json:"reuse_subject_principal"`
	Principal             *Principal `json:"principal,omitempty"`
	Remark                string     `json:"remark"`
}

// WebsitePrincipal returns the principal responsible for website i of app:
// the site's own, or the subject principal when the site reuses it (always
// for a personal sponsor). It returns nil when i is out of range or the site
// names no principal and does not reuse the subject's.
func (app *Application) WebsitePrincipal(i int) *Principal {
	if i < 0 || i >= len(app.Websites) {
		return nil
	}
	w := &app.Websites[i]
	if w.ReuseSubjectPrincipal || app.Sponsor.Nature == Personal {
		return &app.Sponsor.Principal
	}
	return w.Principal
}
