package rule

import "fmt"

// Severity says how bad a finding is in every report and catalog.
type Severity uint8

// The severities, from the most to the least serious. The zero value is not a
// severity.
const (
	// Error: the filing will be rejected; the order must not be submitted.
	Error Severity = iota + 1
	// Warning: a reviewer will very likely reject or query it; submit is allowed.
	Warning
	// Advice: a hint that a machine cannot decide; a human reviewer judges.
	Advice
)

var severityNames = [...]string{Error: "error", Warning: "warning", Advice: "advice"}

// String returns the wire name: "error", "warning" or "advice".
func (s Severity) String() string {
	if s.IsValid() {
		return severityNames[s]
	}
	return fmt.Sprintf("Severity(%d)", uint8(s))
}

// IsValid reports whether s is one of Error, Warning, Advice.
func (s Severity) IsValid() bool { return s >= Error && s <= Advice }

// ParseSeverity parses a wire name.
func ParseSeverity(text string) (Severity, error) {
	for s := Error; s <= Advice; s++ {
		if severityNames[s] == text {
			return s, nil
		}
	}
	return 0, fmt.Errorf("rule: unknown severity %q", text)
}

// MarshalText implements encoding.TextMarshaler.
func (s Severity) MarshalText() ([]byte, error) {
	if !s.IsValid() {
		return nil, fmt.Errorf("rule: invalid severity %d", uint8(s))
	}
	return []byte(severityNames[s]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}
