package footer

import (
	"golang.org/x/net/html/atom"
)

// The HTML parser of golang.org/x/net/html rejects a page when its stack of
// open elements would hold more than 512 elements (parse.go,
// insertOpenElement). Running the parser only to learn that costs as much as
// the whole rest of the check, and memory of 30 to 100 times the page, so
// extract asks it only when neither a cheap ceiling, computed from the
// tokens extract reads anyway, can rule the rejection out, nor the stack
// model (stack.go), which reads the tokens again, can decide.
//
// # The ceiling
//
// depthCeiling keeps a model stack: every start tag pushes an entry (void
// elements outside SVG and MathML push nothing, as the parser pops them at
// once), and an end tag pops the top entry only when it has the end tag's
// name; every other end tag leaves the model alone. Each entry has a
// weight: the elements of the parser's stack it can stand for.
//
//   - 1 for the element of the start tag itself. The parser pushes at most
//     one element per start tag, and an element leaves the parser's stack no
//     later than its model entry does: the end tag that pops an entry finds
//     the entry's element at the top of the parser's stack too, or not on
//     it at all, since everything the model pushed after it was popped before
//     and the parser only ever adds implied or cloned elements, which the
//     weights below account for, and closes elements implicitly, which only
//     shrinks its stack. (The parser ignores some end tags, say </div> with
//     an <object> open inside the div; the model ignores every end tag not
//     at its top, so it keeps at least as much.)
//   - 2 more for a <table>: the tbody (or thead, tfoot, colgroup) and tr the
//     parser implies inside it for a bare <tr>, <td> or <col>. They are
//     never open outside a table element and at most two per table.
//   - 1 more for a formatting element (a, b, i, font, …; HTML §13.2.4.3):
//     after it was closed implicitly, the parser may reopen a clone of its
//     entry in the list of active formatting elements. Every end tag that
//     pops such an entry from the model removes an entry of that name from
//     the list (the adoption agency), so the list never holds more
//     formatting elements than the model.
//
// Start tags of table parts (td, tr, …, and head and frame) outside any
// table, template or foreign content push nothing: the parser ignores them
// there.
//
// Besides, the parser's stack holds the html, head and body elements, which
// exist once, and for the span of one token an element that is popped at
// once (a void element, the <p> an unmatched </p> implies): 4 more in all.
//
// The ceiling is the largest total weight the model reaches, plus those 4.
// The parser's tokens are the tokens extract reads, with one exception: in
// SVG and MathML content the parser reads the content of <style>, <title>,
// <script> and the like as markup, where the tokenizer reads it as text.
// The ceiling gives up (and the stack model decides) when such a raw-text
// element starts while an svg or math element is open in the model.
//
// # Regular pages
//
// The weight of 2 of a formatting element pays for a clone that may never
// come. A clone is made only for an entry of the list of active formatting
// elements whose element has left the parser's stack, and on a regular page
// none ever does: as long as every end tag closes the model's top entry, and
// every start tag is one the parser inserts without closing anything (span,
// an unknown element, a formatting element but a and nobr, a void element,
// html, head, body, or a block such as div that closes only a p, of which
// a regular page has none), the parser's stack is the model's (besides
// html, head and body), and each formatting element leaves it by its own
// end tag, with its entry of the list. So formatting entries weigh 1 until
// the first tag that breaks the pattern, and from then on 2: the entries
// open at that moment gain their second unit at once.
//
// # Elements the parser closes by itself
//
// Some start tags make the parser close an element (HTML §13.2.6.4.7, "in
// body"); the model mirrors the commonest, which tag soup repeats by the
// thousand, but only where its top entry is the element closed and no svg
// or math entry is open: a <p>, or a start tag of a block that closes a p
// (address, div, ul, h1, pre, li, hr, … but not table, whose effect depends
// on quirks mode, nor form, which the parser may ignore), pops a top p; an
// <li> a top li, then a top p; a <dd> or <dt> a top dd or dt, then a top p;
// an <a> a top a. An entry counts as the top when only transparent entries
// lie above it: elements neither special nor formatting (span, q, an
// unknown element, …), popped with it. The parser's element of that entry,
// if it is still open, has above it only such elements and elements
// without entries of their own: reconstructed formatting elements, which
// are neither special nor scope boundaries. The parser's rules close it
// together with them (an <a> finds the element in the list of active
// formatting elements, which no marker separates from it, since every
// element that pushes a marker is special; with no special element above
// it, the adoption agency pops everything down to it). Formatting entries
// above are never popped this way: the parser may reopen clones of them,
// which their entries pay for.
//
// The argument above is an argument, not a machine-checked proof. Property
// and fuzz tests check it against html.Parse on random nested markup built
// from the elements the tree-construction rules treat specially: padded to
// a ceiling of exactly the limit, the parser must accept the page, and
// extract must reject exactly the pages the parser rejects.
const maxCeiling = 512

