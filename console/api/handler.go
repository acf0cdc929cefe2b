package api

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"strings"
	"sync"
	"time"

	"golang.org/x/text/language"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/order"
	"github.com/beian-go/beian/rules"
	"github.com/beian-go/beian/sms"
)

// The limits of request bodies.
const (
	// MaxApplicationBody is the largest body of a request that carries an
	// application (check, create, event): 1 MiB, as filing.Decode reads.
	MaxApplicationBody = filing.MaxApplicationSize
	// MaxPageBody is the largest page the footer check reads: 10 MiB.
	MaxPageBody = 10 << 20
	// DefaultTimeout bounds the work of one request when Config.Timeout is 0.
	DefaultTimeout = 10 * time.Second
	// MaxListLimit is the largest page of a list.
	MaxListLimit = 100
)

// Config is what a host gives [New].
type Config struct {
	// Store keeps the orders' event logs (required).
	Store order.Store
	// Records keeps who owns each order, its application and its SMS
	// session (required).
	Records Records
	// Identify returns the caller of a request (required).
	Identify IdentityFunc
	// SMS delivers the SMS codes when an order is submitted to the bureau,
	// in place of the bureau; nil sends nothing (no one can then verify).
	SMS Sender
	// SessionKey keys the hashes of the SMS codes and authenticates the
	// saved SMS sessions (required): every replica sharing the records
	// uses the same key, made with sms.NewSessionKey from a secret the host
	// keeps.
	SessionKey *sms.SessionKey
	// RuleSet checks applications; zero: the default rule set.
	RuleSet rules.RuleSet
	// Planner computes deadlines; zero: order.DefaultPlanner.
	Planner order.Planner
	// Now is the clock; nil: time.Now.
	Now func() time.Time
	// NewID returns the ID of a new order; nil: a time-ordered random ID.
	NewID func(now time.Time) string
	// Logger receives one line per request (method, route, status,
	// duration, account) and the internal errors; no body, query or
	// personal data is ever logged. Nil: nothing is logged.
	Logger *slog.Logger
	// Timeout bounds the work of one request; 0: DefaultTimeout. The host's
	// http.Server sets its own read and write timeouts.
	Timeout time.Duration
}

// Handler is the HTTP API. It is an [http.Handler] a host mounts (at the
// root: its routes start with /v1/). Create it with [New].
type Handler struct {
	cfg     Config
	mux     *http.ServeMux
	methods *http.ServeMux // the same paths without methods, for 405
	log     *slog.Logger
	svc     *order.Service
	locks   sync.Map // order ID → *sync.Mutex
}

// route is one endpoint of the handler.
type route struct {
	method, path string
	public       bool // served without an identity
	serve        func(h *Handler, w http.ResponseWriter, r *http.Request, id Identity) error
}

// routes are every endpoint; the OpenAPI document lists the same.
var routes = []route{
	{"GET", "/v1/openapi.json", true, (*Handler).openAPI},
	{"GET", "/v1/catalog", false, (*Handler).catalog},
	{"POST", "/v1/check", false, (*Handler).check},
	{"POST", "/v1/footer", false, (*Handler).footer},
	{"POST", "/v1/orders", false, (*Handler).createOrder},
	{"GET", "/v1/orders", false, (*Handler).listOrders},
	{"GET", "/v1/orders/{id}", false, (*Handler).getOrder},
	{"POST", "/v1/orders/{id}/events", false, (*Handler).postEvent},
	{"GET", "/v1/due", false, (*Handler).due},
}

