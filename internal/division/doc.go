// Package division holds the Chinese administrative division codes of
// GB/T 2260 at county level and above: the table in use at [DataDate] and
// every code used since 1981.
//
// Resident identity numbers (GB 11643-1999) begin with the division code of
// the place of first registration, which may since have been changed or
// abolished; [Ever] answers whether a code was ever allocated, and
// [ValidIn] whether it was in use in a given year. [Lookup], [Parent],
// [Children], [Provinces] and [Find] describe the current tree.
//
// # Source
//
// The tables are generated from the county-level-and-above codes published
// by the Ministry of Civil Affairs (state at [DataDate], 3213 codes) and a
// record of every code used since 1981 with its first year, end year and
// successor codes. Both data files are dedicated to the public domain under
// CC0 1.0 (https://creativecommons.org/publicdomain/zero/1.0/).
//
// # Regenerating
//
// tables.go is produced by gen.go from testdata/divisions:
//
//	go generate ./internal/division
//
// gen.go takes a -data flag naming another folder holding 2024.txt and
// history.csv. The output is deterministic and gofmt-formatted.
//
// # History
//
// A code has one record per period of use, and [History] returns them oldest
// first; codes can be reused by a different division after a gap (419001 was
// 义马市 from 1987 to 1990 and is 济源市 since 1996). [Division.Until] is the
// year the code was changed or abolished, [Division.Successors] the codes it
// became in that year, and [Division.Transfers] the parts of its territory
// handed to other divisions earlier (written "code[year]" in the source).
// The record starts in 1981: [Division.Since] is 1981 for codes already in
// use then, and [ValidIn] answers false for earlier years. A resident
// identity number keeps the code of its first registration for life, so
// checking one needs [Ever] rather than the 2024 table.
//
// # Tree
//
// A county-level division's parent is its prefecture (first four digits +
// "00") when that prefecture is in the current table, and otherwise its
// province (first two digits + "0000"): the districts of the municipalities
// 北京, 天津, 上海 and 重庆, and county-level cities directly under a
// province such as 济源市 (419001) or 仙桃市 (429004). Prefectures without
// counties (东莞市, 中山市, 儋州市, 嘉峪关市) have no children.
//
// The package holds no mutable state; every returned slice is a fresh copy.
package division

//go:generate go run gen.go
