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
// Runes that occur in some pattern get a small symbol number; every other
// rune sends the automaton back to its root. The root's transitions are a
// dense table over the symbols, the other states keep sorted edge lists,
// and each state's outputs include those reachable through its failure
// links, so a step never walks an output chain.
package matcher
