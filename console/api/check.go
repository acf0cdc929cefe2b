package api

import (
	_ "embed"
	"net/http"
	"strings"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/footer"
)

// openAPIDoc is the OpenAPI 3.1 document of the handler.
//
//go:embed openapi.json
var openAPIDoc []byte

// OpenAPI returns the OpenAPI 3.1 document of the API (a copy).
func OpenAPI() []byte { return append([]byte(nil), openAPIDoc...) }

func (h *Handler) openAPI(w http.ResponseWriter, r *http.Request, _ Identity) error {
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(openAPIDoc)
	return nil
}

// catalog serves every rule of the rule set with its text in ?lang=.
func (h *Handler) catalog(w http.ResponseWriter, r *http.Request, _ Identity) error {
	return writeJSON(w, http.StatusOK, catalogOf(h.cfg.RuleSet, langOfRequest(r)))
}

// check serves the report of the application in the body.
func (h *Handler) check(w http.ResponseWriter, r *http.Request, _ Identity) error {
	b, err := readBody(w, r, MaxApplicationBody, true)
	if err != nil {
		return err
	}
	app, err := decodeApplication(b)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, checkApp(h.cfg.RuleSet, app, h.cfg.Now(), langOfRequest(r)))
}

// footer serves the footer report of the page in the body (HTML, any
// media type, at most 10 MiB) against the numbers of the query:
// number (required), psb, province, unit.
func (h *Handler) footer(w http.ResponseWriter, r *http.Request, _ Identity) error {
	q := r.URL.Query()
	var want footer.Expectations
	num, err := filing.ParseICPNumber(strings.TrimSpace(q.Get("number")))
	if err != nil {
		p := problem(probBadRequest, http.StatusBadRequest, "number must be the ICP filing number on record, such as 京ICP备12345678号-1")
		p.Errors = []ProblemError{{Field: "number", Message: p.Detail}}
		return p
	}
	want.Number = num
	if s := strings.TrimSpace(q.Get("psb")); s != "" {
		psb, err := filing.ParsePSBNumber(s)
		if err != nil {
			p := problem(probBadRequest, http.StatusBadRequest, "psb must be a public-security filing number, such as 京公网安备11010502030143号")
			p.Errors = []ProblemError{{Field: "psb", Message: p.Detail}}
			return p
		}
		want.PSB = psb
	}
	want.Province = strings.TrimSpace(q.Get("province"))
	want.Unit = strings.TrimSpace(q.Get("unit"))
	page, err := readBody(w, r, MaxPageBody, false)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, checkFooter(page, want, langOfRequest(r)))
}
