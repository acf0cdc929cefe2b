// Package filingtest holds [rapid] generators of valid filing data and of
// applications with exactly one known defect, for tests of the packages that
// check filings.
//
// # Valid values
//
// [ResidentID], [ResidentIDAt], [USCC], [OrgCode], [Mobile], [Landline],
// [Email], [Domain], [IDNDomain], [PublicIP], [ServiceNumber], [HanName] and
// [PersonName] draw values that the parsers of package filing accept
// ([filing.ParseResidentIDAt], [filing.ParseUSCC], [filing.ParseMobile],
// [filing.ParseLandline], [filing.ParseEmail], [filing.ParseDomain]).
//
// # Valid applications
//
// [Application] draws a whole [filing.Application] that satisfies every
// error and warning rule of RULES.md §1–§4 (rule set "default") for the
// filing types, natures and provinces chosen in [Options]: the certificate
// type fits the nature, personal sponsors reuse their principal and file
// content type "other", certificates stay valid more than three months after
// as_of, addresses reach a door number, each new site has exactly one domain,
// domains are distinct, site counts stay within every province limit (and
// within the dated overlay of RULES.md §11), website names contain no word of
// any list of RULES.md §3 and are no place name, and so on.
//
// # Defects
//
// [Defects] lists mutators that each break exactly one rule: [Defect.Apply]
// changes a valid application so that the rule [Defect.Rule] fires at the
// field [Defect.Field] (a path in the form of WIRE.md, such as
// "sponsor.principal.cert_number") and no other error or warning rule fires.
// A defect applies to the applications its [Defect.AppliesTo] accepts;
// [Mutate] applies a defect by rule ID and [Defective] draws an application
// together with one applicable defect.
//
// # Sources
//
// Number formats follow GB 11643-1999 (resident ID), GB 32100-2015 (USCC),
// GB 11714 (organisation code) and the MIIT numbering plan; region codes come
// from the GB/T 2260 table of internal/division; rules and word lists from
// RULES.md of this project.
package filingtest
