// Package naming checks website names against the naming.* rules: the
// general rules for every sponsor and the rules for personal sites (the 2020
// provider guide "ICP备案流程(PC端)" 20200921, §3.1 with 附录一 and 附录二).
//
// # Checking
//
// [New] builds a [Checker] for a [province.Set]: one multi-pattern matcher
// over every word list (sensitive words, the personal lists, every
// province's words of [province.Row.PersonalWords] and the host lists given
// with [WithSensitiveWords]) and the place names of the division table. A
// checker is immutable and safe for concurrent use. [Checker.Check] returns
// the [Violation] values of one name in its [Site]; [Check] uses
// [Default], the checker of [province.Default].
//
// Violations carry the rule ID (the Rule constants), the word and
// the list it came from (the List constants, or a host list's name), the
// province for provincial lists, and the rune offsets of the match in the
// original name. Severities and messages belong to the rule catalog of the
// rule engine.
//
// # Normalisation
//
// Words are matched in the [Normalize] form of the name: Unicode NFKC, width
// folding and lower-casing, with white space (U+3000 included), zero-width
// and other format characters, punctuation and symbols removed, so 赌 博,
// 赌\u200b博, 赌·博 and ＡＢＣ all match. Offsets still point into the
// original name.
//
// # Decisions
//
//   - 论坛 and 社区 are on both personal lists; they are reported under
//     naming.personal_needs_pre_approval only, and pass when the site has a
//     pre-approval. Province lists are separate: 北京's 论坛 is reported even
//     then.
//   - In a province with a name template (江苏), the template's own words
//     (个人, 博客, 主页 in the tail 的个人博客 / 的个人主页) are exempt; the
//     same words inside X are not.
//   - naming.personal_industry is advice a machine cannot decide; every
//     personal name gets it once, so a console can show the hint.
//   - naming.personal_place_name compares the whole name with every
//     current division name, with and without its suffix (省, 市, 区, 县,
//     自治区, 自治州, …), and with the provinces' short names.
package naming