// depthEntry is an entry of the model stack.
type depthEntry struct {
	a      atom.Atom
	name   string // for elements without an atom
	weight int
}

// depthCeiling bounds the depth of the parser's stack of open elements.
type depthCeiling struct {
	stack     []depthEntry
	weight    int // the total weight of stack
	max       int // the largest weight so far
	foreign   int // svg and math entries on stack
	tables    int // table entries on stack
	templates int // template entries on stack
	unknown   bool
	// dirty is set from the first tag after which the parser may hold a
	// clone of a formatting element (see "Regular pages"); until then
	// formatting entries weigh 1.
	dirty bool
}

// start models a start tag of element a (name when a is 0), whose flags
// (see flagsOf) are f. A self-closing tag of a non-void element stays open
// in HTML: start does not ask.
func (d *depthCeiling) start(a atom.Atom, f atomFlags, name []byte) {
	if d.unknown {
		return
	}
	if !d.dirty && f&flagRegular == 0 {
		d.makeDirty()
	}
	if d.foreign > 0 && f&flagRaw != 0 {
		d.unknown = true
		return
	}
	if d.foreign == 0 && f&flagVoid != 0 {
		return
	}
	if d.foreign == 0 && d.tables == 0 && d.templates == 0 && f&flagTablePart != 0 {
		// Outside tables, templates and foreign content the parser
		// ignores the start tags of table parts (and of head and frame):
		// in every insertion mode they reach, they are a parse error to
		// ignore. Since the model keeps every element the parser keeps,
		// no table or template open in the model means none is open in
		// the parser.
		return
	}
	if d.foreign == 0 {
		d.closeBefore(a, f)
	}
	e := depthEntry{a: a, weight: 1}
	if a == 0 {
		e.name = string(name)
	}
	switch {
	case a == atom.Table:
		e.weight = 3
		d.tables++
	case a == atom.Template:
		d.templates++
	case f&flagFormatting != 0 && d.dirty:
		e.weight = 2
	case a == atom.Svg || a == atom.Math:
		d.foreign++
	}
	d.stack = append(d.stack, e)
	d.weight += e.weight
	d.noteMax()
}

// noteMax records the weight as the largest so far if it is.
func (d *depthCeiling) noteMax() {
	d.max = max(d.max, d.weight)
	if d.max+4 > maxCeiling {
		// The parser will run: the model has served its purpose, and
		// keeping it would cost memory in proportion to the page.
		d.unknown, d.stack = true, nil
	}
}

// makeDirty sets dirty and gives every formatting entry its weight of 2.
func (d *depthCeiling) makeDirty() {
	d.dirty = true
	for i := range d.stack {
		if formatting(d.stack[i].a) {
			d.stack[i].weight++
			d.weight++
		}
	}
	d.noteMax()
}

// regularStart reports whether a start tag a keeps a page regular (see
// "Regular pages"): the parser pushes at most one element for it and, on a
// regular page, pops none.
func regularStart(a atom.Atom) bool {
	switch a {
	case 0, atom.Html, atom.Head, atom.Body, atom.Span,
		// Formatting elements but a and nobr, which close their kind.
		atom.B, atom.Big, atom.Code, atom.Em, atom.Font, atom.I, atom.S, atom.Small, atom.Strike,
		atom.Strong, atom.Tt, atom.U,
		// Blocks that close a p and nothing else; a regular page has none.
		atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Center, atom.Details,
		atom.Dialog, atom.Dir, atom.Div, atom.Dl, atom.Fieldset, atom.Figcaption, atom.Figure,
		atom.Footer, atom.Header, atom.Hgroup, atom.Main, atom.Menu, atom.Nav, atom.Ol,
		atom.Section, atom.Summary, atom.Ul:
		return true
	}
	return void(a) && a != atom.Input
}

