// Package footer checks the footer duties of a filed website (the
// after-approval duties of the 2020 provider guide "ICP备案流程(PC端)",
// §10 and §11): that its pages show the filing number on record, linked to
// https://beian.miit.gov.cn, the public-security filing number if there is
// one, linked to the query page of beian.mps.gov.cn, and, in provinces that
// require it (Jiangsu), a copyright line naming the unit.
//
// A host scanning its customers' sites calls [Check] with a page's HTML and
// the [Expectations] on record, and gets a [rule.Report] of findings, each
// rendered in the language chosen with [WithLanguage]. The package imports
// [github.com/beian-go/beian/filing], [github.com/beian-go/beian/rule],
// [github.com/beian-go/beian/province] and the x/net and x/text modules.
//
// # Findings
//
// [Rules] lists every rule with its severity, source and texts:
// post.footer_number_missing, post.footer_number_mismatch,
// post.footer_number_extra, post.footer_number_malformed,
// post.footer_app_number, post.footer_link_missing,
// post.footer_link_outdated, post.footer_number_image_only,
// post.footer_psb_missing, post.footer_psb_malformed, post.footer_psb_link,
// post.footer_copyright_missing and post.footer_not_html.
//
// The subject number and the website numbers of the same subject stand for
// each other (京ICP备12345678号 and 京ICP备12345678号-1), in every form of
// number: a licence holder's numbers (粤B2-20110388 and 粤B2-20110388-5,
// 京ICP证040822号 and 京ICP证040822号-1) as well. A number of another subject,
// or another website's sequence, is a mismatch when no acceptable number is
// shown and an extra number otherwise. The number of an app, a mini-program
// or a quick app (type letter A, X or K: …号-2A) stands for no website: shown
// in place of the website's number it is post.footer_app_number when it is
// the same subject's, a mismatch otherwise; shown beside the website's
// number, the same subject's is fine and another subject's is extra. The
// number on record shown in a wrong form (no 号, or the sequence before 号:
// 陕ICP备12004437-2号) is post.footer_number_malformed, not missing; a
// public-security number without 号 is post.footer_psb_malformed. The
// position of a finding (Field) is the line and column of the start tag of
// the element in which the text starts; page-wide findings have none.
//
// # What counts as shown
//
// The page is read as its byte-order mark or <meta> charset declares, else as
// UTF-8; a page that is then not UTF-8, that holds binary data, that is
// larger than [MaxPageSize], or that the HTML parser of golang.org/x/net/html
// rejects (nesting deeper than its limit of 512 open elements) gives
// post.footer_not_html and no other finding.
//
// Text is shown unless it lies in a script, style, template, noscript, title,
// iframe, noembed or noframes element, in a comment, or in an element that is
// hidden by the hidden attribute or by an inline style display:none,
// visibility:hidden or visibility:collapse. Style sheets and classes are not
// evaluated. aria-hidden="true" does not hide: it hides text from screen
// readers, not from the eye. Entities are decoded; inline elements do not
// break text, so 京ICP备<span>12345678</span>号 is one number, while block
// elements, table cells and <br> do. Numbers are matched after NFKC
// normalisation with white space inside tolerated, and traditional
// characters (滬ICP備13026471號-2, 滬公網安備…號) read as simplified (see
// [filing.FindICPNumbers]); a licence number is found when B and 2 are
// written together (粤B2-…). The alt and title of a shown image count only
// for post.footer_number_image_only; a public-security number in an image's
// alt or title counts as shown.
//
// # Links
//
// A number is linked when any part of it lies inside an <a href>. The filing
// number's link must have the host beian.miit.gov.cn (case-insensitive, no
// port) with scheme http, https or none (//beian.miit.gov.cn), any path,
// query or fragment; any other link, including www.beian.miit.gov.cn, the
// retired miitbeian.gov.cn and relative links, is post.footer_link_outdated. When
// the number is shown several times, one correct link is enough. The
// public-security number's link must have the host beian.mps.gov.cn and,
// when it names a code (…/#/query/webSearch?code=…), this number's 14
// digits.
//
// # Limits and cost
//
// A page is read once, as tokens (twice on the rare pages that may nest
// deeper than the HTML parser's limit; see below). Pages larger than
// [MaxPageSize], and
// pages that keep more than 4096 elements open at once, give
// post.footer_not_html. Of the numbers that each give a finding of their own
// (another subject's, an app's, a malformed one), the first 100 distinct ones
// of each rule are reported. Only the blocks of text that may hold a number or
// a copyright mark are kept, large ones as views of the page rather than
// copies, and numbers are read one by one, malformed ones without an error
// message each: on pages of deep nesting, of numbers repeated (or all
// different) by the hundred thousand, of unclosed paragraphs, list items,
// links or options, of formatting elements left open in paragraphs,
// divisions, list items or table cells by the hundred thousand, the
// checker allocates in all at most four times the page (the tokenizer's own
// buffer included), and less than the page on a typical one.
//
// Whether the parser would reject the page is decided without it. On most
// pages the tokens alone rule it out: a model of the parser's stack of
// open elements bounds its depth, closing what the parser closes for the
// commonest tag soup (unclosed p, li, dd, dt and a elements). Where that
// bound exceeds the limit (formatting elements left open in paragraphs,
// cells or divisions that close, <p><b>x repeated; nesting really deeper
// than the limit), a second model reads the tokens again and follows the
// parser's tree construction exactly, as far as it changes the stack of
// open elements (every insertion mode, SVG and MathML content, the list of
// active formatting elements), and decides, at a cost bounded by the
// parser's limit. Only a list of more than 4096 active formatting
// elements, which no page is known to reach under the limit, would leave
// the decision to the parser itself, and the page's whole tree, some 30 to
// 100 times the page, would be built.
//
// # Copyright line
//
// Where required ([Expectations.CopyrightRequired], else [CopyrightRequired]
// of the province given or of the number's abbreviation), some block of
// shown text must hold ©, (c), 版权所有 or Copyright together with the unit's
// name (compared after NFKC, ignoring case and white space).
package footer
