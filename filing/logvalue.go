package filing

import (
	"fmt"
	"log/slog"
	"strconv"
	"strings"
)

// Printing and logging the model.
//
// Every type of the model implements [slog.LogValuer] with a group of its
// fields, nested values as nested groups, so that slog's text and JSON
// handlers print application.sponsor.principal.mobile=138****8000 and never
// encode a struct field by field. Certificate numbers are masked with
// [MaskCertNumber], phone numbers with [MaskPhone], e-mail addresses with
// [MaskEmail], and every other text (names, addresses, remarks, domains,
// values typed in the wrong field) with [MaskText]. String and the fmt
// verbs (%v %+v %#v %s %q) print the same values, from the same group.
//
// slog resolves a LogValuer only where it meets one: a model value inside a
// plain slice, map or struct of the host's own that the JSON handler
// encodes with encoding/json is printed field by field. Log the model's
// values themselves, its Websites (a slice type with its own LogValue), or
// convert a []Website with filing.Websites(ws).

// Websites is the list of an application's websites. It is a plain slice
// with a [slog.LogValuer] and a masked String, so that logging
// app.Websites shows no personal data.
type Websites []Website

// LogValue implements [slog.LogValuer]: a group of region parts.
func (r Region) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("province", MaskText(r.Province)),
		slog.String("city", MaskText(r.City)),
		slog.String("district", MaskText(r.District)),
	)
}

// LogValue implements [slog.LogValuer]: a group of the principal's fields,
// certificate and phone numbers masked.
func (p Principal) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("name", MaskText(p.Name)),
		slog.String("cert_type", MaskText(string(p.CertType))),
		slog.String("cert_number", MaskCertNumber(p.CertNumber)),
		slog.String("cert_expiry", p.CertExpiry.String()),
		slog.String("mobile", MaskPhone(p.Mobile)),
		slog.String("contact2", MaskPhone(p.Contact2)),
		slog.String("emergency_mobile", MaskPhone(p.EmergencyMobile)),
		slog.String("email", MaskEmail(p.Email)),
		slog.Bool("is_legal_representative", p.IsLegalRepresentative),
		slog.String("hk_macao_id_number", MaskCertNumber(p.HKMacaoIDNumber)),
	)
}

// LogValue implements [slog.LogValuer]: a group of the sponsor's fields, the
// certificate number masked (a personal sponsor's is a resident ID) and the
// principal a nested group.
func (s Sponsor) LogValue() slog.Value {
	return slog.GroupValue(
		slog.Any("region", s.Region),
		slog.String("nature", MaskText(string(s.Nature))),
		slog.String("cert_type", MaskText(string(s.CertType))),
		slog.String("name", MaskText(s.Name)),
		slog.String("cert_number", MaskCertNumber(s.CertNumber)),
		slog.String("cert_address", MaskText(s.CertAddress)),
		slog.String("mailing_address", MaskText(s.MailingAddress)),
		slog.String("investor", MaskText(s.Investor)),
		slog.String("remark", MaskText(s.Remark)),
		slog.Any("principal", s.Principal),
	)
}

// LogValue implements [slog.LogValuer]: a group of sector and number.
func (a PreApproval) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("sector", MaskText(string(a.Sector))),
		slog.String("number", MaskText(a.Number)),
	)
}

// LogValue implements [slog.LogValuer]: a group of the access fields.
func (a Access) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("service", MaskText(string(a.Service))),
		slog.Any("ips", maskTexts(a.IPs)),
		slog.String("service_number", MaskText(a.ServiceNumber)),
	)
}

// LogValue implements [slog.LogValuer]: a group of the website's fields, its
// principal (when it has its own) a nested group.
func (w Website) LogValue() slog.Value {
	attrs := []slog.Attr{
		slog.String("name", MaskText(w.Name)),
		slog.Any("domains", maskTexts(w.Domains)),
		slog.Any("previous_domains", maskTexts(w.PreviousDomains)),
		slog.String("content_type", MaskText(string(w.ContentType))),
		slog.String("service_type", MaskText(string(w.ServiceType))),
		slog.Any("languages", maskTexts(w.Languages)),
		slog.Any("sectors", maskTexts(w.Sectors)),
		indexGroup("pre_approvals", w.PreApprovals),
		slog.Any("access", w.Access),
		slog.Bool("reuse_subject_principal", w.ReuseSubjectPrincipal),
	}
	if w.Principal != nil {
		attrs = append(attrs, slog.Any("principal", *w.Principal))
	}
	attrs = append(attrs, slog.String("remark", MaskText(w.Remark)))
	return slog.GroupValue(attrs...)
}

