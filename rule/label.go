package rule

import (
	"strconv"
	"strings"
)

// fieldNames are the names of the application's fields as a console shows
// them, in Chinese and English. Messages never use Go field names.
var fieldNames = map[string][2]string{
	"type":                    {"备案类型", "filing type"},
	"region":                  {"所在地区", "region"},
	"region.province":         {"所在省份", "province"},
	"region.city":             {"所在城市", "city"},
	"region.district":         {"所在区县", "district"},
	"nature":                  {"主办者性质", "sponsor nature"},
	"cert_type":               {"证件类型", "certificate type"},
	"name":                    {"名称", "name"},
	"cert_number":             {"证件号码", "certificate number"},
	"cert_address":            {"证件住所", "certificate address"},
	"mailing_address":         {"通信地址", "mailing address"},
	"investor":                {"投资人或主管单位", "investor or competent authority"},
	"remark":                  {"备注", "remark"},
	"cert_expiry":             {"证件有效期", "certificate expiry"},
	"mobile":                  {"手机号码", "mobile number"},
	"contact2":                {"联系方式2", "second contact number"},
	"emergency_mobile":        {"应急联系电话", "emergency number"},
	"email":                   {"电子邮箱", "e-mail address"},
	"is_legal_representative": {"是否法定代表人", "legal representative"},
	"domains":                 {"网站域名", "domain"},
	"previous_domains":        {"原网站域名", "domain on record"},
	"content_type":            {"网站内容类型", "content type"},
	"service_type":            {"服务类型", "service type"},
	"languages":               {"网站语言", "site language"},
	"sectors":                 {"前置审批类型", "regulated sector"},
	"pre_approvals":           {"前置审批", "pre-approval"},
	"sector":                  {"前置审批类型", "regulated sector"},
	"number":                  {"前置审批文号", "pre-approval number"},
	"access":                  {"接入信息", "access information"},
	"service":                 {"接入服务", "access service"},
	"ips":                     {"IP地址", "IP address"},
	"service_number":          {"备案服务号", "filing service number"},
	"existing_services":       {"已备案的网站和应用数", "services already on record"},
}

// FieldLabel turns a field path of an application into the name a console
// shows in lang: "websites[1].principal.mobile" → "第2个网站的网站负责人手机号码"
// (ZH) or "mobile number of the website principal (site 2)" (EN). Paths it
// does not know are named by their last part; it never fails.
func FieldLabel(path string, lang Lang) string {
	if path == "" {
		return ""
	}
	en := lang == EN
	parts := strings.Split(path, ".")
	var owner, ownerEN, site string
	rest := parts
	switch {
	case parts[0] == "sponsor" && len(parts) > 1 && parts[1] == "principal":
		owner, ownerEN, rest = "主体负责人", "subject principal", parts[2:]
	case parts[0] == "sponsor":
		owner, ownerEN, rest = "主办者", "sponsor", parts[1:]
	case strings.HasPrefix(parts[0], "websites["):
		n, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(parts[0], "websites["), "]"))
		site = strconv.Itoa(n + 1)
		rest = parts[1:]
		owner, ownerEN = "网站", "site"
		if len(rest) > 0 && rest[0] == "principal" {
			owner, ownerEN, rest = "网站负责人", "website principal", rest[1:]
		}
	case strings.HasPrefix(parts[0], "apps["):
		n, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(parts[0], "apps["), "]"))
		return appLabel(strconv.Itoa(n+1), parts[1:], en)
	}
	key := strings.Join(stripIndexes(rest), ".")
	names, ok := fieldNames[key]
	if key == "name" && strings.HasSuffix(owner, "负责人") {
		names = [2]string{"姓名", "name"}
	}
	if !ok && len(rest) > 0 {
		names, ok = fieldNames[stripIndex(rest[len(rest)-1])]
	}
	if en {
		label := names[1]
		if !ok || label == "" {
			label = key
		}
		switch {
		case ownerEN == "":
			return label
		case label == "":
			return ownerEN + " " + site
		case site != "":
			return label + " of the " + ownerEN + " (site " + site + ")"
		}
		return label + " of the " + ownerEN
	}
	label := names[0]
	if !ok {
		label = ""
	}
	prefix := owner
	if site != "" {
		prefix = "第" + site + "个网站的" + strings.TrimPrefix(owner, "网站")
		if owner == "网站" {
			prefix = "第" + site + "个网站的"
		}
	}
	if label == "" {
		return strings.TrimSuffix(prefix, "的")
	}
	if owner == "网站" && strings.HasPrefix(label, "网站") {
		label = strings.TrimPrefix(label, "网站")
	}
	if site != "" && owner == "网站负责人" {
		prefix = "第" + site + "个网站的网站负责人"
	}
	return prefix + label
}

func stripIndexes(parts []string) []string {
	out := make([]string, len(parts))
	for i, p := range parts {
		out[i] = stripIndex(p)
	}
	return out
}

func stripIndex(p string) string {
	if i := strings.IndexByte(p, '['); i >= 0 {
		return p[:i]
	}
	return p
}

// appLabel names a field of the app numbered n (1-based): "第1个应用的应用负责人手机号码",
// "mobile number of the app principal (app 1)".
func appLabel(n string, rest []string, en bool) string {
	owner, ownerEN := "应用", "app"
	if len(rest) > 0 && rest[0] == "principal" {
		owner, ownerEN, rest = "应用负责人", "app principal", rest[1:]
	}
	key := strings.Join(stripIndexes(rest), ".")
	names, ok := appFieldNames[key]
	if !ok {
		names, ok = fieldNames[key]
	}
	if key == "name" && owner == "应用负责人" {
		names, ok = [2]string{"姓名", "name"}, true
	}
	if !ok && len(rest) > 0 {
		names, ok = appFieldNames[stripIndex(rest[len(rest)-1])]
		if !ok {
			names, ok = fieldNames[stripIndex(rest[len(rest)-1])]
		}
	}
	if en {
		label := names[1]
		if !ok {
			label = key
		}
		if label == "" {
			return ownerEN + " " + n
		}
		return label + " of the " + ownerEN + " (app " + n + ")"
	}
	prefix := "第" + n + "个应用的"
	if owner == "应用负责人" {
		prefix += "应用负责人"
	}
	if !ok {
		return strings.TrimSuffix(prefix, "的")
	}
	return prefix + names[0]
}

// appFieldNames name the fields of an app where they differ from a
// website's.
var appFieldNames = map[string][2]string{
	"kind":                       {"应用类型", "kind"},
	"name":                       {"应用名称", "app name"},
	"platforms":                  {"平台", "platform"},
	"platforms.os":               {"平台操作系统", "platform operating system"},
	"platforms.package":          {"包名", "package name"},
	"platforms.public_key":       {"公钥", "public key"},
	"platforms.cert_fingerprint": {"证书MD5指纹", "certificate fingerprint"},
	"package":                    {"包名", "package name"},
	"host":                       {"所属平台", "host platform"},
	"app_id":                     {"平台AppID", "platform app ID"},
	"domains":                    {"域名列表", "domain list"},
	"categories":                 {"服务类目", "category"},
	"languages":                  {"应用语言", "app language"},
	"sdks":                       {"SDK", "SDK"},
	"sdks.vendor":                {"SDK厂商", "SDK vendor"},
	"sdks.function":              {"SDK功能类型", "SDK function"},
}
