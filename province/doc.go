// Package province holds the rule data of China's 31 mainland
// provincial-level divisions for ICP filings, and the division tree
// (province → city → county) that sponsor regions are resolved against.
//
// # Rule sets
//
// A [Set] is an immutable, named and dated table of [Row] values, one per
// province, sorted by GB/T 2260 code. [Default] is the set of the 2020
// provider guide "ICP备案流程(PC端)" (document version 20200921): the
// forbidden personal-name words of its 附录二, the multi-site limits and the
// extra materials of Hunan and Shaanxi of its §3.2, the Jiangsu name template
// (附录二) and footer copyright line (§10), and the Zhejiang SMS variant for
// Hong Kong / Macao permits (§9). [VendorKB2025] lays later facts from public
// vendor knowledge bases (read in 2025–2026, source label vendor-kb-2025)
// over it (legal representatives, letters of authorisation, more limits).
//
// Facts the guide does not give — the kind of 联系方式2, the legal
// representative rule, the bureau's review duration — keep their defaults
// ("either", "not required", [DefaultReviewDays]) with Known set to false,
// so a rule engine can tell "unknown" from a sourced value. Every fact
// carries its source: [rule.Guide2020] with the guide's section, or
// [rule.VendorKB2025].
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
// [ResolveRegion] implements the rule basic.region_unknown against the
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
