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
// [Package], [Fingerprint], [PublicKey] and [WeChatAppID] draw the
// identifiers of apps in every form the tools print them
// ([filing.ParsePackageFor], [filing.ParseFingerprint],
// [filing.ParsePublicKey], [filing.ParseWeChatAppID]).
//
// # Valid applications
//
// [Application] draws a whole [filing.Application] that satisfies every
// error and warning rule of the filing guide "ICP备案流程(PC端)" v20200921
// (basic information, sponsor, websites, several websites; rule set
// "default") for the filing types, natures and provinces chosen in
// [Options]: the certificate type fits the nature, personal sponsors reuse
// their principal and file content type "other", certificates stay valid
// more than three months after as_of, addresses reach a door number, each
// new site has exactly one domain, domains are distinct, site counts stay
// within every province limit (and within the vendor-kb-2025 overlay),
// website names contain no word of any naming list (附录一, 附录二) and are no
// place name, and so on.
//
// With [Options.MaxApps] it also draws apps, mini-programs and quick apps
// (filed since the MIIT notice 工信部信管〔2023〕105号 of 2023-08-04) that
// break no app rule of either set: valid packages for each system,
// fingerprints of the digest each system needs, keys in every radix,
// WeChat IDs and remarks of WeChat's lengths, and for a personal sponsor
// apps or websites, never both, and at most five services in all.
//
// # Defects
//
// [Defects] lists mutators that each break exactly one rule: [Defect.Apply]
// changes a valid application so that the rule [Defect.Rule] fires at the
// field [Defect.Field] (a path as a report's fields give it, such as
// "sponsor.principal.cert_number" or "apps[0].platforms[0].package") and no
// other error or warning rule fires. A defect applies to the applications
// its [Defect.AppliesTo] accepts; [Mutate] applies a defect by rule ID and
// [Defective] draws an application together with one applicable defect of
// the rule set [Options.RuleSet] names.
//
// # Sources
//
// Number formats follow GB 11643-1999 (resident ID), GB 32100-2015 (USCC),
// GB 11714 (organisation code) and the MIIT numbering plan; app identifiers
// the Android, Apple and HarmonyOS developer documentation; region codes
// come from the GB/T 2260 table of internal/division; rules and word lists
// from the filing guide "ICP备案流程(PC端)" v20200921 (附录一, 附录二), the MIIT
// notice 工信部信管〔2023〕105号 and the vendor knowledge base (vendor-kb-2025).
package filingtest