// LogValue implements [slog.LogValuer]: a group of the websites keyed by
// their index ("0", "1", …).
func (ws Websites) LogValue() slog.Value { return indexGroup("", ws).Value }

// LogValue implements [slog.LogValuer]: a group of the application's
// fields, every personal value masked.
func (app Application) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("type", MaskText(string(app.Type))),
		slog.String("as_of", app.AsOf.String()),
		slog.Any("sponsor", app.Sponsor),
		slog.Any("websites", app.Websites),
		indexGroup("apps", app.Apps),
	)
}

// indexGroup is a group of the values of list keyed by their index.
func indexGroup[T slog.LogValuer](key string, list []T) slog.Attr {
	attrs := make([]slog.Attr, len(list))
	for i, v := range list {
		attrs[i] = slog.Any(strconv.Itoa(i), v)
	}
	return slog.Attr{Key: key, Value: slog.GroupValue(attrs...)}
}

// maskTexts returns the texts of list, each masked with MaskText.
func maskTexts[S ~string](list []S) []string {
	if list == nil {
		return nil
	}
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = MaskText(string(s))
	}
	return out
}

// logString renders a log value as String shows it: groups as
// {key:value key:value}, nested groups resolved, lists as [a b].
func logString(v slog.Value) string {
	var b strings.Builder
	writeLogValue(&b, v)
	return b.String()
}

func writeLogValue(b *strings.Builder, v slog.Value) {
	v = v.Resolve()
	switch v.Kind() {
	case slog.KindGroup:
		b.WriteByte('{')
		for i, a := range v.Group() {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(a.Key)
			b.WriteByte(':')
			writeLogValue(b, a.Value)
		}
		b.WriteByte('}')
	case slog.KindAny:
		if list, ok := v.Any().([]string); ok {
			b.WriteByte('[')
			b.WriteString(strings.Join(list, " "))
			b.WriteByte(']')
			return
		}
		b.WriteString(v.String())
	default:
		b.WriteString(v.String())
	}
}

// String describes r, every part masked with MaskText.
func (r Region) String() string { return logString(r.LogValue()) }

// String describes p with its certificate and phone numbers masked, so that
// printing a principal (or an application holding one) never shows personal
// data.
func (p Principal) String() string { return logString(p.LogValue()) }

// String describes s with the certificate number and the principal masked.
func (s Sponsor) String() string { return logString(s.LogValue()) }

// String describes a, the number masked with MaskText.
func (a PreApproval) String() string { return logString(a.LogValue()) }

// String describes a, every text masked with MaskText.
func (a Access) String() string { return logString(a.LogValue()) }

// String describes w, its principal masked.
func (w Website) String() string { return logString(w.LogValue()) }

// String describes the websites, each masked.
func (ws Websites) String() string {
	var b strings.Builder
	b.WriteByte('[')
	for i, w := range ws {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w.String())
	}
	b.WriteByte(']')
	return b.String()
}

// String describes app with every personal value masked.
func (app Application) String() string { return logString(app.LogValue()) }

// Format implements [fmt.Formatter]: every verb prints the masked
// [Region.String].
func (r Region) Format(f fmt.State, verb rune) { maskedFormat(f, verb, "Region", r.String()) }

// Format implements [fmt.Formatter]: every verb prints the masked
// [Principal.String].
func (p Principal) Format(f fmt.State, verb rune) { maskedFormat(f, verb, "Principal", p.String()) }

// Format implements [fmt.Formatter]: every verb prints the masked
// [Sponsor.String].
func (s Sponsor) Format(f fmt.State, verb rune) { maskedFormat(f, verb, "Sponsor", s.String()) }

// Format implements [fmt.Formatter]: every verb prints the masked
// [PreApproval.String].
func (a PreApproval) Format(f fmt.State, verb rune) {
	maskedFormat(f, verb, "PreApproval", a.String())
}

// Format implements [fmt.Formatter]: every verb prints the masked
// [Access.String].
func (a Access) Format(f fmt.State, verb rune) { maskedFormat(f, verb, "Access", a.String()) }

// Format implements [fmt.Formatter]: every verb prints the masked
// [Website.String].
func (w Website) Format(f fmt.State, verb rune) { maskedFormat(f, verb, "Website", w.String()) }

// Format implements [fmt.Formatter]: every verb prints the masked
// [Websites.String].
func (ws Websites) Format(f fmt.State, verb rune) { maskedFormat(f, verb, "Websites", ws.String()) }

// Format implements [fmt.Formatter]: every verb prints the masked
// [Application.String].
func (app Application) Format(f fmt.State, verb rune) {
	maskedFormat(f, verb, "Application", app.String())
}
