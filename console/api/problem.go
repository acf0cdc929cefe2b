package api

import (
	"encoding/json"
	"net/http"
)

// Problem is an error response in the shape of RFC 9457 (problem details),
// sent as application/problem+json.
type Problem struct {
	// Type names the kind of problem: a URN urn:beian:problem:<kind>.
	Type string `json:"type"`
	// Title is a short English summary of the kind.
	Title string `json:"title"`
	// Status is the HTTP status code.
	Status int `json:"status"`
	// Detail explains this occurrence, in the language of the request
	// where the library has a translation.
	Detail string `json:"detail,omitempty"`
	// Instance is the request path.
	Instance string `json:"instance,omitempty"`
	// Errors are the rule findings or decoding errors behind the problem,
	// each with its rule ID and field path where they apply.
	Errors []ProblemError `json:"errors,omitempty"`
}

// ProblemError is one detail of a [Problem].
type ProblemError struct {
	// Rule is the rule ID, such as naming.personal_forbidden_word or
	// sms.code_format, when a rule names the problem.
	Rule string `json:"rule,omitempty"`
	// Field is the path into the request body, such as
	// websites[0].name, when the problem is about one field.
	Field string `json:"field,omitempty"`
	// Message says what is wrong, in the request's language.
	Message string `json:"message"`
	// Line and Column locate a decoding error in the body (1-based).
	Line   int `json:"line,omitempty"`
	Column int `json:"column,omitempty"`
}

// The kinds of problem the handler returns.
const (
	probBadRequest   = "bad-request"
	probUnauthorized = "unauthorized"
	probForbidden    = "forbidden"
	probNotFound     = "not-found"
	probTooLarge     = "too-large"
	probUnsupported  = "unsupported-media-type"
	probIllegal      = "illegal-transition"
	probConflict     = "version-conflict"
	probGuard        = "guard-refused"
	probReport       = "report-has-errors"
	probSMS          = "sms-verification"
	probTimeout      = "timeout"
	probInternal     = "internal"
)

var problemTitles = map[string]string{
	probBadRequest:   "The request is malformed",
	probUnauthorized: "Sign-in required",
	probForbidden:    "Not allowed for this account",
	probNotFound:     "Not found",
	probTooLarge:     "Request body too large",
	probUnsupported:  "Unsupported media type",
	probIllegal:      "The order's state does not allow this event",
	probConflict:     "The order changed meanwhile",
	probGuard:        "A condition of the transition is not met",
	probReport:       "The application has errors",
	probSMS:          "SMS verification refused",
	probTimeout:      "The request took too long",
	probInternal:     "Internal error",
}

// problem builds a Problem of kind with status and detail.
func problem(kind string, status int, detail string) *Problem {
	return &Problem{Type: "urn:beian:problem:" + kind, Title: problemTitles[kind], Status: status, Detail: detail}
}

// Error implements error, so that a Problem can travel as one.
func (p *Problem) Error() string {
	if p.Detail != "" {
		return p.Title + ": " + p.Detail
	}
	return p.Title
}

// writeProblem sends p for r.
func writeProblem(w http.ResponseWriter, r *http.Request, p *Problem) {
	if p.Instance == "" {
		p.Instance = r.URL.Path
	}
	b, err := json.Marshal(p)
	if err != nil { // a Problem holds only strings and ints
		b = []byte(`{"type":"urn:beian:problem:internal","title":"Internal error","status":500}`)
		p.Status = http.StatusInternalServerError
	}
	w.Header().Set("Content-Type", "application/problem+json")
	w.Header().Set("Content-Language", langOfRequest(r).String())
	w.WriteHeader(p.Status)
	_, _ = w.Write(append(b, '\n'))
}
