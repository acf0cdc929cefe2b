// Package footer checks the footer duties of a filed website (RULES.md §9
// "Footer checks"): that its pages show the ICP filing number on record,
// linked to https://beian.miit.gov.cn, the public-security filing number if
// there is one, linked to the query page of beian.mps.gov.cn, and, in
// provinces that require it (Jiangsu), a copyright line naming the unit.
//
// A host scanning its customers' sites calls [Check] with a page's HTML and
// the [Expectations] on record, and gets a [Report] whose JSON form is the
// report of WIRE.md. The package stands alone: it imports only
// [github.com/beian-go/beian/filing] and the x/net and x/text modules.
//
// # Findings
//
// Every finding carries a rule ID of RULES.md §9: [RuleNumberMissing],
// [RuleNumberMismatch], [RuleNumberExtra], [RuleLinkMissing],
// [RuleLinkOutdated], [RuleNumberImageOnly], [RulePSBMissing],
// [RulePSBLink], [RuleCopyrightMissing] and [RuleNotHTML]. The subject
// number and the website numbers of the same subject stand for each other; a
// number of another subject, or another website's suffix, is a mismatch
// when no acceptable number is shown and an extra number otherwise. The
// position of a finding (Field) is the line and column of the start tag of
// the element in which the text starts; page-wide findings have none.
//
// # What counts as shown
//
// The page is read as its byte-order mark or <meta> charset declares, else as
// UTF-8; a page that is then not UTF-8, that holds binary data, that is
// larger than [MaxPageSize], or that the HTML parser of golang.org/x/net/html
// rejects (nesting deeper than its limit of 512 open elements) gives
// [RuleNotHTML] and no other finding.
//
// Text is shown unless it lies in a script, style, template, noscript, title,
// iframe, noembed or noframes element, in a comment, or in an element that is
// hidden by the hidden attribute or by an inline style display:none,
// visibility:hidden or visibility:collapse. Style sheets and classes are not
// evaluated. aria-hidden="true" does not hide: it hides text from screen
// readers, not from the eye. Entities are decoded; inline elements do not
// break text, so 京ICP备<span>12345678</span>号 is one number, while block
// elements, table cells and <br> do. Numbers are matched after NFKC
// normalisation with white space inside tolerated (see
// [filing.FindICPNumbers]). The alt and title of a shown image count only for
// [RuleNumberImageOnly]; a public-security number in an image's alt or title
// counts as shown.
//
// # Links
//
// A number is linked when any part of it lies inside an <a href>. The filing
// number's link must have the host beian.miit.gov.cn (case-insensitive, no
// port) with scheme http, https or none (//beian.miit.gov.cn), any path,
// query or fragment; any other link, including www.beian.miit.gov.cn, the
// retired miitbeian.gov.cn and relative links, is [RuleLinkOutdated]. When
// the number is shown several times, one correct link is enough. The
// public-security number's link must have the host beian.mps.gov.cn and,
// when it names a code (…/#/query/webSearch?code=…), this number's 14
// digits.
//
// # Copyright line
//
// Where required ([Expectations.CopyrightRequired], else [CopyrightRequired]
// of the province given or of the number's abbreviation), some block of
// shown text must hold ©, (c), 版权所有 or Copyright together with the unit's
// name (compared after NFKC, ignoring case and white space).
package footer
