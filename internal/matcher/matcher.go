package matcher

import (
	"slices"
	"unicode/utf8"
)

// State is a state of the automaton; the zero State is the root, where every
// scan begins.
type State int32

type edge struct {
	sym  int32
	next State
}

// Matcher is an immutable Aho-Corasick automaton over a set of patterns.
type Matcher struct {
	symbols  map[rune]int32 // rune → symbol, from 1, for runes beyond dense
	dense    []uint16       // rune → symbol for small runes (CJK included)
	root     []State        // root transitions indexed by symbol; 0 = stay at the root
	edges    [][]edge       // per state, sorted by symbol (unused for the root)
	fail     []State
	out      [][]int32 // per state: pattern indices ending here, longest first
	accept   []uint64  // bit s set when out[s] is not empty
	patterns []string
	lens     []int // pattern lengths in runes
	// delta is the full transition table, states × (symbols+1), when it
	// fits maxDelta entries; nil otherwise (Step then follows failure links).
	delta []State
	width int
	// fast is dense when delta is set, nil otherwise: the one test of
	// Step's fast path.
	fast []uint16
}

// maxDelta bounds the full transition table (entries of 4 bytes).
const maxDelta = 1 << 20

// New builds a matcher for patterns. Pattern indices in outputs refer to
// positions in patterns; empty patterns never match and duplicates are
// reported under each of their indices.
func New(patterns []string) *Matcher {
	m := &Matcher{
		symbols:  map[rune]int32{},
		patterns: slices.Clone(patterns),
		lens:     make([]int, len(patterns)),
		edges:    [][]edge{nil},
		out:      [][]int32{nil},
	}
	// The trie, with edges unsorted while building.
	for i, p := range patterns {
		m.lens[i] = utf8.RuneCountInString(p)
		if p == "" {
			continue
		}
		s := State(0)
		for _, r := range p {
			sym, ok := m.symbols[r]
			if !ok {
				sym = int32(len(m.symbols) + 1)
				m.symbols[r] = sym
			}
			next, ok := find(m.edges[s], sym)
			if !ok {
				next = State(len(m.edges))
				m.edges = append(m.edges, nil)
				m.out = append(m.out, nil)
				m.edges[s] = append(m.edges[s], edge{sym, next})
			}
			s = next
		}
		m.out[s] = append(m.out[s], int32(i))
	}
	for s := range m.edges {
		slices.SortFunc(m.edges[s], func(a, b edge) int { return int(a.sym - b.sym) })
	}
	m.buildDense()
	m.root = make([]State, len(m.symbols)+1)
	for _, e := range m.edges[0] {
		m.root[e.sym] = e.next
	}
	// Failure links and merged outputs, breadth first.
	m.fail = make([]State, len(m.edges))
	queue := make([]State, 0, len(m.edges))
	for _, e := range m.edges[0] {
		queue = append(queue, e.next)
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		m.out[s] = append(m.out[s], m.out[m.fail[s]]...)
		for _, e := range m.edges[s] {
			f := m.fail[s]
			for {
				if n, ok := m.next(f, e.sym); ok {
					m.fail[e.next] = n
					break
				}
				if f == 0 {
					break
				}
				f = m.fail[f]
			}
			queue = append(queue, e.next)
		}
	}
	m.accept = make([]uint64, (len(m.out)+63)/64)
	for s, o := range m.out {
		if len(o) > 0 {
			m.accept[s/64] |= 1 << (s % 64)
		}
	}
	m.buildDelta()
	return m
}

// buildDelta precomputes every transition when the table is small enough,
// in breadth-first order so that a state's failure target is done first.
func (m *Matcher) buildDelta() {
	w := len(m.symbols) + 1
	if len(m.edges)*w > maxDelta {
		return
	}
	m.width = w
	m.delta = make([]State, len(m.edges)*w)
	m.fast = m.dense
	copy(m.delta[:w], m.root)
	queue := []State{0}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		row := m.delta[int(s)*w : int(s)*w+w]
		if s != 0 {
			copy(row, m.delta[int(m.fail[s])*w:int(m.fail[s])*w+w])
		}
		for _, e := range m.edges[s] {
			row[e.sym] = e.next
			queue = append(queue, e.next)
		}
	}
}

// find looks a symbol up in a state's edges by linear scan (build time).
func find(es []edge, sym int32) (State, bool) {
	for _, e := range es {
		if e.sym == sym {
			return e.next, true
		}
	}
	return 0, false
}

