package province

import (
	"cmp"
	"slices"
	"sync"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/rule"
)

// Meta names a rule set: its name, effective date and source.
type Meta struct {
	// Name identifies the set, such as "default" or "vendor-kb-2025".
	Name string
	// Date is the date of the set's facts.
	Date filing.Date
	// Source names the set's source document.
	Source rule.Source
}

// Set is an immutable, versioned set of province rows. The zero Set holds no
// rows. Sets are values: [Set.With] and [Set.Derive] return new sets and
// leave the receiver unchanged, so a set may be shared between goroutines.
type Set struct {
	meta Meta
	rows []Row // sorted by code, never modified after construction
}

// defaultSet caches the default set; it is built once and never modified.
var defaultSet = sync.OnceValue(buildDefault)

// Default returns the rule set "default" of 2020-09-21: the 31 mainland
// provincial-level divisions with the facts of the 2020 provider guide
// "ICP备案流程(PC端)" 20200921 (附录二, §3.2, §9, §10). Facts the guide does
// not give (contact 2
// kind, legal representative, review duration) hold their defaults with
// Known false.
func Default() Set { return defaultSet() }

// Name returns the set's name.
func (s Set) Name() string { return s.meta.Name }

// Date returns the date of the set's facts.
func (s Set) Date() filing.Date { return s.meta.Date }

// Source returns the set's source.
func (s Set) Source() rule.Source { return s.meta.Source }

// Meta returns the set's name, date and source.
func (s Set) Meta() Meta { return s.meta }

// Len returns the number of rows.
func (s Set) Len() int { return len(s.rows) }

// Rows returns deep copies of every row, sorted by code.
func (s Set) Rows() []Row {
	out := make([]Row, len(s.rows))
	for i, r := range s.rows {
		out[i] = r.Clone()
	}
	return out
}

// All calls yield with a deep copy of every row, sorted by code, stopping
// when yield returns false. A caller may change the rows it gets: the set
// never shares its own.
func (s Set) All(yield func(Row) bool) {
	for _, r := range s.rows {
		if !yield(r.Clone()) {
			return
		}
	}
}

// Lookup returns a deep copy of the row whose GB/T 2260 code ("330000"),
// full name ("浙江省"), short name ("浙江") or abbreviation ("浙", "蜀") is
// key. ok is false when no row matches.
func (s Set) Lookup(key string) (Row, bool) {
	i := s.index(key)
	if i < 0 {
		return Row{}, false
	}
	return s.rows[i].Clone(), true
}

// Contains reports whether [Set.Lookup] finds key.
func (s Set) Contains(key string) bool { return s.index(key) >= 0 }

// index returns the index of the row matching key, or -1.
func (s Set) index(key string) int {
	if key == "" {
		return -1
	}
	if i, ok := slices.BinarySearchFunc(s.rows, key, func(r Row, k string) int { return cmp.Compare(r.Code, k) }); ok {
		return i
	}
	for i, r := range s.rows {
		if r.Name == key || r.Short == key || slices.Contains(r.Abbrs, key) {
			return i
		}
	}
	return -1
}

// With returns a new set, with the receiver's name, date and source, in
// which each given row replaces the row of the same code, or is added when
// no row has that code. Rows are deep-copied; the receiver is unchanged.
// Rows without a code are ignored.
func (s Set) With(rows ...Row) Set {
	out := Set{meta: s.meta, rows: make([]Row, len(s.rows), len(s.rows)+len(rows))}
	copy(out.rows, s.rows)
	for _, r := range rows {
		if r.Code == "" {
			continue
		}
		r = r.Clone()
		if i, ok := slices.BinarySearchFunc(out.rows, r.Code, func(x Row, k string) int { return cmp.Compare(x.Code, k) }); ok {
			out.rows[i] = r
		} else {
			out.rows = slices.Insert(out.rows, i, r)
		}
	}
	return out
}

// Derive returns a new set named by m whose rows are deep copies of the
// receiver's rows passed through edit (nil edit: unchanged copies). edit
// sees every row in code order and may change any field but Code, which is
// restored afterwards. This is how a host builds a stricter set, or a dated
// overlay such as [VendorKB2025], without forking the tables; the receiver
// is unchanged.
func (s Set) Derive(m Meta, edit func(*Row)) Set {
	out := Set{meta: m, rows: make([]Row, len(s.rows))}
	for i, r := range s.rows {
		c := r.Clone()
		if edit != nil {
			edit(&c)
			c.Code = r.Code
		}
		out.rows[i] = c
	}
	return out
}
