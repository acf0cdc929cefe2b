package rules

import (
	"encoding/json"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/rule"
)

// Params are a finding's details (see [rule.Params]).
type Params = rule.Params

// SMSTarget is one mobile number that must verify an SMS code, as carried
// by a report: the roles it verifies for, the principals' paths, the number
// masked.
type SMSTarget struct {
	Roles  []string `json:"roles"`
	Fields []string `json:"fields"`
	Mobile string   `json:"mobile"`
}

// Material is a document the sponsor must prepare: the certificates, the
// domain certificate, pre-approval documents and the province's extras
// (the outcome of a passing basic check in the 2020 provider guide, §1.1
// step 4).
type Material struct {
	// ID is a stable identifier, such as "business_license".
	ID string `json:"id"`
	// Name is the name shown to the customer, in the report's language.
	Name string `json:"name"`
	// Field is the principal, site or app the material is for, if any.
	Field string `json:"field,omitempty"`
	// Detail explains a province extra step.
	Detail string `json:"detail,omitempty"`
	// Text is the name in both languages, for a console that shows the
	// material in another language than the report's.
	Text rule.Text `json:"text"`
}

// Report is the result of checking an application: the findings (sorted,
// capped, with OK and Has from [rule.Report]), the rule set and day, the
// numbers that must verify by SMS and the materials to prepare.
type Report struct {
	// RuleSet is the name of the rule set used.
	RuleSet string
	// RuleSetDate is the date of the rule set's source.
	RuleSetDate filing.Date
	// AsOf is the day the rules were evaluated at; zero when the check was
	// given none (basic.as_of_required).
	AsOf filing.Date
	// Report holds the findings, sorted by field path then rule ID.
	rule.Report
	// SMSTargets are the numbers that must verify; empty when none must.
	SMSTargets []SMSTarget
	// Materials the sponsor must prepare.
	Materials []Material
}

// wireReport is the JSON shape of a report.
type wireReport struct {
	RuleSet     string         `json:"ruleset"`
	RuleSetDate filing.Date    `json:"ruleset_date"`
	AsOf        filing.Date    `json:"as_of,omitzero"`
	OK          bool           `json:"ok"`
	Findings    []rule.Finding `json:"findings"`
	Omitted     int            `json:"omitted_findings,omitempty"`
	SMSTargets  []SMSTarget    `json:"sms_targets"`
	Materials   []Material     `json:"materials"`
}

// MarshalJSON encodes r in the report's wire shape, with empty lists as [].
func (r Report) MarshalJSON() ([]byte, error) {
	w := wireReport{
		RuleSet: r.RuleSet, RuleSetDate: r.RuleSetDate, AsOf: r.AsOf, OK: r.OK(),
		Findings: r.Findings, Omitted: r.Omitted, SMSTargets: r.SMSTargets, Materials: r.Materials,
	}
	if w.Findings == nil {
		w.Findings = []rule.Finding{}
	}
	if w.SMSTargets == nil {
		w.SMSTargets = []SMSTarget{}
	}
	if w.Materials == nil {
		w.Materials = []Material{}
	}
	return json.Marshal(w)
}

// UnmarshalJSON decodes the report's wire shape (ok is derived, not read).
func (r *Report) UnmarshalJSON(b []byte) error {
	var w wireReport
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	*r = Report{RuleSet: w.RuleSet, RuleSetDate: w.RuleSetDate, AsOf: w.AsOf,
		Report:     rule.Report{Findings: w.Findings, Omitted: w.Omitted},
		SMSTargets: w.SMSTargets, Materials: w.Materials}
	return nil
}