// next is the goto function: the transition of s on sym, if any. At the
// root it always succeeds (staying at the root when no pattern starts with
// sym).
func (m *Matcher) next(s State, sym int32) (State, bool) {
	if s == 0 {
		return m.root[sym], true
	}
	es := m.edges[s]
	lo, hi := 0, len(es)
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if es[h].sym < sym {
			lo = h + 1
		} else {
			hi = h
		}
	}
	if lo < len(es) && es[lo].sym == sym {
		return es[lo].next, true
	}
	return 0, false
}

// maxDense bounds the dense symbol table: runes below it (ASCII, Latin,
// the CJK Unified Ideographs up to U+9FFF, …) are looked up by index.
const maxDense = 0xA000

// buildDense moves the symbols of small runes into the dense table when
// the alphabet fits 16 bits.
func (m *Matcher) buildDense() {
	if len(m.symbols) >= 1<<16 {
		return
	}
	top := rune(0)
	for r := range m.symbols {
		if r < maxDense && r >= top {
			top = r + 1
		}
	}
	m.dense = make([]uint16, top)
	for r, sym := range m.symbols {
		if r < top {
			m.dense[r] = uint16(sym)
		}
	}
}

// symbol returns the symbol of r, 0 when no pattern holds r.
func (m *Matcher) symbol(r rune) int32 {
	if r >= 0 && int(r) < len(m.dense) {
		return int32(m.dense[r])
	}
	if r < maxDense && m.dense != nil {
		return 0
	}
	return m.symbols[r]
}

// Step returns the state after reading r in state s. A rune below U+A000
// with the full transition table is two index operations (column 0 of the
// table, the symbol of runes no pattern holds, is the root).
func (m *Matcher) Step(s State, r rune) State {
	if uint32(r) < uint32(len(m.fast)) {
		return m.delta[int(s)*m.width+int(m.fast[r])]
	}
	return m.step(s, r)
}

// step is Step for runes beyond the dense table or without the full table.
func (m *Matcher) step(s State, r rune) State {
	sym := m.symbol(r)
	if sym == 0 {
		return 0
	}
	if m.delta != nil {
		return m.delta[int(s)*m.width+int(sym)]
	}
	for {
		if n, ok := m.next(s, sym); ok {
			return n
		}
		s = m.fail[s]
	}
}

// Table is the full transition table of a matcher for the runes of its
// dense symbol table, for a caller that steps in its own loop: for a rune
// r < len(Sym), Next[int(s)*Width+int(Sym[r])] is Step(s, r). Sym is
// empty when the matcher has no full table; Step covers every other rune.
type Table struct {
	Sym   []uint16
	Next  []State
	Width int
}

// Table returns the matcher's full transition table (shared, not to be
// modified).
func (m *Matcher) Table() Table { return Table{Sym: m.fast, Next: m.delta, Width: m.width} }

// Accepts reports whether some pattern ends in state s, faster than
// len(Outputs(s)) > 0 on the scanning path.
func (m *Matcher) Accepts(s State) bool {
	return s >= 0 && int(s)/64 < len(m.accept) && m.accept[s/64]&(1<<(s%64)) != 0
}

// Outputs returns the indices of the patterns that end in state s, longest
// first. The slice is shared and must not be modified.
func (m *Matcher) Outputs(s State) []int32 {
	if s < 0 || int(s) >= len(m.out) {
		return nil
	}
	return m.out[s]
}

// States returns the number of states; states are numbered from 0 (the
// root) to States()-1.
func (m *Matcher) States() int { return len(m.out) }

// Len returns the number of patterns.
func (m *Matcher) Len() int { return len(m.patterns) }

// Pattern returns pattern i.
func (m *Matcher) Pattern(i int) string { return m.patterns[i] }

// RuneLen returns the length of pattern i in runes.
func (m *Matcher) RuneLen(i int) int { return m.lens[i] }

// Match is an occurrence of a pattern in a text.
type Match struct {
	Pattern    int // index of the pattern
	Start, End int // rune offsets of the occurrence, End exclusive
}

// FindAll returns every occurrence of every pattern in text, overlapping
// ones included, ordered by end offset and, at one end, longest first.
// Offsets count runes, an invalid UTF-8 byte counting as one.
func (m *Matcher) FindAll(text string) []Match {
	var out []Match
	s := State(0)
	i := 0
	for _, r := range text {
		s = m.Step(s, r)
		i++
		for _, p := range m.Outputs(s) {
			out = append(out, Match{Pattern: int(p), Start: i - m.lens[p], End: i})
		}
	}
	return out
}
