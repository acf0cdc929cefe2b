// Package matcher is an Aho-Corasick multi-pattern matcher over runes.
//
// # Use
//
// [New] builds a [Matcher] once from a list of patterns; the matcher is
// immutable and safe for concurrent use. A scan steps through a text one
// rune at a time with [Matcher.Step] and reads the patterns ending at each
// position with [Matcher.Outputs], so callers drive the loop without any
// allocation; [Matcher.FindAll] is the allocating convenience.
//
// # Structure
//
// Runes that occur in some pattern get a small symbol number (looked up by
// index for runes below U+A000, the CJK Unified Ideographs included); every
// other rune sends the automaton back to its root. When states × symbols
// stay below about a million, every transition is precomputed, so a step is
// two index operations; larger automata keep sorted edge lists and follow
// failure links. Each state's outputs include those reachable through its
// failure links, so a step never walks an output chain.
package matcher