// New returns the handler of cfg; it reports a missing Store, Records or
// Identify.
func New(cfg Config) (*Handler, error) {
	switch {
	case cfg.Store == nil:
		return nil, errors.New("api: Config.Store is required")
	case cfg.Records == nil:
		return nil, errors.New("api: Config.Records is required")
	case cfg.Identify == nil:
		return nil, errors.New("api: Config.Identify is required")
	case cfg.SessionKey == nil:
		return nil, errors.New("api: Config.SessionKey is required")
	}
	if cfg.RuleSet.Name() == "" {
		cfg.RuleSet = rules.Default()
	}
	if cfg.Planner.Provinces.Len() == 0 {
		cfg.Planner = order.DefaultPlanner()
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.NewID == nil {
		cfg.NewID = newID
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	h := &Handler{cfg: cfg, mux: http.NewServeMux(), methods: http.NewServeMux(), log: cfg.Logger}
	// The inputs of a step (the report, the SMS session) are computed
	// against the order as loaded: a conflict is the caller's to retry,
	// not the service's.
	h.svc = &order.Service{Store: cfg.Store, Planner: &h.cfg.Planner, Retries: -1}
	if h.log == nil {
		h.log = slog.New(slog.DiscardHandler)
	}
	paths := map[string][]string{}
	for _, rt := range routes {
		h.mux.Handle(rt.method+" "+rt.path, h.endpoint(rt))
		paths[rt.path] = append(paths[rt.path], rt.method)
	}
	for p, ms := range paths {
		allow := strings.Join(ms, ", ")
		h.methods.HandleFunc(p, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Allow", allow)
			writeProblem(w, r, problem(probBadRequest, http.StatusMethodNotAllowed, "method "+r.Method+" not allowed; allowed: "+allow))
		})
	}
	return h, nil
}

// newID returns a time-ordered random order ID such as "o0199a2b3c4d5e6f7a8b9".
func newID(now time.Time) string {
	var b [6]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails (Go 1.24+)
	return fmt.Sprintf("o%011x%s", now.UnixMilli(), hex.EncodeToString(b[:]))
}

// ServeHTTP implements [http.Handler].
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if _, pattern := h.mux.Handler(r); pattern == "" {
		if _, p := h.methods.Handler(r); p != "" {
			h.methods.ServeHTTP(w, r)
			return
		}
		writeProblem(w, r, problem(probNotFound, http.StatusNotFound, "no such endpoint"))
		return
	}
	h.mux.ServeHTTP(w, r)
}

// statusWriter records the status sent.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (s *statusWriter) WriteHeader(code int) {
	if s.status == 0 {
		s.status = code
	}
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusWriter) Write(b []byte) (int, error) {
	if s.status == 0 {
		s.status = http.StatusOK
	}
	return s.ResponseWriter.Write(b)
}

// endpoint wraps rt with the identity, the timeout, error mapping,
// recovery and the request log.
func (h *Handler) endpoint(rt route) http.Handler {
	pattern := rt.method + " " + rt.path
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := h.cfg.Now()
		sw := &statusWriter{ResponseWriter: w}
		var id Identity
		defer func() {
			if v := recover(); v != nil {
				// the value of a panic may quote input: log its type only.
				h.log.Error("panic", "route", pattern, "type", fmt.Sprintf("%T", v))
				if sw.status == 0 {
					writeProblem(sw, r, problem(probInternal, http.StatusInternalServerError, ""))
				}
			}
			attrs := []any{"method", r.Method, "route", rt.path, "status", sw.status, "duration", h.cfg.Now().Sub(start)}
			if id.valid() {
				attrs = append(attrs, "account", id.Account, "role", id.Role.String())
			}
			h.log.Info("request", attrs...)
		}()
		if !rt.public {
			var ok bool
			id, ok = h.cfg.Identify(r)
			if !ok || !id.valid() {
				writeProblem(sw, r, problem(probUnauthorized, http.StatusUnauthorized, "sign in first"))
				return
			}
		}
		ctx, cancel := context.WithTimeout(r.Context(), h.cfg.Timeout)
		defer cancel()
		r = r.WithContext(ctx)
		if err := rt.serve(h, sw, r, id); err != nil {
			h.fail(sw, r, pattern, err)
		}
	})
}

// fail answers err as a problem; errors that are not problems are
// internal and logged.
func (h *Handler) fail(w http.ResponseWriter, r *http.Request, pattern string, err error) {
	var p *Problem
	switch {
	case errors.As(err, &p):
	case errors.Is(err, context.DeadlineExceeded):
		p = problem(probTimeout, http.StatusServiceUnavailable, "")
	case errors.Is(err, order.ErrNotFound):
		p = problem(probNotFound, http.StatusNotFound, "no such order")
	case errors.Is(err, order.ErrConflict):
		p = problem(probConflict, http.StatusConflict, "another request changed the order; reload and retry")
	default:
		// store errors name orders and versions, never personal data.
		h.log.Error("internal error", "route", pattern, "err", err.Error())
		p = problem(probInternal, http.StatusInternalServerError, "")
	}
	writeProblem(w, r, p)
}

// lock serialises the requests on one order in this process.
func (h *Handler) lock(id string) func() {
	m, _ := h.locks.LoadOrStore(id, new(sync.Mutex))
	mu := m.(*sync.Mutex)
	mu.Lock()
	return mu.Unlock
}

