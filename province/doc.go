// Package province holds the rule data of China's 31 mainland
// provincial-level divisions for ICP filings, and the division tree
// (province → city → county) that sponsor regions are resolved against.
//
// # Rule sets
//
// A [Set] is an immutable, named and dated table of [Row] values, one per
// province, sorted by GB/T 2260 code. [Default] is the seed set of the
// guide "ICP备案流程(PC端)" (document version 20200921, RULES.md §10): the
// forbidden personal-name words of §3.3, the multi-site limits of §4, the
// Jiangsu name template and footer copyright line, the Zhejiang SMS variant
// for Hong Kong / Macao permits, and the extra materials of Hunan and
// Shaanxi. [VendorKB2025] lays the later facts of RULES.md §11 over it
// (legal representatives, letters of authorisation, more limits).
//
// Facts the seed does not give — the kind of 联系方式2, the legal
// representative rule, the bureau's review duration — keep their defaults
// ("either", "not required", [DefaultReviewDays]) with Known set to false,
// so a rule engine can tell "unknown" from a sourced value. Every fact
// carries its source label: [SourceSeed] with the guide's section, or
// [rule.VendorKB2025("")].
//
// # Deriving sets
//
// A host with stricter lists or newer bureau notices derives its own set
// without forking the tables: [Set.With] replaces or adds rows, and
// [Set.Derive] passes copies of every row through an edit function under a
// new [Meta]. The receiver never changes:
//
//	strict := province.Default().Derive(province.Meta{Name: "host-2026"}, func(r *province.Row) {
//		if r.Short == "浙江" {
//			r.PersonalWords = append(r.PersonalWords, "直播")
//		}
//	})
//
// # Regions
//
// [ResolveRegion] implements RULES.md §1 basic.region_unknown against the
// GB/T 2260 table of 2024-12-31: the province is one of the 31, city and
// district belong to it, with the special cases of the municipalities,
// county-level units directly under a province and prefecture-level cities
// without districts. A wrong part is reported as a [*RegionError], which
// matches [github.com/beian-go/beian/filing.ErrRegion]. [LookupDivision],
// [FindDivisions], [Children], [Parent], [Contains] and [DivisionAsOf] give
// access to the tree.
//
// The package holds no mutable state: the tables are read-only after
// compile time and the sets are built once on first use.
package province