// closeBefore pops the top entries that start tag a makes the parser close
// (see "Elements the parser closes by itself").
func (d *depthCeiling) closeBefore(a atom.Atom, f atomFlags) {
	switch a {
	case atom.A:
		d.popTop(atom.A, 0)
		return
	case atom.Li:
		d.popTop(atom.Li, 0)
	case atom.Dd, atom.Dt:
		d.popTop(atom.Dd, atom.Dt)
	}
	if f&flagClosesPAlways != 0 {
		d.popTop(atom.P, 0)
	}
}

// popTop pops the top entry if it is an element a or b, and with it the
// transparent entries above it (at most 32 are looked through).
func (d *depthCeiling) popTop(a, b atom.Atom) {
	for i := len(d.stack) - 1; i >= 0 && i >= len(d.stack)-33; i-- {
		switch e := d.stack[i].a; {
		case e != 0 && (e == a || e == b):
			for _, e := range d.stack[i:] {
				d.weight -= e.weight
			}
			d.stack = d.stack[:i]
			return
		case !transparent(e):
			return
		}
	}
}

// transparent reports whether an element of the HTML namespace is neither
// special nor a formatting element (HTML §13.2.4.2, §13.2.4.3), so that
// the parser closes it with an element below it that it closes: a few
// common phrasing elements, and every element without an atom.
func transparent(a atom.Atom) bool {
	switch a {
	case 0, atom.Span, atom.Label, atom.Abbr, atom.Cite, atom.Q, atom.Sub, atom.Sup, atom.Var, atom.Kbd,
		atom.Samp, atom.Mark, atom.Time, atom.Ins, atom.Del, atom.Dfn, atom.Bdi, atom.Bdo, atom.Data:
		return true
	}
	return false
}

// closesPAlways reports whether a start tag a closes an open p in button
// scope whatever the state of the parser: closesP but for table (not in
// quirks mode) and form (not when a form is open).
func closesPAlways(a atom.Atom) bool {
	return a != atom.Table && a != atom.Form && closesP(a)
}

// end models an end tag of element a (name when a is 0).
func (d *depthCeiling) end(a atom.Atom, name []byte) {
	n := len(d.stack)
	if d.unknown {
		return
	}
	if n == 0 || d.stack[n-1].a != a || (a == 0 && d.stack[n-1].name != string(name)) {
		// The parser may close elements the model keeps, formatting
		// elements among them.
		if !d.dirty {
			d.makeDirty()
		}
		return
	}
	e := d.stack[n-1]
	d.stack = d.stack[:n-1]
	d.weight -= e.weight
	switch e.a {
	case atom.Svg, atom.Math:
		d.foreign--
	case atom.Table:
		d.tables--
	case atom.Template:
		d.templates--
	}
}

// tablePart reports whether a is an element whose start tag the parser
// ignores outside a table ("in body": caption, col, colgroup, frame, head,
// tbody, td, tfoot, th, thead, tr).
func tablePart(a atom.Atom) bool {
	switch a {
	case atom.Caption, atom.Col, atom.Colgroup, atom.Frame, atom.Head, atom.Tbody, atom.Td,
		atom.Tfoot, atom.Th, atom.Thead, atom.Tr:
		return true
	}
	return false
}

// mayExceed reports whether the parser's stack might exceed its limit.
func (d *depthCeiling) mayExceed() bool {
	return d.unknown || d.max+4 > maxCeiling
}

// rawText reports whether the tokenizer reads the content of element a as
// text (token.go, readStartTag).
func rawText(a atom.Atom) bool {
	switch a {
	case atom.Iframe, atom.Noembed, atom.Noframes, atom.Noscript, atom.Plaintext, atom.Script,
		atom.Style, atom.Textarea, atom.Title, atom.Xmp:
		return true
	}
	return false
}

// formatting reports whether a is a formatting element of the HTML
// tree-construction rules (the list of active formatting elements).
func formatting(a atom.Atom) bool {
	switch a {
	case atom.A, atom.B, atom.Big, atom.Code, atom.Em, atom.Font, atom.I, atom.Nobr, atom.S,
		atom.Small, atom.Strike, atom.Strong, atom.Tt, atom.U:
		return true
	}
	return false
}