// languages are the languages of messages; Chinese first (the default).
var matcher = language.NewMatcher([]language.Tag{language.Chinese, language.English})

// langOfRequest returns the language asked for with ?lang=, else by
// Accept-Language; Chinese by default.
func langOfRequest(r *http.Request) language.Tag {
	if q := r.URL.Query().Get("lang"); q != "" {
		if isEnglish(language.Make(q)) {
			return language.English
		}
		return language.Chinese
	}
	if a := r.Header.Get("Accept-Language"); a != "" {
		tag, _ := language.MatchStrings(matcher, a)
		if isEnglish(tag) {
			return language.English
		}
	}
	return language.Chinese
}

// isEnglish reports whether tag is English.
func isEnglish(tag language.Tag) bool {
	base, _ := tag.Base()
	return base.String() == "en"
}

// langName returns "en" or "zh".
func langName(tag language.Tag) string {
	if isEnglish(tag) {
		return "en"
	}
	return "zh"
}

// writeJSON sends v with status.
func writeJSON(w http.ResponseWriter, status int, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write(append(b, '\n'))
	return nil
}

// readBody reads the body of r, at most limit bytes; when wantJSON the
// media type must be application/json.
func readBody(w http.ResponseWriter, r *http.Request, limit int64, wantJSON bool) ([]byte, error) {
	if wantJSON {
		mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
		if err != nil || mt != "application/json" {
			return nil, problem(probUnsupported, http.StatusUnsupportedMediaType, "send the body as application/json")
		}
	}
	body := http.MaxBytesReader(w, r.Body, limit)
	b, err := io.ReadAll(body)
	if err != nil {
		var mb *http.MaxBytesError
		if errors.As(err, &mb) {
			return nil, problem(probTooLarge, http.StatusRequestEntityTooLarge, fmt.Sprintf("the body is larger than %d bytes", limit))
		}
		if errors.Is(err, context.DeadlineExceeded) {
			return nil, err
		}
		return nil, problem(probBadRequest, http.StatusBadRequest, "the body could not be read")
	}
	return b, nil
}

// decodeStrict decodes a JSON object into v, refusing unknown fields and
// trailing data; the problem names the line and column.
func decodeStrict(b []byte, v any) error {
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return badJSON(b, dec.InputOffset(), err)
	}
	if dec.More() {
		return badJSON(b, dec.InputOffset(), errors.New("unexpected data after the object"))
	}
	return nil
}

// badJSON is the problem of a body that is not the JSON expected. The
// message of encoding/json names fields and types, never values.
func badJSON(b []byte, off int64, err error) *Problem {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	msg := "malformed JSON"
	switch {
	case errors.As(err, &se):
		off = se.Offset
	case errors.As(err, &te):
		off = te.Offset
		msg = "field " + te.Field + ": wrong type " + te.Value
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		msg = strings.TrimPrefix(err.Error(), "json: ")
	case err.Error() == "unexpected data after the object":
		msg = err.Error()
	}
	line, col := position(b, off)
	p := problem(probBadRequest, http.StatusBadRequest, msg)
	p.Errors = []ProblemError{{Message: msg, Line: line, Column: col}}
	return p
}

// position returns the 1-based line and column of byte offset off of b.
func position(b []byte, off int64) (int, int) {
	if off > int64(len(b)) {
		off = int64(len(b))
	}
	line, col := 1, 1
	for _, c := range b[:off] {
		if c == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	return line, col
}

// decodeApplication decodes an application of the wire format; a
// decoding error is a 400 problem with line and column.
func decodeApplication(b []byte) (*filing.Application, error) {
	app, err := filing.Decode(strings.NewReader(string(b)))
	if err != nil {
		var de *filing.DecodeError
		msg := err.Error()
		p := problem(probBadRequest, http.StatusBadRequest, strings.TrimPrefix(msg, "filing: "))
		if errors.As(err, &de) {
			p.Errors = []ProblemError{{Message: de.Msg, Line: de.Line, Column: de.Column}}
			if errors.Is(err, filing.ErrTooLarge) {
				p.Status, p.Type, p.Title = http.StatusRequestEntityTooLarge, "urn:beian:problem:"+probTooLarge, problemTitles[probTooLarge]
			}
		}
		return nil, p
	}
	return app, nil
}
